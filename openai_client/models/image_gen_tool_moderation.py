from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ImageGenToolModeration(OpenEnum):
    AUTO = "auto"
    LOW = "low"


ImageGenToolModerationLiteral: TypeAlias = Literal["auto", "low"]
"""The values of ImageGenToolModeration as plain strings, which requests take in its place."""
