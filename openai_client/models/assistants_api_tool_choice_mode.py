from typing import Literal, TypeAlias

from .._enum import OpenEnum


class AssistantsApiToolChoiceMode(OpenEnum):
    """`none`: no tool is called; `auto`: the model decides; `required`: at least one tool is called."""

    AUTO = "auto"
    NONE = "none"
    REQUIRED = "required"


AssistantsApiToolChoiceModeLiteral: TypeAlias = Literal["auto", "none", "required"]
"""The values of AssistantsApiToolChoiceMode as plain strings, which requests take in its place."""
