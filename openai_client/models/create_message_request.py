from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    CLOSED,
    STRING,
    enum_of,
    field,
    list_of,
    model_of,
    table_of,
    union_of,
)
from .._model import Model
from ..models.create_message_role import CreateMessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_message_role import CreateMessageRoleLiteral
    from ..models.message_attachment import MessageAttachmentParam
    from ..models.message_content_image_file_object import MessageContentImageFileObjectParam
    from ..models.message_content_image_url_object import MessageContentImageUrlObjectParam
    from ..models.message_request_content_text_object import MessageRequestContentTextObjectParam


def _convert_role(value: CreateMessageRole | CreateMessageRoleLiteral) -> CreateMessageRole:
    return CreateMessageRequest.__table__.convert("role", value)  # type: ignore[no-any-return]


def _convert_content(
    value: str
    | Sequence[
        MessageContentImageFileObject
        | MessageContentImageFileObjectParam
        | MessageContentImageUrlObject
        | MessageContentImageUrlObjectParam
        | MessageRequestContentTextObject
        | MessageRequestContentTextObjectParam
        | UnknownMessageContentPart
    ],
) -> (
    list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageRequestContentTextObject
        | UnknownMessageContentPart
    ]
    | str
):
    return CreateMessageRequest.__table__.convert("content", value)  # type: ignore[no-any-return]


def _convert_attachments(
    value: Sequence[MessageAttachment | MessageAttachmentParam] | None | Unset,
) -> list[MessageAttachment] | None | Unset:
    return CreateMessageRequest.__table__.convert("attachments", value)  # type: ignore[no-any-return]


def _convert_metadata(value: Metadata | Mapping[str, str] | None | Unset) -> Metadata | None | Unset:
    return CreateMessageRequest.__table__.convert("metadata", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CreateMessageRequest(Model):
    """A message to add to a thread.

    Attributes:
        role (CreateMessageRole): Who the message is from.
        content (list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject | UnknownMessageContentPart] | str): The text, or a list of text and image parts.
        attachments (list[MessageAttachment] | None | Unset): Files attached to the message and the tools that read them.
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    role: CreateMessageRole = _attrs_field(converter=_convert_role)
    content: (
        list[
            MessageContentImageFileObject
            | MessageContentImageUrlObject
            | MessageRequestContentTextObject
            | UnknownMessageContentPart
        ]
        | str
    ) = _attrs_field(converter=_convert_content)
    attachments: list[MessageAttachment] | None | Unset = _attrs_field(default=UNSET, converter=_convert_attachments)
    metadata: Metadata | None | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)


class CreateMessageRequestParam(TypedDict, total=False):
    """The dict form of CreateMessageRequest: what a request takes in its place (checked before sending)."""

    role: Required[CreateMessageRole | CreateMessageRoleLiteral]
    content: Required[
        str
        | Sequence[
            MessageContentImageFileObject
            | MessageContentImageFileObjectParam
            | MessageContentImageUrlObject
            | MessageContentImageUrlObjectParam
            | MessageRequestContentTextObject
            | MessageRequestContentTextObjectParam
            | UnknownMessageContentPart
        ]
    ]
    attachments: Sequence[MessageAttachment | MessageAttachmentParam] | None
    metadata: Metadata | Mapping[str, str] | None


from ..models.message_attachment import MessageAttachment
from ..models.message_content_image_file_object import MessageContentImageFileObject
from ..models.message_content_image_url_object import MessageContentImageUrlObject
from ..models.message_request_content_text_object import MessageRequestContentTextObject
from ..models.metadata import Metadata
from ..models.unknown_message_content_part import UnknownMessageContentPart

table_of(
    CreateMessageRequest,
    field("role", enum_of(CreateMessageRole), required=True),
    field(
        "content",
        union_of(
            None,
            {},
            others=(
                STRING,
                list_of(
                    union_of(
                        "type",
                        {
                            "image_file": MessageContentImageFileObject,
                            "image_url": MessageContentImageUrlObject,
                            "text": MessageRequestContentTextObject,
                        },
                        fallback=UnknownMessageContentPart,
                    )
                ),
            ),
        ),
        required=True,
    ),
    field("attachments", list_of(model_of(MessageAttachment)), nullable=True),
    field("metadata", model_of(Metadata), nullable=True),
    extra=CLOSED,
)
