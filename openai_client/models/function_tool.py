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


def _convert_parameters(value: FunctionToolParameters | Mapping[str, Any] | None) -> FunctionToolParameters | None:
    return FunctionTool.__table__.convert("parameters", value)  # type: ignore[no-any-return]


def _convert_output_schema(
    value: FunctionToolOutputSchema | Mapping[str, Any] | None | Unset,
) -> FunctionToolOutputSchema | None | Unset:
    return FunctionTool.__table__.convert("output_schema", value)  # type: ignore[no-any-return]


def _convert_allowed_callers(
    value: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None | Unset,
) -> list[CallableToolAllowedCaller] | None | Unset:
    return FunctionTool.__table__.convert("allowed_callers", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionTool(ExtraFields["Any"]):
    """FunctionTool

    Attributes:
        type (Literal['function'])
        name (str)
        parameters (FunctionToolParameters | None)
        strict (bool | None)
        description (None | str | Unset)
        output_schema (FunctionToolOutputSchema | None | Unset)
        defer_loading (bool | Unset)
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset)
    """

    name: str
    parameters: FunctionToolParameters | None = _attrs_field(converter=_convert_parameters)
    strict: bool | None
    type: Literal["function"] = "function"
    description: None | str | Unset = UNSET
    output_schema: FunctionToolOutputSchema | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_output_schema
    )
    defer_loading: bool | Unset = UNSET
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_allowed_callers
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["function"]]("type")


class FunctionToolParam(TypedDict, total=False):
    """The dict form of FunctionTool: what a request takes in its place (checked before sending)."""

    type: Required[Literal["function"]]
    name: Required[str]
    parameters: Required[FunctionToolParameters | Mapping[str, Any] | None]
    strict: Required[bool | None]
    description: str | None
    output_schema: FunctionToolOutputSchema | Mapping[str, Any] | None
    defer_loading: bool
    allowed_callers: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None


from ..models.function_tool_output_schema import FunctionToolOutputSchema
from ..models.function_tool_parameters import FunctionToolParameters

table_of(
    FunctionTool,
    field("type", const("function"), required=True),
    field("name", STRING, required=True),
    field("parameters", model_of(FunctionToolParameters), required=True, nullable=True),
    field("strict", BOOLEAN, required=True, nullable=True),
    field("description", STRING, nullable=True),
    field("output_schema", model_of(FunctionToolOutputSchema), nullable=True),
    field("defer_loading", BOOLEAN),
    field("allowed_callers", list_of(enum_of(CallableToolAllowedCaller)), nullable=True),
    extra=ANY,
)
