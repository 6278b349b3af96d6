from typing import Literal, TypeAlias

from .._enum import OpenEnum


class FileSearchToolCallStatus(OpenEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"
    SEARCHING = "searching"


FileSearchToolCallStatusLiteral: TypeAlias = Literal["completed", "failed", "incomplete", "in_progress", "searching"]
"""The values of FileSearchToolCallStatus as plain strings, which requests take in its place."""
