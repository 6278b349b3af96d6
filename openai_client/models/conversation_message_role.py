from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ConversationMessageRole(OpenEnum):
    ASSISTANT = "assistant"
    CRITIC = "critic"
    DEVELOPER = "developer"
    DISCRIMINATOR = "discriminator"
    SYSTEM = "system"
    TOOL = "tool"
    UNKNOWN = "unknown"
    USER = "user"


ConversationMessageRoleLiteral: TypeAlias = Literal[
    "assistant", "critic", "developer", "discriminator", "system", "tool", "unknown", "user"
]
"""The values of ConversationMessageRole as plain strings, which requests take in its place."""
