from typing import Literal, TypeAlias

from .._enum import OpenEnum


class WebSearchPreviewToolType(OpenEnum):
    WEB_SEARCH_PREVIEW = "web_search_preview"
    WEB_SEARCH_PREVIEW_2025_03_11 = "web_search_preview_2025_03_11"


WebSearchPreviewToolTypeLiteral: TypeAlias = Literal["web_search_preview", "web_search_preview_2025_03_11"]
"""The values of WebSearchPreviewToolType as plain strings, which requests take in its place."""
