from typing import Literal, TypeAlias

from .._enum import OpenEnum


class InputMessageStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


InputMessageStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of InputMessageStatus as plain strings, which requests take in its place."""
