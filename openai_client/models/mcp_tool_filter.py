from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    BOOLEAN,
    CLOSED,
    STRING,
    field,
    list_of,
    table_of,
)
from .._model import Model
from ..types import UNSET, Unset


def _convert_tool_names(value: Sequence[str] | Unset) -> list[str] | Unset:
    return MCPToolFilter.__table__.convert("tool_names", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPToolFilter(Model):
    """MCPToolFilter

    Attributes:
        tool_names (list[str] | Unset)
        read_only (bool | Unset)
    """

    tool_names: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_tool_names)
    read_only: bool | Unset = UNSET


class MCPToolFilterParam(TypedDict, total=False):
    """The dict form of MCPToolFilter: what a request takes in its place (checked before sending)."""

    tool_names: Sequence[str]
    read_only: bool


table_of(
    MCPToolFilter,
    field("tool_names", list_of(STRING)),
    field("read_only", BOOLEAN),
    extra=CLOSED,
)
