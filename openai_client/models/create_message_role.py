from typing import Literal, TypeAlias

from .._enum import OpenEnum


class CreateMessageRole(OpenEnum):
    """Who the message is from."""

    ASSISTANT = "assistant"
    USER = "user"


CreateMessageRoleLiteral: TypeAlias = Literal["assistant", "user"]
"""The values of CreateMessageRole as plain strings, which requests take in its place."""
