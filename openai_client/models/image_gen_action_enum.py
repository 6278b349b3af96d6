from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ImageGenActionEnum(OpenEnum):
    AUTO = "auto"
    EDIT = "edit"
    GENERATE = "generate"


ImageGenActionEnumLiteral: TypeAlias = Literal["auto", "edit", "generate"]
"""The values of ImageGenActionEnum as plain strings, which requests take in its place."""
