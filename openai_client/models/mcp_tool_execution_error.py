from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPToolExecutionError(ExtraFields["Any"]):
    """MCPToolExecutionError

    Attributes:
        type (Literal['mcp_tool_execution_error'])
        content (Any)
    """

    content: Any
    type: Literal["mcp_tool_execution_error"] = "mcp_tool_execution_error"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp_tool_execution_error"]]("type")


class MCPToolExecutionErrorParam(TypedDict, total=False):
    """The dict form of MCPToolExecutionError: what a request takes in its place (checked before sending)."""

    type: Required[Literal["mcp_tool_execution_error"]]
    content: Required[Any]


table_of(
    MCPToolExecutionError,
    field("type", const("mcp_tool_execution_error"), required=True),
    field("content", ANY, required=True),
    extra=ANY,
)
