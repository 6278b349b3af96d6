from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    BOOLEAN,
    STRING,
    const,
    enum_of,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callable_tool_allowed_caller import CallableToolAllowedCallerLiteral
    from ..models.custom_grammar_format_param import CustomGrammarFormatParamParam
    from ..models.custom_text_format_param import CustomTextFormatParamParam


def _convert_format_(
    value: CustomTextFormatParam
    | CustomTextFormatParamParam
    | CustomGrammarFormatParam
    | CustomGrammarFormatParamParam
    | UnknownCustomToolParamFormat
    | Unset,
) -> CustomGrammarFormatParam | CustomTextFormatParam | UnknownCustomToolParamFormat | Unset:
    return CustomToolParam.__table__.convert("format", value)  # type: ignore[no-any-return]


def _convert_allowed_callers(
    value: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None | Unset,
) -> list[CallableToolAllowedCaller] | None | Unset:
    return CustomToolParam.__table__.convert("allowed_callers", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CustomToolParam(ExtraFields["Any"]):
    """CustomToolParam

    Attributes:
        type (Literal['custom'])
        name (str)
        description (str | Unset)
        format_ (CustomGrammarFormatParam | CustomTextFormatParam | UnknownCustomToolParamFormat | Unset)
        defer_loading (bool | Unset)
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset)
    """

    name: str
    type: Literal["custom"] = "custom"
    description: str | Unset = UNSET
    format_: CustomGrammarFormatParam | CustomTextFormatParam | UnknownCustomToolParamFormat | Unset = _attrs_field(
        default=UNSET, converter=_convert_format_
    )
    defer_loading: bool | Unset = UNSET
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_allowed_callers
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["custom"]]("type")


class CustomToolParamParam(TypedDict, total=False):
    """The dict form of CustomToolParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["custom"]]
    name: Required[str]
    description: str
    format: (
        CustomTextFormatParam
        | CustomTextFormatParamParam
        | CustomGrammarFormatParam
        | CustomGrammarFormatParamParam
        | UnknownCustomToolParamFormat
    )
    defer_loading: bool
    allowed_callers: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None


from ..models.custom_grammar_format_param import CustomGrammarFormatParam
from ..models.custom_text_format_param import CustomTextFormatParam
from ..models.unknown_custom_tool_param_format import UnknownCustomToolParamFormat

table_of(
    CustomToolParam,
    field("type", const("custom"), required=True),
    field("name", STRING, required=True),
    field("description", STRING),
    field(
        "format",
        union_of(
            "type",
            {"text": CustomTextFormatParam, "grammar": CustomGrammarFormatParam},
            fallback=UnknownCustomToolParamFormat,
        ),
        attr="format_",
    ),
    field("defer_loading", BOOLEAN),
    field("allowed_callers", list_of(enum_of(CallableToolAllowedCaller)), nullable=True),
    extra=ANY,
)
