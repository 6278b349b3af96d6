from typing import Literal, TypeAlias

from .._enum import OpenEnum


class CallableToolAllowedCaller(OpenEnum):
    DIRECT = "direct"
    PROGRAMMATIC = "programmatic"


CallableToolAllowedCallerLiteral: TypeAlias = Literal["direct", "programmatic"]
"""The values of CallableToolAllowedCaller as plain strings, which requests take in its place."""
