from typing import Literal, TypeAlias

from .._enum import OpenEnum


class OutputMessageStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


OutputMessageStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of OutputMessageStatus as plain strings, which requests take in its place."""
