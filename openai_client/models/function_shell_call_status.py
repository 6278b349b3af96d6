from typing import Literal, TypeAlias

from .._enum import OpenEnum


class FunctionShellCallStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


FunctionShellCallStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of FunctionShellCallStatus as plain strings, which requests take in its place."""
