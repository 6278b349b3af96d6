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
class ThreadMessageDelta(ExtraFields["Any"]):
    """`thread.message.delta`: sent with each piece of a message as it is written.

    Attributes:
        event (Literal['thread.message.delta']): The event name: always `thread.message.delta`.
        data (MessageDeltaObject): A piece of a message being written, sent while streaming.
    """

    data: MessageDeltaObject
    event: Literal["thread.message.delta"] = "thread.message.delta"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.message_delta_object import MessageDeltaObject

table_of(
    ThreadMessageDelta,
    field("event", const("thread.message.delta"), required=True),
    field("data", model_of(MessageDeltaObject), required=True),
    extra=ANY,
)
