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
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..models.mcp_tool_connector_id import MCPToolConnectorId
from ..models.mcp_tool_require_approval_enum import MCPToolRequireApprovalEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callable_tool_allowed_caller import CallableToolAllowedCallerLiteral
    from ..models.mcp_tool_connector_id import MCPToolConnectorIdLiteral
    from ..models.mcp_tool_filter import MCPToolFilterParam
    from ..models.mcp_tool_require_approval import MCPToolRequireApprovalParam
    from ..models.mcp_tool_require_approval_enum import MCPToolRequireApprovalEnumLiteral


def _convert_connector_id(value: MCPToolConnectorId | MCPToolConnectorIdLiteral | Unset) -> MCPToolConnectorId | Unset:
    return MCPTool.__table__.convert("connector_id", value)  # type: ignore[no-any-return]


def _convert_headers(value: MCPToolHeaders | Mapping[str, str] | None | Unset) -> MCPToolHeaders | None | Unset:
    return MCPTool.__table__.convert("headers", value)  # type: ignore[no-any-return]


def _convert_allowed_tools(
    value: Sequence[str] | MCPToolFilter | MCPToolFilterParam | None | Unset,
) -> list[str] | MCPToolFilter | None | Unset:
    return MCPTool.__table__.convert("allowed_tools", value)  # type: ignore[no-any-return]


def _convert_allowed_callers(
    value: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None | Unset,
) -> list[CallableToolAllowedCaller] | None | Unset:
    return MCPTool.__table__.convert("allowed_callers", value)  # type: ignore[no-any-return]


def _convert_require_approval(
    value: MCPToolRequireApproval
    | MCPToolRequireApprovalParam
    | MCPToolRequireApprovalEnum
    | MCPToolRequireApprovalEnumLiteral
    | None
    | Unset,
) -> MCPToolRequireApproval | MCPToolRequireApprovalEnum | None | Unset:
    return MCPTool.__table__.convert("require_approval", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPTool(ExtraFields["Any"]):
    """MCPTool

    Attributes:
        type (Literal['mcp'])
        server_label (str)
        server_url (str | Unset)
        connector_id (MCPToolConnectorId | Unset)
        tunnel_id (str | Unset)
        authorization (str | Unset)
        server_description (str | Unset)
        headers (MCPToolHeaders | None | Unset)
        allowed_tools (list[str] | MCPToolFilter | None | Unset)
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset)
        require_approval (MCPToolRequireApproval | MCPToolRequireApprovalEnum | None | Unset)
        defer_loading (bool | Unset)
    """

    server_label: str
    type: Literal["mcp"] = "mcp"
    server_url: str | Unset = UNSET
    connector_id: MCPToolConnectorId | Unset = _attrs_field(default=UNSET, converter=_convert_connector_id)
    tunnel_id: str | Unset = UNSET
    authorization: str | Unset = UNSET
    server_description: str | Unset = UNSET
    headers: MCPToolHeaders | None | Unset = _attrs_field(default=UNSET, converter=_convert_headers)
    allowed_tools: list[str] | MCPToolFilter | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_allowed_tools
    )
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_allowed_callers
    )
    require_approval: MCPToolRequireApproval | MCPToolRequireApprovalEnum | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_require_approval
    )
    defer_loading: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp"]]("type")


class MCPToolParam(TypedDict, total=False):
    """The dict form of MCPTool: what a request takes in its place (checked before sending)."""

    type: Required[Literal["mcp"]]
    server_label: Required[str]
    server_url: str
    connector_id: MCPToolConnectorId | MCPToolConnectorIdLiteral
    tunnel_id: str
    authorization: str
    server_description: str
    headers: MCPToolHeaders | Mapping[str, str] | None
    allowed_tools: Sequence[str] | MCPToolFilter | MCPToolFilterParam | None
    allowed_callers: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None
    require_approval: (
        MCPToolRequireApproval
        | MCPToolRequireApprovalParam
        | MCPToolRequireApprovalEnum
        | MCPToolRequireApprovalEnumLiteral
        | None
    )
    defer_loading: bool


from ..models.mcp_tool_filter import MCPToolFilter
from ..models.mcp_tool_headers import MCPToolHeaders
from ..models.mcp_tool_require_approval import MCPToolRequireApproval

table_of(
    MCPTool,
    field("type", const("mcp"), required=True),
    field("server_label", STRING, required=True),
    field("server_url", STRING),
    field("connector_id", enum_of(MCPToolConnectorId)),
    field("tunnel_id", STRING),
    field("authorization", STRING),
    field("server_description", STRING),
    field("headers", model_of(MCPToolHeaders), nullable=True),
    field("allowed_tools", union_of(None, {}, shapes=(MCPToolFilter,), others=(list_of(STRING),)), nullable=True),
    field("allowed_callers", list_of(enum_of(CallableToolAllowedCaller)), nullable=True),
    field(
        "require_approval",
        union_of(None, {}, shapes=(MCPToolRequireApproval,), others=(enum_of(MCPToolRequireApprovalEnum),)),
        nullable=True,
    ),
    field("defer_loading", BOOLEAN),
    extra=ANY,
)
