from typing import Literal, TypeAlias

from .._enum import OpenEnum


class MCPToolCallStatus(OpenEnum):
    CALLING = "calling"
    COMPLETED = "completed"
    FAILED = "failed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


MCPToolCallStatusLiteral: TypeAlias = Literal["calling", "completed", "failed", "incomplete", "in_progress"]
"""The values of MCPToolCallStatus as plain strings, which requests take in its place."""
