from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ListOrder(OpenEnum):
    """Sort order by `created_at`."""

    ASC = "asc"
    DESC = "desc"


ListOrderLiteral: TypeAlias = Literal["asc", "desc"]
"""The values of ListOrder as plain strings, which requests take in its place."""
