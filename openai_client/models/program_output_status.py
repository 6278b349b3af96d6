from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ProgramOutputStatus(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"


ProgramOutputStatusLiteral: TypeAlias = Literal["completed", "incomplete"]
"""The values of ProgramOutputStatus as plain strings, which requests take in its place."""
