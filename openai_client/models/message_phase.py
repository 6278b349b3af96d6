from typing import Literal, TypeAlias

from .._enum import OpenEnum


class MessagePhase(OpenEnum):
    COMMENTARY = "commentary"
    FINAL_ANSWER = "final_answer"


MessagePhaseLiteral: TypeAlias = Literal["commentary", "final_answer"]
"""The values of MessagePhase as plain strings, which requests take in its place."""
