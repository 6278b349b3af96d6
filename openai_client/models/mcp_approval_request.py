from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPApprovalRequest(ExtraFields["Any"]):
    """MCPApprovalRequest

    Attributes:
        type (Literal['mcp_approval_request'])
        id (str)
        server_label (str)
        name (str)
        arguments (str)
    """

    id: str
    server_label: str
    name: str
    arguments: str
    type: Literal["mcp_approval_request"] = "mcp_approval_request"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp_approval_request"]]("type")


class MCPApprovalRequestParam(TypedDict, total=False):
    """The dict form of MCPApprovalRequest: what a request takes in its place (checked before sending)."""

    type: Required[Literal["mcp_approval_request"]]
    id: Required[str]
    server_label: Required[str]
    name: Required[str]
    arguments: Required[str]


table_of(
    MCPApprovalRequest,
    field("type", const("mcp_approval_request"), required=True),
    field("id", STRING, required=True),
    field("server_label", STRING, required=True),
    field("name", STRING, required=True),
    field("arguments", STRING, required=True),
    extra=ANY,
)
