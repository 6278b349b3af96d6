from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_connection import ToolConnectionParam


def _convert_connections(value: Sequence[ToolConnection | ToolConnectionParam] | Unset) -> list[ToolConnection] | Unset:
    return ToolConnectionList.__table__.convert("connections", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolConnectionList(ExtraFields["Any"]):
    """The project connection a Fabric or SharePoint tool goes through.

    Attributes:
        connections (list[ToolConnection] | Unset): At most one connection.
    """

    connections: list[ToolConnection] | Unset = _attrs_field(default=UNSET, converter=_convert_connections)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ToolConnectionListParam(TypedDict, total=False):
    """The dict form of ToolConnectionList: what a request takes in its place (checked before sending)."""

    connections: Sequence[ToolConnection | ToolConnectionParam]


from ..models.tool_connection import ToolConnection

table_of(
    ToolConnectionList,
    field("connections", list_of(model_of(ToolConnection))),
    extra=ANY,
)
