from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPProtocolError(ExtraFields["Any"]):
    """MCPProtocolError

    Attributes:
        type (Literal['mcp_protocol_error'])
        code (int)
        message (str)
    """

    code: int
    message: str
    type: Literal["mcp_protocol_error"] = "mcp_protocol_error"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp_protocol_error"]]("type")


class MCPProtocolErrorParam(TypedDict, total=False):
    """The dict form of MCPProtocolError: what a request takes in its place (checked before sending)."""

    type: Required[Literal["mcp_protocol_error"]]
    code: Required[int]
    message: Required[str]


table_of(
    MCPProtocolError,
    field("type", const("mcp_protocol_error"), required=True),
    field("code", INTEGER, required=True),
    field("message", STRING, required=True),
    extra=ANY,
)
