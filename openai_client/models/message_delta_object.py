from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageDeltaObject(ExtraFields["Any"]):
    """A piece of a message being written, sent while streaming.

    Attributes:
        id (str): The identifier.
        object (Literal['thread.message.delta']): The object type: always `thread.message.delta`.
        delta (MessageDelta): What changed in the message: new parts or more text for existing parts.
    """

    id: str
    delta: MessageDelta
    object: Literal["thread.message.delta"] = "thread.message.delta"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[Literal["thread.message.delta"]]("object")


from ..models.message_delta import MessageDelta

table_of(
    MessageDeltaObject,
    field("id", STRING, required=True),
    field("object", const("thread.message.delta", fixes_kind=True), required=True),
    field("delta", model_of(MessageDelta), required=True),
    extra=ANY,
)
