from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ImageGenToolBackground(OpenEnum):
    AUTO = "auto"
    OPAQUE = "opaque"
    TRANSPARENT = "transparent"


ImageGenToolBackgroundLiteral: TypeAlias = Literal["auto", "opaque", "transparent"]
"""The values of ImageGenToolBackground as plain strings, which requests take in its place."""
