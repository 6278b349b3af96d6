from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    enum_of,
    field,
    model_of,
    table_of,
    union_of,
)
from .._model import ExtraFields
from ..models.mcp_required_approval_mode import MCPRequiredApprovalMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_approval_per_tool import MCPApprovalPerToolParam
    from ..models.mcp_required_approval_mode import MCPRequiredApprovalModeLiteral


def _convert_headers(value: MCPToolResourceHeaders | Mapping[str, str]) -> MCPToolResourceHeaders:
    return MCPToolResource.__table__.convert("headers", value)  # type: ignore[no-any-return]


def _convert_require_approval(
    value: MCPRequiredApprovalMode
    | MCPRequiredApprovalModeLiteral
    | MCPApprovalPerTool
    | MCPApprovalPerToolParam
    | Unset,
) -> MCPApprovalPerTool | MCPRequiredApprovalMode | Unset:
    return MCPToolResource.__table__.convert("require_approval", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPToolResource(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): per-run settings of one MCP server: headers, and which calls need approval.

    Attributes:
        server_label (str): The `server_label` of the MCP tool these settings are for.
        headers (MCPToolResourceHeaders): Headers sent to the server (for example its credentials).
        require_approval (MCPApprovalPerTool | MCPRequiredApprovalMode | Unset): `always`, `never`, or lists of the tools that always or never need approval.
    """

    server_label: str
    headers: MCPToolResourceHeaders = _attrs_field(converter=_convert_headers)
    require_approval: MCPApprovalPerTool | MCPRequiredApprovalMode | Unset = _attrs_field(
        default=UNSET, converter=_convert_require_approval
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class MCPToolResourceParam(TypedDict, total=False):
    """The dict form of MCPToolResource: what a request takes in its place (checked before sending)."""

    server_label: Required[str]
    headers: Required[MCPToolResourceHeaders | Mapping[str, str]]
    require_approval: (
        MCPRequiredApprovalMode | MCPRequiredApprovalModeLiteral | MCPApprovalPerTool | MCPApprovalPerToolParam
    )


from ..models.mcp_approval_per_tool import MCPApprovalPerTool
from ..models.mcp_tool_resource_headers import MCPToolResourceHeaders

table_of(
    MCPToolResource,
    field("server_label", STRING, required=True),
    field("headers", model_of(MCPToolResourceHeaders), required=True),
    field(
        "require_approval", union_of(None, {}, shapes=(MCPApprovalPerTool,), others=(enum_of(MCPRequiredApprovalMode),))
    ),
    extra=ANY,
)
