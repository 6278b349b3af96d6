from typing import Literal, TypeAlias

from .._enum import OpenEnum


class MessageStatus(OpenEnum):
    """Whether the message is still being written, was cut short, or is complete."""

    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


MessageStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of MessageStatus as plain strings, which requests take in its place."""
