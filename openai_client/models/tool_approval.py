from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    BOOLEAN,
    STRING,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


def _convert_headers(value: ToolApprovalHeaders | Mapping[str, str] | Unset) -> ToolApprovalHeaders | Unset:
    return ToolApproval.__table__.convert("headers", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolApproval(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): the caller's answer to one tool call waiting for approval.

    Attributes:
        tool_call_id (str): The call's ID, from `required_action.submit_tool_approval.tool_calls`.
        approve (bool): Whether the call may go ahead.
        headers (ToolApprovalHeaders | Unset): Headers to send with the approved call (for example credentials for the MCP server).
    """

    tool_call_id: str
    approve: bool
    headers: ToolApprovalHeaders | Unset = _attrs_field(default=UNSET, converter=_convert_headers)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ToolApprovalParam(TypedDict, total=False):
    """The dict form of ToolApproval: what a request takes in its place (checked before sending)."""

    tool_call_id: Required[str]
    approve: Required[bool]
    headers: ToolApprovalHeaders | Mapping[str, str]


from ..models.tool_approval_headers import ToolApprovalHeaders

table_of(
    ToolApproval,
    field("tool_call_id", STRING, required=True),
    field("approve", BOOLEAN, required=True),
    field("headers", model_of(ToolApprovalHeaders)),
    extra=ANY,
)
