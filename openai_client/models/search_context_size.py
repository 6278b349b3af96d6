from typing import Literal, TypeAlias

from .._enum import OpenEnum


class SearchContextSize(OpenEnum):
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"


SearchContextSizeLiteral: TypeAlias = Literal["high", "low", "medium"]
"""The values of SearchContextSize as plain strings, which requests take in its place."""
