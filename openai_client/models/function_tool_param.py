from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callable_tool_allowed_caller import CallableToolAllowedCallerLiteral
    from ..models.empty_model_param import EmptyModelParamParam


def _convert_parameters(value: EmptyModelParam | EmptyModelParamParam | None | Unset) -> EmptyModelParam | None | Unset:
    return FunctionToolParam.__table__.convert("parameters", value)  # type: ignore[no-any-return]


def _convert_output_schema(
    value: FunctionToolParamOutputSchema | Mapping[str, Any] | None | Unset,
) -> FunctionToolParamOutputSchema | None | Unset:
    return FunctionToolParam.__table__.convert("output_schema", value)  # type: ignore[no-any-return]


def _convert_allowed_callers(
    value: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None | Unset,
) -> list[CallableToolAllowedCaller] | None | Unset:
    return FunctionToolParam.__table__.convert("allowed_callers", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionToolParam(ExtraFields["Any"]):
    """FunctionToolParam

    Attributes:
        name (str)
        type (Literal['function'])
        description (None | str | Unset)
        parameters (EmptyModelParam | None | Unset)
        strict (bool | None | Unset)
        output_schema (FunctionToolParamOutputSchema | None | Unset)
        defer_loading (bool | Unset)
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset)
    """

    name: str
    type: Literal["function"] = "function"
    description: None | str | Unset = UNSET
    parameters: EmptyModelParam | None | Unset = _attrs_field(default=UNSET, converter=_convert_parameters)
    strict: bool | None | Unset = UNSET
    output_schema: FunctionToolParamOutputSchema | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_output_schema
    )
    defer_loading: bool | Unset = UNSET
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_allowed_callers
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["function"]]("type")


class FunctionToolParamParam(TypedDict, total=False):
    """The dict form of FunctionToolParam: what a request takes in its place (checked before sending)."""

    name: Required[str]
    type: Required[Literal["function"]]
    description: str | None
    parameters: EmptyModelParam | EmptyModelParamParam | None
    strict: bool | None
    output_schema: FunctionToolParamOutputSchema | Mapping[str, Any] | None
    defer_loading: bool
    allowed_callers: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None


from ..models.empty_model_param import EmptyModelParam
from ..models.function_tool_param_output_schema import FunctionToolParamOutputSchema

table_of(
    FunctionToolParam,
    field("name", STRING, required=True),
    field("type", const("function"), required=True),
    field("description", STRING, nullable=True),
    field("parameters", model_of(EmptyModelParam), nullable=True),
    field("strict", BOOLEAN, nullable=True),
    field("output_schema", model_of(FunctionToolParamOutputSchema), nullable=True),
    field("defer_loading", BOOLEAN),
    field("allowed_callers", list_of(enum_of(CallableToolAllowedCaller)), nullable=True),
    extra=ANY,
)
