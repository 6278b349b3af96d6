from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    enum_of,
    field,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.mcp_tool_call_status import MCPToolCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_error import HTTPErrorParam
    from ..models.mcp_protocol_error import MCPProtocolErrorParam
    from ..models.mcp_tool_call_status import MCPToolCallStatusLiteral
    from ..models.mcp_tool_execution_error import MCPToolExecutionErrorParam


def _convert_error(
    value: MCPProtocolError
    | MCPProtocolErrorParam
    | MCPToolExecutionError
    | MCPToolExecutionErrorParam
    | HTTPError
    | HTTPErrorParam
    | UnknownMCPToolCallError
    | None
    | Unset,
) -> HTTPError | MCPProtocolError | MCPToolExecutionError | None | UnknownMCPToolCallError | Unset:
    return MCPToolCall.__table__.convert("error", value)  # type: ignore[no-any-return]


def _convert_status(value: MCPToolCallStatus | MCPToolCallStatusLiteral | Unset) -> MCPToolCallStatus | Unset:
    return MCPToolCall.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPToolCall(ExtraFields["Any"]):
    """MCPToolCall

    Attributes:
        type (Literal['mcp_call'])
        id (str)
        server_label (str)
        name (str)
        arguments (str)
        output (None | str | Unset)
        error (HTTPError | MCPProtocolError | MCPToolExecutionError | None | UnknownMCPToolCallError | Unset)
        status (MCPToolCallStatus | Unset)
        approval_request_id (None | str | Unset)
    """

    id: str
    server_label: str
    name: str
    arguments: str
    type: Literal["mcp_call"] = "mcp_call"
    output: None | str | Unset = UNSET
    error: HTTPError | MCPProtocolError | MCPToolExecutionError | None | UnknownMCPToolCallError | Unset = _attrs_field(
        default=UNSET, converter=_convert_error
    )
    status: MCPToolCallStatus | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    approval_request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp_call"]]("type")


class MCPToolCallParam(TypedDict, total=False):
    """The dict form of MCPToolCall: what a request takes in its place (checked before sending)."""

    type: Required[Literal["mcp_call"]]
    id: Required[str]
    server_label: Required[str]
    name: Required[str]
    arguments: Required[str]
    output: str | None
    error: (
        MCPProtocolError
        | MCPProtocolErrorParam
        | MCPToolExecutionError
        | MCPToolExecutionErrorParam
        | HTTPError
        | HTTPErrorParam
        | UnknownMCPToolCallError
        | None
    )
    status: MCPToolCallStatus | MCPToolCallStatusLiteral
    approval_request_id: str | None


from ..models.http_error import HTTPError
from ..models.mcp_protocol_error import MCPProtocolError
from ..models.mcp_tool_execution_error import MCPToolExecutionError
from ..models.unknown_mcp_tool_call_error import UnknownMCPToolCallError

table_of(
    MCPToolCall,
    field("type", const("mcp_call"), required=True),
    field("id", STRING, required=True),
    field("server_label", STRING, required=True),
    field("name", STRING, required=True),
    field("arguments", STRING, required=True),
    field("output", STRING, nullable=True),
    field(
        "error",
        union_of(
            "type",
            {
                "mcp_protocol_error": MCPProtocolError,
                "mcp_tool_execution_error": MCPToolExecutionError,
                "http_error": HTTPError,
            },
            fallback=UnknownMCPToolCallError,
        ),
        nullable=True,
    ),
    field("status", enum_of(MCPToolCallStatus)),
    field("approval_request_id", STRING, nullable=True),
    extra=ANY,
)
