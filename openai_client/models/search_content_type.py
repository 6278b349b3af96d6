from typing import Literal, TypeAlias

from .._enum import OpenEnum


class SearchContentType(OpenEnum):
    IMAGE = "image"
    TEXT = "text"


SearchContentTypeLiteral: TypeAlias = Literal["image", "text"]
"""The values of SearchContentType as plain strings, which requests take in its place."""
