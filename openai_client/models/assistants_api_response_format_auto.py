from typing import Literal, TypeAlias

from .._enum import OpenEnum


class AssistantsApiResponseFormatAuto(OpenEnum):
    """Let the model pick its format."""

    AUTO = "auto"


AssistantsApiResponseFormatAutoLiteral: TypeAlias = Literal["auto"]
"""The values of AssistantsApiResponseFormatAuto as plain strings, which requests take in its place."""
