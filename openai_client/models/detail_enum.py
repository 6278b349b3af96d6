from typing import Literal, TypeAlias

from .._enum import OpenEnum


class DetailEnum(OpenEnum):
    AUTO = "auto"
    HIGH = "high"
    LOW = "low"
    ORIGINAL = "original"


DetailEnumLiteral: TypeAlias = Literal["auto", "high", "low", "original"]
"""The values of DetailEnum as plain strings, which requests take in its place."""
