from typing import Literal, TypeAlias

from .._enum import OpenEnum


class FileInputDetail(OpenEnum):
    AUTO = "auto"
    HIGH = "high"
    LOW = "low"


FileInputDetailLiteral: TypeAlias = Literal["auto", "high", "low"]
"""The values of FileInputDetail as plain strings, which requests take in its place."""
