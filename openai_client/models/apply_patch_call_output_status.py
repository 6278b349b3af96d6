from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ApplyPatchCallOutputStatus(OpenEnum):
    COMPLETED = "completed"
    FAILED = "failed"


ApplyPatchCallOutputStatusLiteral: TypeAlias = Literal["completed", "failed"]
"""The values of ApplyPatchCallOutputStatus as plain strings, which requests take in its place."""
