from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MCPApprovalResponseResource(ExtraFields["Any"]):
    """MCPApprovalResponseResource

    Attributes:
        type (Literal['mcp_approval_response'])
        id (str)
        approval_request_id (str)
        approve (bool)
        reason (None | str | Unset)
    """

    id: str
    approval_request_id: str
    approve: bool
    type: Literal["mcp_approval_response"] = "mcp_approval_response"
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp_approval_response"]]("type")


table_of(
    MCPApprovalResponseResource,
    field("type", const("mcp_approval_response"), required=True),
    field("id", STRING, required=True),
    field("approval_request_id", STRING, required=True),
    field("approve", BOOLEAN, required=True),
    field("reason", STRING, nullable=True),
    extra=ANY,
)
