from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    enum_of,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import ExtraFields
from ..models.message_role import MessageRole
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageDelta(ExtraFields["Any"]):
    """What changed in the message: new parts or more text for existing parts.

    Attributes:
        role (MessageRole | Unset): Who wrote the message.
        content (list[MessageDeltaContentImageFileObject | MessageDeltaContentImageUrlObject | MessageDeltaContentRefusalObject | MessageDeltaContentTextObject | UnknownMessageDeltaContent] | Unset): The parts, in order.
    """

    role: MessageRole | Unset = UNSET
    content: (
        list[
            MessageDeltaContentImageFileObject
            | MessageDeltaContentImageUrlObject
            | MessageDeltaContentRefusalObject
            | MessageDeltaContentTextObject
            | UnknownMessageDeltaContent
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.message_delta_content_image_file_object import MessageDeltaContentImageFileObject
from ..models.message_delta_content_image_url_object import MessageDeltaContentImageUrlObject
from ..models.message_delta_content_refusal_object import MessageDeltaContentRefusalObject
from ..models.message_delta_content_text_object import MessageDeltaContentTextObject
from ..models.unknown_message_delta_content import UnknownMessageDeltaContent

table_of(
    MessageDelta,
    field("role", enum_of(MessageRole)),
    field(
        "content",
        list_of(
            union_of(
                "type",
                {
                    "image_file": MessageDeltaContentImageFileObject,
                    "text": MessageDeltaContentTextObject,
                    "refusal": MessageDeltaContentRefusalObject,
                    "image_url": MessageDeltaContentImageUrlObject,
                },
                fallback=UnknownMessageDeltaContent,
            )
        ),
    ),
    extra=ANY,
)
