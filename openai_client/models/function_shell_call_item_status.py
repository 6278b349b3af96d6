from typing import Literal, TypeAlias

from .._enum import OpenEnum


class FunctionShellCallItemStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


FunctionShellCallItemStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of FunctionShellCallItemStatus as plain strings, which requests take in its place."""
