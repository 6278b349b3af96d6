from typing import Literal, TypeAlias

from .._enum import OpenEnum


class TruncationType(OpenEnum):
    """`auto` drops messages from the middle of the thread; `last_messages` keeps only the most recent `last_messages`
    messages."""

    AUTO = "auto"
    LAST_MESSAGES = "last_messages"


TruncationTypeLiteral: TypeAlias = Literal["auto", "last_messages"]
"""The values of TruncationType as plain strings, which requests take in its place."""
