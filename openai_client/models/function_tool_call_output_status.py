from typing import Literal, TypeAlias

from .._enum import OpenEnum


class FunctionToolCallOutputStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


FunctionToolCallOutputStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of FunctionToolCallOutputStatus as plain strings, which requests take in its place."""
