from typing import Literal, TypeAlias

from .._enum import OpenEnum


class WebSearchToolSearchContextSize(OpenEnum):
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"


WebSearchToolSearchContextSizeLiteral: TypeAlias = Literal["high", "low", "medium"]
"""The values of WebSearchToolSearchContextSize as plain strings, which requests take in its place."""
