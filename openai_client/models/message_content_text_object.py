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
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageContentTextObject(ExtraFields["Any"]):
    """A text part of a message.

    Attributes:
        type (Literal['text']): Always `text`.
        text (MessageContentText): The text and the annotations that point into it.
    """

    text: MessageContentText
    type: Literal["text"] = "text"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["text"]]("type")


from ..models.message_content_text import MessageContentText

table_of(
    MessageContentTextObject,
    field("type", const("text"), required=True),
    field("text", model_of(MessageContentText), required=True),
    extra=ANY,
)
