from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_list import MCPToolListParam


def _convert_never(value: MCPToolList | MCPToolListParam | Unset) -> MCPToolList | Unset:
    return MCPApprovalPerTool.__table__.convert("never", value)  # type: ignore[no-any-return]


def _convert_always(value: MCPToolList | MCPToolListParam | Unset) -> MCPToolList | Unset:
    return MCPApprovalPerTool.__table__.convert("always", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPApprovalPerTool(ExtraFields["Any"]):
    """Approval by tool name.

    Attributes:
        never (MCPToolList | Unset): Names of an MCP server's tools.
        always (MCPToolList | Unset): Names of an MCP server's tools.
    """

    never: MCPToolList | Unset = _attrs_field(default=UNSET, converter=_convert_never)
    always: MCPToolList | Unset = _attrs_field(default=UNSET, converter=_convert_always)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class MCPApprovalPerToolParam(TypedDict, total=False):
    """The dict form of MCPApprovalPerTool: what a request takes in its place (checked before sending)."""

    never: MCPToolList | MCPToolListParam
    always: MCPToolList | MCPToolListParam


from ..models.mcp_tool_list import MCPToolList

table_of(
    MCPApprovalPerTool,
    field("never", model_of(MCPToolList)),
    field("always", model_of(MCPToolList)),
    extra=ANY,
)
