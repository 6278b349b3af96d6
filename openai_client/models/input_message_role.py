from typing import Literal, TypeAlias

from .._enum import OpenEnum


class InputMessageRole(OpenEnum):
    DEVELOPER = "developer"
    SYSTEM = "system"
    USER = "user"


InputMessageRoleLiteral: TypeAlias = Literal["developer", "system", "user"]
"""The values of InputMessageRole as plain strings, which requests take in its place."""
