from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunToolCallMcpObject(ExtraFields["Any"]):
    """A call of a tool of an MCP server, waiting for approval.

    Attributes:
        id (str): Call ID; send it back as `tool_call_id` with the approval.
        type (Literal['mcp']): Always `mcp`.
        name (str): The MCP tool to call.
        arguments (str): Arguments as the model wrote them, a JSON text.
        server_label (str): The server's label.
    """

    id: str
    name: str
    arguments: str
    server_label: str
    type: Literal["mcp"] = "mcp"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp"]]("type")


table_of(
    RunToolCallMcpObject,
    field("id", STRING, required=True),
    field("type", const("mcp"), required=True),
    field("name", STRING, required=True),
    field("arguments", STRING, required=True),
    field("server_label", STRING, required=True),
    extra=ANY,
)
