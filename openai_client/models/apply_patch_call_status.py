from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ApplyPatchCallStatus(OpenEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"


ApplyPatchCallStatusLiteral: TypeAlias = Literal["completed", "in_progress"]
"""The values of ApplyPatchCallStatus as plain strings, which requests take in its place."""
