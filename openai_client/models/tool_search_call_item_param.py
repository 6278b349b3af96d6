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
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.function_call_item_status import FunctionCallItemStatus
from ..models.tool_search_execution_type import ToolSearchExecutionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParamParam
    from ..models.function_call_item_status import FunctionCallItemStatusLiteral
    from ..models.tool_search_execution_type import ToolSearchExecutionTypeLiteral


def _convert_arguments(value: EmptyModelParam | EmptyModelParamParam) -> EmptyModelParam:
    return ToolSearchCallItemParam.__table__.convert("arguments", value)  # type: ignore[no-any-return]


def _convert_execution(
    value: ToolSearchExecutionType | ToolSearchExecutionTypeLiteral | Unset,
) -> ToolSearchExecutionType | Unset:
    return ToolSearchCallItemParam.__table__.convert("execution", value)  # type: ignore[no-any-return]


def _convert_status(
    value: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None | Unset,
) -> FunctionCallItemStatus | None | Unset:
    return ToolSearchCallItemParam.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolSearchCallItemParam(ExtraFields["Any"]):
    """ToolSearchCallItemParam

    Attributes:
        type (Literal['tool_search_call'])
        arguments (EmptyModelParam)
        id (None | str | Unset)
        call_id (None | str | Unset)
        execution (ToolSearchExecutionType | Unset)
        status (FunctionCallItemStatus | None | Unset)
    """

    arguments: EmptyModelParam = _attrs_field(converter=_convert_arguments)
    type: Literal["tool_search_call"] = "tool_search_call"
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    execution: ToolSearchExecutionType | Unset = _attrs_field(default=UNSET, converter=_convert_execution)
    status: FunctionCallItemStatus | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["tool_search_call"]]("type")


class ToolSearchCallItemParamParam(TypedDict, total=False):
    """The dict form of ToolSearchCallItemParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["tool_search_call"]]
    arguments: Required[EmptyModelParam | EmptyModelParamParam]
    id: str | None
    call_id: str | None
    execution: ToolSearchExecutionType | ToolSearchExecutionTypeLiteral
    status: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None


from ..models.empty_model_param import EmptyModelParam

table_of(
    ToolSearchCallItemParam,
    field("type", const("tool_search_call"), required=True),
    field("arguments", model_of(EmptyModelParam), required=True),
    field("id", STRING, nullable=True),
    field("call_id", STRING, nullable=True),
    field("execution", enum_of(ToolSearchExecutionType)),
    field("status", enum_of(FunctionCallItemStatus), nullable=True),
    extra=ANY,
)
