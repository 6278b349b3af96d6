from typing import Literal, TypeAlias

from .._enum import OpenEnum


class RunIncompleteReason(OpenEnum):
    """The token limit that was reached."""

    MAX_COMPLETION_TOKENS = "max_completion_tokens"
    MAX_PROMPT_TOKENS = "max_prompt_tokens"


RunIncompleteReasonLiteral: TypeAlias = Literal["max_completion_tokens", "max_prompt_tokens"]
"""The values of RunIncompleteReason as plain strings, which requests take in its place."""
