from typing import Literal, TypeAlias

from .._enum import OpenEnum


class CompoundFilterType(OpenEnum):
    AND = "and"
    OR = "or"


CompoundFilterTypeLiteral: TypeAlias = Literal["and", "or"]
"""The values of CompoundFilterType as plain strings, which requests take in its place."""
