from typing import Literal, TypeAlias

from .._enum import OpenEnum


class CodeInterpreterToolCallStatus(OpenEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    INCOMPLETE = "incomplete"
    INTERPRETING = "interpreting"
    IN_PROGRESS = "in_progress"


CodeInterpreterToolCallStatusLiteral: TypeAlias = Literal[
    "completed", "failed", "incomplete", "interpreting", "in_progress"
]
"""The values of CodeInterpreterToolCallStatus as plain strings, which requests take in its place."""
