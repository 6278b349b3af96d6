from typing import Literal, TypeAlias

from .._enum import OpenEnum


class MessageRole(OpenEnum):
    """Who wrote the message."""

    ASSISTANT = "assistant"
    USER = "user"


MessageRoleLiteral: TypeAlias = Literal["assistant", "user"]
"""The values of MessageRole as plain strings, which requests take in its place."""
