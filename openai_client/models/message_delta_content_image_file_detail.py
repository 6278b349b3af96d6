from typing import Literal, TypeAlias

from .._enum import OpenEnum


class MessageDeltaContentImageFileDetail(OpenEnum):
    """How closely the model looks at the image."""

    AUTO = "auto"
    HIGH = "high"
    LOW = "low"


MessageDeltaContentImageFileDetailLiteral: TypeAlias = Literal["auto", "high", "low"]
"""The values of MessageDeltaContentImageFileDetail as plain strings, which requests take in its place."""
