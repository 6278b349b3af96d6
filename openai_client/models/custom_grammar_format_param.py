from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    enum_of,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.grammar_syntax_1 import GrammarSyntax1

if TYPE_CHECKING:
    from ..models.grammar_syntax_1 import GrammarSyntax1Literal


def _convert_syntax(value: GrammarSyntax1 | GrammarSyntax1Literal) -> GrammarSyntax1:
    return CustomGrammarFormatParam.__table__.convert("syntax", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CustomGrammarFormatParam(ExtraFields["Any"]):
    """CustomGrammarFormatParam

    Attributes:
        type (Literal['grammar'])
        syntax (GrammarSyntax1)
        definition (str)
    """

    syntax: GrammarSyntax1 = _attrs_field(converter=_convert_syntax)
    definition: str
    type: Literal["grammar"] = "grammar"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["grammar"]]("type")


class CustomGrammarFormatParamParam(TypedDict, total=False):
    """The dict form of CustomGrammarFormatParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["grammar"]]
    syntax: Required[GrammarSyntax1 | GrammarSyntax1Literal]
    definition: Required[str]


table_of(
    CustomGrammarFormatParam,
    field("type", const("grammar"), required=True),
    field("syntax", enum_of(GrammarSyntax1), required=True),
    field("definition", STRING, required=True),
    extra=ANY,
)
