from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..errors import InvalidPayloadError
from ..models.create_message_role import CreateMessageRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMessageRequest")


def _parse_content(
    data: object,
) -> (
    list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageRequestContentTextObject
        | UnknownMessageContentPart
    ]
    | str
):
    if isinstance(data, list):
        try:
            _content_type_1 = data
            if not isinstance(_content_type_1, list):
                raise TypeError(f"expected an array, got {type(_content_type_1).__name__}")
            content_type_1 = []
            try:
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)
            except (TypeError, ValueError, AttributeError, KeyError) as _exc:
                raise InvalidPayloadError.wrap(_exc, f"[{len(content_type_1)}]") from _exc

            return content_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(
        list[
            MessageContentImageFileObject
            | MessageContentImageUrlObject
            | MessageRequestContentTextObject
            | UnknownMessageContentPart
        ]
        | str,
        data,
    )


def _parse_content_type_1_item(
    data: object,
) -> (
    MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageRequestContentTextObject
    | UnknownMessageContentPart
):
    if isinstance(data, dict):
        discriminator = data.get("type")
        if discriminator == "image_file":
            return MessageContentImageFileObject.from_dict(data)
        if discriminator == "image_url":
            return MessageContentImageUrlObject.from_dict(data)
        if discriminator == "text":
            return MessageRequestContentTextObject.from_dict(data)
    if not isinstance(data, dict):
        raise TypeError(
            f"expected MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject | UnknownMessageContentPart, got {type(data).__name__}"
        )
    componentsschemas_message_content_part_type_3 = UnknownMessageContentPart.from_dict(data)

    return componentsschemas_message_content_part_type_3


def _parse_attachments(data: object) -> list[MessageAttachment] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise TypeError(f"expected list[MessageAttachment] | None | Unset, got {type(data).__name__}")
    _attachments_type_0 = data
    if not isinstance(_attachments_type_0, list):
        raise TypeError(f"expected an array, got {type(_attachments_type_0).__name__}")
    attachments_type_0 = []
    try:
        for attachments_type_0_item_data in _attachments_type_0:
            attachments_type_0_item = MessageAttachment.from_dict(attachments_type_0_item_data)

            attachments_type_0.append(attachments_type_0_item)
    except (TypeError, ValueError, AttributeError, KeyError) as _exc:
        raise InvalidPayloadError.wrap(_exc, f"[{len(attachments_type_0)}]") from _exc

    return attachments_type_0


def _parse_metadata(data: object) -> Metadata | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected Metadata | None | Unset, got {type(data).__name__}")
    componentsschemas_nullable_metadata_type_0 = Metadata.from_dict(data)

    return componentsschemas_nullable_metadata_type_0


@_attrs_define
class CreateMessageRequest:
    """A message to add to a thread.

    Attributes:
        role (CreateMessageRole): Who the message is from.
        content (list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject |
            UnknownMessageContentPart] | str): The text, or a list of text and image parts.
        attachments (list[MessageAttachment] | None | Unset): Files attached to the message and the tools that read
            them.
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    role: CreateMessageRole
    content: (
        list[
            MessageContentImageFileObject
            | MessageContentImageUrlObject
            | MessageRequestContentTextObject
            | UnknownMessageContentPart
        ]
        | str
    )
    attachments: list[MessageAttachment] | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if (
                    isinstance(content_type_1_item_data, MessageContentImageFileObject)
                    or isinstance(content_type_1_item_data, MessageContentImageUrlObject)
                    or isinstance(content_type_1_item_data, MessageRequestContentTextObject)
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a CreateMessageRequest from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                role = CreateMessageRole.from_value(d.pop("role"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "role") from _exc

            try:
                content = _parse_content(d.pop("content"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "content") from _exc

            try:
                attachments = _parse_attachments(d.pop("attachments", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "attachments") from _exc

            try:
                metadata = _parse_metadata(d.pop("metadata", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "metadata") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        create_message_request = cls(
            role=role,
            content=content,
            attachments=attachments,
            metadata=metadata,
        )

        return create_message_request


from ..models.message_attachment import MessageAttachment
from ..models.message_content_image_file_object import MessageContentImageFileObject
from ..models.message_content_image_url_object import MessageContentImageUrlObject
from ..models.message_request_content_text_object import MessageRequestContentTextObject
from ..models.metadata import Metadata
from ..models.unknown_message_content_part import UnknownMessageContentPart
