from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ApplyPatchCallOutputStatusParam(OpenEnum):
    COMPLETED = "completed"
    FAILED = "failed"


ApplyPatchCallOutputStatusParamLiteral: TypeAlias = Literal["completed", "failed"]
"""The values of ApplyPatchCallOutputStatusParam as plain strings, which requests take in its place."""
