from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ClickButtonType(OpenEnum):
    BACK = "back"
    FORWARD = "forward"
    LEFT = "left"
    RIGHT = "right"
    WHEEL = "wheel"


ClickButtonTypeLiteral: TypeAlias = Literal["back", "forward", "left", "right", "wheel"]
"""The values of ClickButtonType as plain strings, which requests take in its place."""
