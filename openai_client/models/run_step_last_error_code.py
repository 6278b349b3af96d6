from typing import Literal, TypeAlias

from .._enum import OpenEnum


class RunStepLastErrorCode(OpenEnum):
    """Error category."""

    RATE_LIMIT_EXCEEDED = "rate_limit_exceeded"
    SERVER_ERROR = "server_error"


RunStepLastErrorCodeLiteral: TypeAlias = Literal["rate_limit_exceeded", "server_error"]
"""The values of RunStepLastErrorCode as plain strings, which requests take in its place."""
