from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ToolSearchExecutionType(OpenEnum):
    CLIENT = "client"
    SERVER = "server"


ToolSearchExecutionTypeLiteral: TypeAlias = Literal["client", "server"]
"""The values of ToolSearchExecutionType as plain strings, which requests take in its place."""
