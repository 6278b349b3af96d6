from typing import Literal, TypeAlias

from .._enum import OpenEnum


class GrammarSyntax1(OpenEnum):
    LARK = "lark"
    REGEX = "regex"


GrammarSyntax1Literal: TypeAlias = Literal["lark", "regex"]
"""The values of GrammarSyntax1 as plain strings, which requests take in its place."""
