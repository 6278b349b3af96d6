from typing import Literal, TypeAlias

from .._enum import OpenEnum


class FileDetailEnum(OpenEnum):
    AUTO = "auto"
    HIGH = "high"
    LOW = "low"


FileDetailEnumLiteral: TypeAlias = Literal["auto", "high", "low"]
"""The values of FileDetailEnum as plain strings, which requests take in its place."""
