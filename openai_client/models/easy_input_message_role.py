from typing import Literal, TypeAlias

from .._enum import OpenEnum


class EasyInputMessageRole(OpenEnum):
    ASSISTANT = "assistant"
    DEVELOPER = "developer"
    SYSTEM = "system"
    USER = "user"


EasyInputMessageRoleLiteral: TypeAlias = Literal["assistant", "developer", "system", "user"]
"""The values of EasyInputMessageRole as plain strings, which requests take in its place."""
