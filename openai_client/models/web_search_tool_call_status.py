from typing import Literal, TypeAlias

from .._enum import OpenEnum


class WebSearchToolCallStatus(OpenEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"
    SEARCHING = "searching"


WebSearchToolCallStatusLiteral: TypeAlias = Literal["completed", "failed", "in_progress", "searching"]
"""The values of WebSearchToolCallStatus as plain strings, which requests take in its place."""
