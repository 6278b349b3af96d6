from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ProgramOutputItemStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"


ProgramOutputItemStatusLiteral: TypeAlias = Literal["completed", "incomplete"]
"""The values of ProgramOutputItemStatus as plain strings, which requests take in its place."""
