from typing import Literal, TypeAlias

from .._enum import OpenEnum


class LocalShellToolCallStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


LocalShellToolCallStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of LocalShellToolCallStatus as plain strings, which requests take in its place."""
