from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool import MCPListToolsToolParam


def _convert_tools(value: Sequence[MCPListToolsTool | MCPListToolsToolParam]) -> list[MCPListToolsTool]:
    return MCPListTools.__table__.convert("tools", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPListTools(ExtraFields["Any"]):
    """MCPListTools

    Attributes:
        type (Literal['mcp_list_tools'])
        id (str)
        server_label (str)
        tools (list[MCPListToolsTool])
        error (None | str | Unset)
    """

    id: str
    server_label: str
    tools: list[MCPListToolsTool] = _attrs_field(converter=_convert_tools)
    type: Literal["mcp_list_tools"] = "mcp_list_tools"
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp_list_tools"]]("type")


class MCPListToolsParam(TypedDict, total=False):
    """The dict form of MCPListTools: what a request takes in its place (checked before sending)."""

    type: Required[Literal["mcp_list_tools"]]
    id: Required[str]
    server_label: Required[str]
    tools: Required[Sequence[MCPListToolsTool | MCPListToolsToolParam]]
    error: str | None


from ..models.mcp_list_tools_tool import MCPListToolsTool

table_of(
    MCPListTools,
    field("type", const("mcp_list_tools"), required=True),
    field("id", STRING, required=True),
    field("server_label", STRING, required=True),
    field("tools", list_of(model_of(MCPListToolsTool)), required=True),
    field("error", STRING, nullable=True),
    extra=ANY,
)
