from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ComputerCallOutputStatus(OpenEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    INCOMPLETE = "incomplete"


ComputerCallOutputStatusLiteral: TypeAlias = Literal["completed", "failed", "incomplete"]
"""The values of ComputerCallOutputStatus as plain strings, which requests take in its place."""
