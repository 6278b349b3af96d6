from typing import Literal, TypeAlias

from .._enum import OpenEnum


class RankerVersionType(OpenEnum):
    AUTO = "auto"
    DEFAULT_2024_11_15 = "default-2024-11-15"


RankerVersionTypeLiteral: TypeAlias = Literal["auto", "default-2024-11-15"]
"""The values of RankerVersionType as plain strings, which requests take in its place."""
