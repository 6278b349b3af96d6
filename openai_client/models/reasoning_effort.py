from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ReasoningEffort(OpenEnum):
    """How hard a reasoning model thinks before it answers."""

    HIGH = "high"
    LOW = "low"
    MAX = "max"
    MEDIUM = "medium"
    MINIMAL = "minimal"
    NONE = "none"
    XHIGH = "xhigh"


ReasoningEffortLiteral: TypeAlias = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]
"""The values of ReasoningEffort as plain strings, which requests take in its place."""
