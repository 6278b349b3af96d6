from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ComputerToolCallStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


ComputerToolCallStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of ComputerToolCallStatus as plain strings, which requests take in its place."""
