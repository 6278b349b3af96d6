from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ThreadMessageIncomplete(ExtraFields["Any"]):
    """`thread.message.incomplete`: sent when a message moves to `incomplete`.

    Attributes:
        event (Literal['thread.message.incomplete']): The event name: always `thread.message.incomplete`.
        data (MessageObject): A message in a thread, written by the user or by the assistant during a run.
    """

    data: MessageObject
    event: Literal["thread.message.incomplete"] = "thread.message.incomplete"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.message_object import MessageObject

table_of(
    ThreadMessageIncomplete,
    field("event", const("thread.message.incomplete"), required=True),
    field("data", model_of(MessageObject), required=True),
    extra=ANY,
)
