from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ImageGenToolSize(OpenEnum):
    AUTO = "auto"
    VALUE_0 = "1024x1024"
    VALUE_1 = "1024x1536"
    VALUE_2 = "1536x1024"


ImageGenToolSizeLiteral: TypeAlias = Literal["auto", "1024x1024", "1024x1536", "1536x1024"]
"""The values of ImageGenToolSize as plain strings, which requests take in its place."""
