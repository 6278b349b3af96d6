from typing import Literal, TypeAlias

from .._enum import OpenEnum


class AssistantsNamedToolChoiceType(OpenEnum):
    """Kind of the tool to call."""

    CODE_INTERPRETER = "code_interpreter"
    FILE_SEARCH = "file_search"
    FUNCTION = "function"


AssistantsNamedToolChoiceTypeLiteral: TypeAlias = Literal["code_interpreter", "file_search", "function"]
"""The values of AssistantsNamedToolChoiceType as plain strings, which requests take in its place."""
