from typing import Literal, TypeAlias

from .._enum import OpenEnum


class InputFidelity(OpenEnum):
    HIGH = "high"
    LOW = "low"


InputFidelityLiteral: TypeAlias = Literal["high", "low"]
"""The values of InputFidelity as plain strings, which requests take in its place."""
