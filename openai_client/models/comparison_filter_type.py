from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ComparisonFilterType(OpenEnum):
    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    IN = "in"
    LT = "lt"
    LTE = "lte"
    NE = "ne"
    NIN = "nin"


ComparisonFilterTypeLiteral: TypeAlias = Literal["eq", "gt", "gte", "in", "lt", "lte", "ne", "nin"]
"""The values of ComparisonFilterType as plain strings, which requests take in its place."""
