from typing import Literal, TypeAlias

from .._enum import OpenEnum


class LocalShellToolCallOutputStatusType0(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


LocalShellToolCallOutputStatusType0Literal: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of LocalShellToolCallOutputStatusType0 as plain strings, which requests take in its place."""
