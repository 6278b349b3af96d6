from typing import Literal, TypeAlias

from .._enum import OpenEnum


class RunStepType(OpenEnum):
    """What kind of step it is."""

    ACTIVITIES = "activities"
    MESSAGE_CREATION = "message_creation"
    TOOL_CALLS = "tool_calls"


RunStepTypeLiteral: TypeAlias = Literal["activities", "message_creation", "tool_calls"]
"""The values of RunStepType as plain strings, which requests take in its place."""
