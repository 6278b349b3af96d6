from typing import Literal, TypeAlias

from .._enum import OpenEnum


class RunStatus(OpenEnum):
    """The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`,
    `cancelled`, `failed`, `completed`, `incomplete`, or `expired`. Foundry Agent Service's description has no
    `incomplete` (its runs end `completed` or `failed` instead); the value stays here for OpenAI's servers."""

    CANCELLED = "cancelled"
    CANCELLING = "cancelling"
    COMPLETED = "completed"
    EXPIRED = "expired"
    FAILED = "failed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"
    QUEUED = "queued"
    REQUIRES_ACTION = "requires_action"


RunStatusLiteral: TypeAlias = Literal[
    "cancelled",
    "cancelling",
    "completed",
    "expired",
    "failed",
    "incomplete",
    "in_progress",
    "queued",
    "requires_action",
]
"""The values of RunStatus as plain strings, which requests take in its place."""
