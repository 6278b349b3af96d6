from typing import Literal, TypeAlias

from .._enum import OpenEnum


class RunStepStatus(OpenEnum):
    """Where the step stands."""

    CANCELLED = "cancelled"
    COMPLETED = "completed"
    EXPIRED = "expired"
    FAILED = "failed"
    IN_PROGRESS = "in_progress"


RunStepStatusLiteral: TypeAlias = Literal["cancelled", "completed", "expired", "failed", "in_progress"]
"""The values of RunStepStatus as plain strings, which requests take in its place."""
