from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    enum_of,
    field,
    list_of,
    model_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.message_role import MessageRole
from ..models.message_status import MessageStatus
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageObject(ExtraFields["Any"]):
    """A message in a thread, written by the user or by the assistant during a run.

    Attributes:
        id (str): The identifier.
        object (Literal['thread.message']): The object type: always `thread.message`.
        created_at (int): When it was created, in Unix seconds.
        thread_id (str): The thread it belongs to.
        role (MessageRole): Who wrote the message.
        content (list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageContentRefusalObject | MessageContentTextObject | UnknownMessageContent]): The parts, in order.
        assistant_id (None | str): The assistant that wrote it; `null` for a user's message.
        run_id (None | str): The run that wrote it; `null` for a user's message.
        attachments (list[MessageObjectAttachment] | None): Files attached to the message, and the tools that may read them.
        metadata (Metadata | None): Metadata, or `null`.
        status (MessageStatus | Unset): Whether the message is still being written, was cut short, or is complete.
        incomplete_details (MessageIncompleteDetails | None | Unset): Why it was cut short; `null` unless it was.
        completed_at (int | None | Unset): When it was completed, in Unix seconds; `null` until then.
        incomplete_at (int | None | Unset): When it was cut short, in Unix seconds; `null` unless it was.
    """

    id: str
    created_at: int
    thread_id: str
    role: MessageRole
    content: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageContentRefusalObject
        | MessageContentTextObject
        | UnknownMessageContent
    ]
    assistant_id: None | str
    run_id: None | str
    attachments: list[MessageObjectAttachment] | None
    metadata: Metadata | None
    object: Literal["thread.message"] = "thread.message"
    status: MessageStatus | Unset = UNSET
    incomplete_details: MessageIncompleteDetails | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    incomplete_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[Literal["thread.message"]]("object")


from ..models.message_content_image_file_object import MessageContentImageFileObject
from ..models.message_content_image_url_object import MessageContentImageUrlObject
from ..models.message_content_refusal_object import MessageContentRefusalObject
from ..models.message_content_text_object import MessageContentTextObject
from ..models.message_incomplete_details import MessageIncompleteDetails
from ..models.message_object_attachment import MessageObjectAttachment
from ..models.metadata import Metadata
from ..models.unknown_message_content import UnknownMessageContent

table_of(
    MessageObject,
    field("id", STRING, required=True),
    field("object", const("thread.message", fixes_kind=True), required=True),
    field("created_at", INTEGER, required=True),
    field("thread_id", STRING, required=True),
    field("role", enum_of(MessageRole), required=True),
    field(
        "content",
        list_of(
            union_of(
                "type",
                {
                    "image_file": MessageContentImageFileObject,
                    "image_url": MessageContentImageUrlObject,
                    "text": MessageContentTextObject,
                    "refusal": MessageContentRefusalObject,
                },
                fallback=UnknownMessageContent,
            )
        ),
        required=True,
    ),
    field("assistant_id", STRING, required=True, nullable=True),
    field("run_id", STRING, required=True, nullable=True),
    field("attachments", list_of(model_of(MessageObjectAttachment)), required=True, nullable=True),
    field("metadata", model_of(Metadata), required=True, nullable=True),
    field("status", enum_of(MessageStatus)),
    field("incomplete_details", model_of(MessageIncompleteDetails), nullable=True),
    field("completed_at", INTEGER, nullable=True),
    field("incomplete_at", INTEGER, nullable=True),
    extra=ANY,
)
