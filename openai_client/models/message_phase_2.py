from typing import Literal, TypeAlias

from .._enum import OpenEnum


class MessagePhase2(OpenEnum):
    COMMENTARY = "commentary"
    FINAL_ANSWER = "final_answer"


MessagePhase2Literal: TypeAlias = Literal["commentary", "final_answer"]
"""The values of MessagePhase2 as plain strings, which requests take in its place."""
