from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    list_of,
    table_of,
)
from .._model import ExtraFields


def _convert_tool_names(value: Sequence[str]) -> list[str]:
    return MCPToolList.__table__.convert("tool_names", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPToolList(ExtraFields["Any"]):
    """Names of an MCP server's tools.

    Attributes:
        tool_names (list[str]): The names.
    """

    tool_names: list[str] = _attrs_field(converter=_convert_tool_names)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class MCPToolListParam(TypedDict, total=False):
    """The dict form of MCPToolList: what a request takes in its place (checked before sending)."""

    tool_names: Required[Sequence[str]]


table_of(
    MCPToolList,
    field("tool_names", list_of(STRING), required=True),
    extra=ANY,
)
