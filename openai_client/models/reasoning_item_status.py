from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ReasoningItemStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


ReasoningItemStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of ReasoningItemStatus as plain strings, which requests take in its place."""
