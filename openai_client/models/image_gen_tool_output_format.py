from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ImageGenToolOutputFormat(OpenEnum):
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"


ImageGenToolOutputFormatLiteral: TypeAlias = Literal["jpeg", "png", "webp"]
"""The values of ImageGenToolOutputFormat as plain strings, which requests take in its place."""
