from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    BOOLEAN,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPApprovalResponse(ExtraFields["Any"]):
    """MCPApprovalResponse

    Attributes:
        type (Literal['mcp_approval_response'])
        approval_request_id (str)
        approve (bool)
        id (None | str | Unset)
        reason (None | str | Unset)
    """

    approval_request_id: str
    approve: bool
    type: Literal["mcp_approval_response"] = "mcp_approval_response"
    id: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp_approval_response"]]("type")


class MCPApprovalResponseParam(TypedDict, total=False):
    """The dict form of MCPApprovalResponse: what a request takes in its place (checked before sending)."""

    type: Required[Literal["mcp_approval_response"]]
    approval_request_id: Required[str]
    approve: Required[bool]
    id: str | None
    reason: str | None


table_of(
    MCPApprovalResponse,
    field("type", const("mcp_approval_response"), required=True),
    field("approval_request_id", STRING, required=True),
    field("approve", BOOLEAN, required=True),
    field("id", STRING, nullable=True),
    field("reason", STRING, nullable=True),
    extra=ANY,
)
