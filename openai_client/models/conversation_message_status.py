from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ConversationMessageStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


ConversationMessageStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of ConversationMessageStatus as plain strings, which requests take in its place."""
