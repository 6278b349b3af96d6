from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ImageDetail(OpenEnum):
    """Detail level to see an image at."""

    AUTO = "auto"
    HIGH = "high"
    LOW = "low"


ImageDetailLiteral: TypeAlias = Literal["auto", "high", "low"]
"""The values of ImageDetail as plain strings, which requests take in its place."""
