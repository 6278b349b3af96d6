from typing import Literal, TypeAlias

from .._enum import OpenEnum


class MessageDeltaContentImageUrlDetail(OpenEnum):
    """How closely the model looks at the image."""

    AUTO = "auto"
    HIGH = "high"
    LOW = "low"


MessageDeltaContentImageUrlDetailLiteral: TypeAlias = Literal["auto", "high", "low"]
"""The values of MessageDeltaContentImageUrlDetail as plain strings, which requests take in its place."""
