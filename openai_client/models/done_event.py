from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DoneEvent(ExtraFields["Any"]):
    """The stream is over; `data` is the literal `[DONE]`.

    Attributes:
        event (Literal['done']): The event name: always `done`.
        data (Literal['[DONE]']): Always `[DONE]`.
    """

    event: Literal["done"] = "done"
    data: Literal["[DONE]"] = "[DONE]"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    DoneEvent,
    field("event", const("done"), required=True),
    field("data", const("[DONE]"), required=True),
    extra=ANY,
)
