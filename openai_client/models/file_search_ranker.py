from typing import Literal, TypeAlias

from .._enum import OpenEnum


class FileSearchRanker(OpenEnum):
    """Ranker used by file search."""

    AUTO = "auto"
    DEFAULT_2024_08_21 = "default_2024_08_21"


FileSearchRankerLiteral: TypeAlias = Literal["auto", "default_2024_08_21"]
"""The values of FileSearchRanker as plain strings, which requests take in its place."""
