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
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsMcpObject(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): a call of a tool of an MCP server.

    Attributes:
        id (str): Call ID.
        type (Literal['mcp']): Always `mcp`.
        arguments (str): Arguments, a JSON text.
        name (str): The MCP tool called.
        output (str): What it answered.
        server_label (str | Unset): The server's label.
    """

    id: str
    arguments: str
    name: str
    output: str
    type: Literal["mcp"] = "mcp"
    server_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp"]]("type")


table_of(
    RunStepDetailsToolCallsMcpObject,
    field("id", STRING, required=True),
    field("type", const("mcp"), required=True),
    field("arguments", STRING, required=True),
    field("name", STRING, required=True),
    field("output", STRING, required=True),
    field("server_label", STRING),
    extra=ANY,
)
