from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolConnection(ExtraFields["Any"]):
    """One project connection.

    Attributes:
        connection_id (str): The connection's ID.
    """

    connection_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ToolConnectionParam(TypedDict, total=False):
    """The dict form of ToolConnection: what a request takes in its place (checked before sending)."""

    connection_id: Required[str]


table_of(
    ToolConnection,
    field("connection_id", STRING, required=True),
    extra=ANY,
)
