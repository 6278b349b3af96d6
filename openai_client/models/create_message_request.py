from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    FieldSpec,
    Model,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.create_message_role import CreateMessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_message_role import CreateMessageRoleLiteral
    from ..models.message_attachment import MessageAttachmentParam
    from ..models.message_content_image_file_object import MessageContentImageFileObjectParam
    from ..models.message_content_image_url_object import MessageContentImageUrlObjectParam
    from ..models.message_request_content_text_object import MessageRequestContentTextObjectParam


def _parse_role(data: Any, strict: bool) -> CreateMessageRole:
    return CreateMessageRole.known(data) or CreateMessageRole.from_value(data)


def _convert_role(value: CreateMessageRole | CreateMessageRoleLiteral) -> CreateMessageRole:
    """`role` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_role(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "role") from exc


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
    if isinstance(
        data,
        (
            MessageContentImageFileObject,
            MessageContentImageUrlObject,
            MessageRequestContentTextObject,
            UnknownMessageContentPart,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_content_type_1_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_content_type_1_item(value: Any) -> Any:
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


def _parse_content_type_1(
    data: Any, strict: bool
) -> list[
    MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageRequestContentTextObject
    | UnknownMessageContentPart
]:
    listed = data if type(data) is list else as_list(data)
    items: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageRequestContentTextObject
        | UnknownMessageContentPart
    ] = []
    try:
        for item in listed:
            items.append(_parse_content_type_1_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_content_type_1(value: Any) -> Any:
    return [_dump_content_type_1_item(item) for item in value]


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
    if isinstance(data, str):
        return data
    if type(data) is list or isinstance(data, tuple):
        return _parse_content_type_1(data, strict)
    raise TypeError(f"expected string or array, got {type(data).__name__}")


def _dump_content(value: Any) -> Any:
    if isinstance(value, list):
        return [_dump_content_type_1_item(item) for item in value]
    return value


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
    """`content` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_content(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "content") from exc


def _parse_attachments_type_0(data: Any, strict: bool) -> list[MessageAttachment]:
    listed = data if type(data) is list else as_list(data)
    items: list[MessageAttachment] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, MessageAttachment) else MessageAttachment.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_attachments_type_0(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _parse_attachments(data: Any, strict: bool) -> list[MessageAttachment] | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_attachments_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_attachments(value: Any) -> Any:
    if isinstance(value, list):
        return [item.to_dict() for item in value]
    return value


def _convert_attachments(
    value: Sequence[MessageAttachment | MessageAttachmentParam] | None | Unset,
) -> list[MessageAttachment] | None | Unset:
    """`attachments` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_attachments(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "attachments") from exc


def _parse_metadata(data: Any, strict: bool) -> Metadata | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return Metadata.from_dict(data, strict)
    if isinstance(data, Metadata):
        return data
    if isinstance(data, Mapping):
        return _parse_metadata(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_metadata(value: Any) -> Any:
    if isinstance(value, Metadata):
        return value.to_dict()
    return value


def _convert_metadata(value: Metadata | Mapping[str, str] | None | Unset) -> Metadata | None | Unset:
    """`metadata` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_metadata(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "metadata") from exc


_FIELD_SPECS = (
    FieldSpec("role", "role", (str,), required=True, read=_parse_role),
    FieldSpec("content", "content", (str, list), required=True, read=_parse_content, dump=_dump_content),
    FieldSpec("attachments", "attachments", (list,), nullable=True, read=_parse_attachments, dump=_dump_attachments),
    FieldSpec("metadata", "metadata", (dict,), nullable=True, read=_parse_metadata, dump=_dump_metadata),
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CreateMessageRequest(Model):
    """A message to add to a thread.

    Attributes:
        role (CreateMessageRole): Who the message is from.
        content (list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageRequestContentTextObject |
            UnknownMessageContentPart] | str): The text, or a list of text and image parts.
        attachments (list[MessageAttachment] | None | Unset): Files attached to the message and the tools that read
            them.
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
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

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = {}
            field_dict["role"] = self.role
            at = "content"
            field_dict["content"] = as_request_json(self.content, _parse_content)
            at = "attachments"
            if (attachments := self.attachments) is not UNSET:
                field_dict["attachments"] = as_request_json(attachments, _parse_attachments)
            at = "metadata"
            if (metadata := self.metadata) is not UNSET:
                field_dict["metadata"] = as_request_json(metadata, _parse_metadata)
        except AttributeError:
            field_dict = dump_sent(self, None)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a CreateMessageRequest from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, closed=True)
        obj = _new(cls)
        at = ""
        try:
            at = "role"
            obj.role = _parse_role(d["role"], strict)
            at = "content"
            obj.content = _parse_content(d["content"], strict)
            at = "attachments"
            obj.attachments = _parse_attachments(d.get("attachments", UNSET), strict)
            at = "metadata"
            obj.metadata = _parse_metadata(d.get("metadata", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, False)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return obj


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
