from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ApplyPatchCallStatusParam(OpenEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"


ApplyPatchCallStatusParamLiteral: TypeAlias = Literal["completed", "in_progress"]
"""The values of ApplyPatchCallStatusParam as plain strings, which requests take in its place."""
