from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ComputerEnvironment(OpenEnum):
    BROWSER = "browser"
    LINUX = "linux"
    MAC = "mac"
    UBUNTU = "ubuntu"
    WINDOWS = "windows"


ComputerEnvironmentLiteral: TypeAlias = Literal["browser", "linux", "mac", "ubuntu", "windows"]
"""The values of ComputerEnvironment as plain strings, which requests take in its place."""
