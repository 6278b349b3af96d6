from typing import Literal, TypeAlias

from .._enum import OpenEnum


class FunctionCallItemStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


FunctionCallItemStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of FunctionCallItemStatus as plain strings, which requests take in its place."""
