from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ImageGenToolCallStatus(OpenEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    GENERATING = "generating"
    IN_PROGRESS = "in_progress"


ImageGenToolCallStatusLiteral: TypeAlias = Literal["completed", "failed", "generating", "in_progress"]
"""The values of ImageGenToolCallStatus as plain strings, which requests take in its place."""
