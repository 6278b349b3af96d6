from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunSubmitToolApproval(ExtraFields["Any"]):
    """The tool calls waiting for approval.

    Attributes:
        tool_calls (list[RunToolCallMcpObject | RunToolCallObject | UnknownRunApprovalToolCall])
    """

    tool_calls: list[RunToolCallMcpObject | RunToolCallObject | UnknownRunApprovalToolCall]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_tool_call_mcp_object import RunToolCallMcpObject
from ..models.run_tool_call_object import RunToolCallObject
from ..models.unknown_run_approval_tool_call import UnknownRunApprovalToolCall

table_of(
    RunSubmitToolApproval,
    field(
        "tool_calls",
        list_of(
            union_of(
                "type",
                {"mcp": RunToolCallMcpObject, "function": RunToolCallObject},
                fallback=UnknownRunApprovalToolCall,
            )
        ),
        required=True,
    ),
    extra=ANY,
)
