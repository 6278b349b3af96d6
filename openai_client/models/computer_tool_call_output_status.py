from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ComputerToolCallOutputStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


ComputerToolCallOutputStatusLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of ComputerToolCallOutputStatus as plain strings, which requests take in its place."""
