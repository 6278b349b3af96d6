from typing import Literal, TypeAlias

from .._enum import OpenEnum


class FunctionToolCallStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


FunctionToolCallStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of FunctionToolCallStatus as plain strings, which requests take in its place."""
