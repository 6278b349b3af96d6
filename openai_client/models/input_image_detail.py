from typing import Literal, TypeAlias

from .._enum import OpenEnum


class InputImageDetail(OpenEnum):
    AUTO = "auto"
    HIGH = "high"
    LOW = "low"
    ORIGINAL = "original"


InputImageDetailLiteral: TypeAlias = Literal["auto", "high", "low", "original"]
"""The values of InputImageDetail as plain strings, which requests take in its place."""
