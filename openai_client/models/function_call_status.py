from typing import Literal, TypeAlias

from .._enum import OpenEnum


class FunctionCallStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


FunctionCallStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of FunctionCallStatus as plain strings, which requests take in its place."""
