from typing import Literal, TypeAlias

from .._enum import OpenEnum


class FunctionShellCallOutputStatusEnum(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


FunctionShellCallOutputStatusEnumLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of FunctionShellCallOutputStatusEnum as plain strings, which requests take in its place."""
