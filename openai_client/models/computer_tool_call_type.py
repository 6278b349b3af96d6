from typing import Literal, TypeAlias

from .._enum import OpenEnum


class ComputerToolCallType(OpenEnum):
    COMPUTER_CALL = "computer_call"


ComputerToolCallTypeLiteral: TypeAlias = Literal["computer_call"]
"""The values of ComputerToolCallType as plain strings, which requests take in its place."""
