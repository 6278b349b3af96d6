from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class UnknownStreamEvent(ExtraFields["Any"]):
    """A stream event whose name this client does not know yet. Its name and its data, decoded from JSON, are kept as sent;
    the stream goes on.

    Attributes:
        event (str): The event name, as sent.
        data (Any): The event's data, decoded from JSON, as sent.
    """

    event: str
    data: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    UnknownStreamEvent,
    field("event", STRING, required=True),
    field("data", ANY, required=True),
    extra=ANY,
)
