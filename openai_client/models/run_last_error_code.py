from typing import Literal, TypeAlias

from .._enum import OpenEnum


class RunLastErrorCode(OpenEnum):
    """Error category."""

    INVALID_PROMPT = "invalid_prompt"
    RATE_LIMIT_EXCEEDED = "rate_limit_exceeded"
    SERVER_ERROR = "server_error"


RunLastErrorCodeLiteral: TypeAlias = Literal["invalid_prompt", "rate_limit_exceeded", "server_error"]
"""The values of RunLastErrorCode as plain strings, which requests take in its place."""
