from typing import Literal, TypeAlias

from .._enum import OpenEnum


class WebSearchToolType(OpenEnum):
    WEB_SEARCH = "web_search"
    WEB_SEARCH_2025_08_26 = "web_search_2025_08_26"


WebSearchToolTypeLiteral: TypeAlias = Literal["web_search", "web_search_2025_08_26"]
"""The values of WebSearchToolType as plain strings, which requests take in its place."""
