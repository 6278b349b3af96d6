from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageDeltaContentTextObject(ExtraFields["Any"]):
    """More text (and annotations) for a text part.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type (Literal['text']): Always `text`.
        text (MessageDeltaContentText | Unset): The text added, and annotations for it.
    """

    index: int
    type: Literal["text"] = "text"
    text: MessageDeltaContentText | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["text"]]("type")


from ..models.message_delta_content_text import MessageDeltaContentText

table_of(
    MessageDeltaContentTextObject,
    field("index", INTEGER, required=True),
    field("type", const("text"), required=True),
    field("text", model_of(MessageDeltaContentText)),
    extra=ANY,
)
