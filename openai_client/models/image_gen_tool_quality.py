from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ImageGenToolQuality(OpenEnum):
    AUTO = "auto"
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"


ImageGenToolQualityLiteral: TypeAlias = Literal["auto", "high", "low", "medium"]
"""The values of ImageGenToolQuality as plain strings, which requests take in its place."""
