from typing import Literal, TypeAlias

from .._enum import OpenEnum


class FunctionCallOutputStatusEnum(OpenEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"


FunctionCallOutputStatusEnumLiteral: TypeAlias = Literal["completed", "incomplete", "in_progress"]
"""The values of FunctionCallOutputStatusEnum as plain strings, which requests take in its place."""
