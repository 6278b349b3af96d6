from typing import Literal, TypeAlias

from .._enum import OpenEnum


class LocalShellToolCallOutputStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


LocalShellToolCallOutputStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of LocalShellToolCallOutputStatus as plain strings, which requests take in its place."""
