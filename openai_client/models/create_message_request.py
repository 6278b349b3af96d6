from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..models.create_message_role import CreateMessageRole
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("role", (str,), required=True),
    FieldSpec("content", (str, list), required=True),
    FieldSpec("attachments", (list,), nullable=True),
    FieldSpec("metadata", (dict,), nullable=True),
)


def _dump_content_type_1_item(
    value: MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageRequestContentTextObject
    | UnknownMessageContentPart,
) -> Any:
    if isinstance(
        value,
        (
            MessageContentImageFileObject,
            MessageContentImageUrlObject,
            MessageRequestContentTextObject,
            UnknownMessageContentPart,
        ),
    ):
        return value.to_dict()
    return value


def _parse_content_type_1_item(
    data: Any, strict: bool
) -> (
    MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageRequestContentTextObject
    | UnknownMessageContentPart
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "image_file":
            return MessageContentImageFileObject.from_dict(data, strict)
        if tag == "image_url":
            return MessageContentImageUrlObject.from_dict(data, strict)
        if tag == "text":
            return MessageRequestContentTextObject.from_dict(data, strict)
        return UnknownMessageContentPart.from_dict(data, strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _parse_content_type_1(
    data: Any, strict: bool
) -> list[
    MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageRequestContentTextObject
    | UnknownMessageContentPart
]:
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageRequestContentTextObject
        | UnknownMessageContentPart
    ] = []
    try:
        for item in data:
            items.append(_parse_content_type_1_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_content(
    value: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageRequestContentTextObject
        | UnknownMessageContentPart
    ]
    | str,
) -> Any:
    if isinstance(value, list):
        return [_dump_content_type_1_item(item) for item in value]
    return value


def _parse_content(
    data: Any, strict: bool
) -> (
    list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageRequestContentTextObject
        | UnknownMessageContentPart
    ]
    | str
):
    if type(data) is str:
        return data
    if type(data) is list:
        return _parse_content_type_1(data, strict)
    raise TypeError(f"expected string or array, got {type(data).__name__}")


def _parse_attachments_type_0(data: Any, strict: bool) -> list[MessageAttachment]:
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[MessageAttachment] = []
    try:
        for item in data:
            items.append(MessageAttachment.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_attachments(value: list[MessageAttachment] | None) -> Any:
    if isinstance(value, list):
        return [item.to_dict() for item in value]
    return value


def _parse_attachments(data: Any, strict: bool) -> list[MessageAttachment] | None | Unset:
    if isinstance(data, Unset):
        return data
    if data is None:
        return None
    if type(data) is list:
        return _parse_attachments_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_metadata(value: Metadata | None) -> Any:
    if isinstance(value, Metadata):
        return value.to_dict()
    return value


def _parse_metadata(data: Any, strict: bool) -> Metadata | None | Unset:
    if isinstance(data, Unset):
        return data
    if data is None:
        return None
    if type(data) is dict:
        return Metadata.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


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
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            "role": self.role.value,
            "content": _dump_content(self.content),
        }
        if not isinstance(attachments := self.attachments, Unset):
            field_dict["attachments"] = _dump_attachments(attachments)
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = _dump_metadata(metadata)
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a CreateMessageRequest from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS)
        at = ""
        try:
            at = "role"
            v_role = CreateMessageRole.from_value(d.pop("role"))
            at = "content"
            v_content = _parse_content(d.pop("content"), strict)
            at = "attachments"
            v_attachments = _parse_attachments(d.pop("attachments", UNSET), strict)
            at = "metadata"
            v_metadata = _parse_metadata(d.pop("metadata", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            role=v_role,
            content=v_content,
            attachments=v_attachments,
            metadata=v_metadata,
        )
        return obj


from ..models.message_attachment import MessageAttachment
from ..models.message_content_image_file_object import MessageContentImageFileObject
from ..models.message_content_image_url_object import MessageContentImageUrlObject
from ..models.message_request_content_text_object import MessageRequestContentTextObject
from ..models.metadata import Metadata
from ..models.unknown_message_content_part import UnknownMessageContentPart
