from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    list_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


def _convert_allowed_tools(value: Sequence[str] | None | Unset) -> list[str] | None | Unset:
    return AssistantToolsMcp.__table__.convert("allowed_tools", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsMcp(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): the tools of a Model Context Protocol server. Calls may need the caller's approval
    first (see `RunRequiredActionSubmitToolApproval`).

    Attributes:
        type (Literal['mcp']): Always `mcp`.
        server_label (str): A label for the server, unique among the agent's MCP tools.
        server_url (str): The server's endpoint.
        allowed_tools (list[str] | None | Unset): The server's tools the model may call (all when left out or `null`).
    """

    server_label: str
    server_url: str
    type: Literal["mcp"] = "mcp"
    allowed_tools: list[str] | None | Unset = _attrs_field(default=UNSET, converter=_convert_allowed_tools)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp"]]("type")


class AssistantToolsMcpParam(TypedDict, total=False):
    """The dict form of AssistantToolsMcp: what a request takes in its place (checked before sending)."""

    type: Required[Literal["mcp"]]
    server_label: Required[str]
    server_url: Required[str]
    allowed_tools: Sequence[str] | None


table_of(
    AssistantToolsMcp,
    field("type", const("mcp"), required=True),
    field("server_label", STRING, required=True),
    field("server_url", STRING, required=True),
    field("allowed_tools", list_of(STRING), nullable=True),
    extra=ANY,
)
