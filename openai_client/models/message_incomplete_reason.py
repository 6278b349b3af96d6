from typing import Literal, TypeAlias

from .._enum import OpenEnum


class MessageIncompleteReason(OpenEnum):
    """Why a message was cut short."""

    CONTENT_FILTER = "content_filter"
    MAX_TOKENS = "max_tokens"
    RUN_CANCELLED = "run_cancelled"
    RUN_EXPIRED = "run_expired"
    RUN_FAILED = "run_failed"


MessageIncompleteReasonLiteral: TypeAlias = Literal[
    "content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"
]
"""The values of MessageIncompleteReason as plain strings, which requests take in its place."""
