from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ListConversationItemsOrder(OpenEnum):
    """Oldest first (`asc`) or newest first (`desc`, the default)."""

    ASC = "asc"
    DESC = "desc"


ListConversationItemsOrderLiteral: TypeAlias = Literal["asc", "desc"]
"""The values of ListConversationItemsOrder as plain strings, which requests take in its place."""
