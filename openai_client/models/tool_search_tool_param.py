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
from ..models.tool_search_execution_type import ToolSearchExecutionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParamParam
    from ..models.tool_search_execution_type import ToolSearchExecutionTypeLiteral


def _convert_execution(
    value: ToolSearchExecutionType | ToolSearchExecutionTypeLiteral | Unset,
) -> ToolSearchExecutionType | Unset:
    return ToolSearchToolParam.__table__.convert("execution", value)  # type: ignore[no-any-return]


def _convert_parameters(value: EmptyModelParam | EmptyModelParamParam | None | Unset) -> EmptyModelParam | None | Unset:
    return ToolSearchToolParam.__table__.convert("parameters", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolSearchToolParam(ExtraFields["Any"]):
    """ToolSearchToolParam

    Attributes:
        type (Literal['tool_search'])
        execution (ToolSearchExecutionType | Unset)
        description (None | str | Unset)
        parameters (EmptyModelParam | None | Unset)
    """

    type: Literal["tool_search"] = "tool_search"
    execution: ToolSearchExecutionType | Unset = _attrs_field(default=UNSET, converter=_convert_execution)
    description: None | str | Unset = UNSET
    parameters: EmptyModelParam | None | Unset = _attrs_field(default=UNSET, converter=_convert_parameters)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["tool_search"]]("type")


class ToolSearchToolParamParam(TypedDict, total=False):
    """The dict form of ToolSearchToolParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["tool_search"]]
    execution: ToolSearchExecutionType | ToolSearchExecutionTypeLiteral
    description: str | None
    parameters: EmptyModelParam | EmptyModelParamParam | None


from ..models.empty_model_param import EmptyModelParam

table_of(
    ToolSearchToolParam,
    field("type", const("tool_search"), required=True),
    field("execution", enum_of(ToolSearchExecutionType)),
    field("description", STRING, nullable=True),
    field("parameters", model_of(EmptyModelParam), nullable=True),
    extra=ANY,
)
