from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.message_role import MessageRole
from ..models.message_status import MessageStatus
from ..types import UNSET, Unset


def _parse_role(data: Any, strict: bool) -> MessageRole:
    return MessageRole.known(data) or MessageRole.from_value(data)


def _parse_content_item(
    data: Any, strict: bool
) -> (
    MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageContentRefusalObject
    | MessageContentTextObject
    | UnknownMessageContent
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "image_file":
            return MessageContentImageFileObject.from_dict(data, strict)
        if tag == "image_url":
            return MessageContentImageUrlObject.from_dict(data, strict)
        if tag == "text":
            return MessageContentTextObject.from_dict(data, strict)
        if tag == "refusal":
            return MessageContentRefusalObject.from_dict(data, strict)
        return UnknownMessageContent.from_dict(data, strict)
    if isinstance(
        data,
        (
            MessageContentImageFileObject,
            MessageContentImageUrlObject,
            MessageContentTextObject,
            MessageContentRefusalObject,
            UnknownMessageContent,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_content_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_content_item(value: Any) -> Any:
    if isinstance(
        value,
        (
            MessageContentImageFileObject,
            MessageContentImageUrlObject,
            MessageContentTextObject,
            MessageContentRefusalObject,
            UnknownMessageContent,
        ),
    ):
        return value.to_dict()
    return value


def _parse_content(
    data: Any, strict: bool
) -> list[
    MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageContentRefusalObject
    | MessageContentTextObject
    | UnknownMessageContent
]:
    listed = data if type(data) is list else as_list(data)
    items: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageContentRefusalObject
        | MessageContentTextObject
        | UnknownMessageContent
    ] = []
    try:
        for item in listed:
            items.append(_parse_content_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_content(value: Any) -> Any:
    return [_dump_content_item(item) for item in value]


def _parse_attachments_type_0(data: Any, strict: bool) -> list[MessageObjectAttachment]:
    listed = data if type(data) is list else as_list(data)
    items: list[MessageObjectAttachment] = []
    try:
        for item in listed:
            items.append(
                item if isinstance(item, MessageObjectAttachment) else MessageObjectAttachment.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_attachments_type_0(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _parse_attachments(data: Any, strict: bool) -> list[MessageObjectAttachment] | None:
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_attachments_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_attachments(value: Any) -> Any:
    if isinstance(value, list):
        return [item.to_dict() for item in value]
    return value


def _parse_metadata(data: Any, strict: bool) -> Metadata | None:
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


def _parse_status(data: Any, strict: bool) -> MessageStatus | Unset:
    if data is UNSET:
        return Unset.UNSET
    return MessageStatus.known(data) or MessageStatus.from_value(data)


def _parse_incomplete_details(data: Any, strict: bool) -> MessageIncompleteDetails | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return MessageIncompleteDetails.from_dict(data, strict)
    if isinstance(data, MessageIncompleteDetails):
        return data
    if isinstance(data, Mapping):
        return _parse_incomplete_details(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_incomplete_details(value: Any) -> Any:
    if isinstance(value, MessageIncompleteDetails):
        return value.to_dict()
    return value


_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("object", "object_", (str,), required=True, const="thread.message"),
    FieldSpec("created_at", "created_at", (int,), required=True),
    FieldSpec("thread_id", "thread_id", (str,), required=True),
    FieldSpec("role", "role", (str,), required=True, read=_parse_role),
    FieldSpec("content", "content", (list,), required=True, read=_parse_content, dump=_dump_content),
    FieldSpec("assistant_id", "assistant_id", (str,), required=True, nullable=True),
    FieldSpec("run_id", "run_id", (str,), required=True, nullable=True),
    FieldSpec(
        "attachments",
        "attachments",
        (list,),
        required=True,
        nullable=True,
        read=_parse_attachments,
        dump=_dump_attachments,
    ),
    FieldSpec("metadata", "metadata", (dict,), required=True, nullable=True, read=_parse_metadata, dump=_dump_metadata),
    FieldSpec("status", "status", (str,), read=_parse_status),
    FieldSpec(
        "incomplete_details",
        "incomplete_details",
        (dict,),
        nullable=True,
        read=_parse_incomplete_details,
        dump=_dump_incomplete_details,
    ),
    FieldSpec("completed_at", "completed_at", (int,), nullable=True),
    FieldSpec("incomplete_at", "incomplete_at", (int,), nullable=True),
)
_KNOWN = frozenset(
    {
        "id",
        "object",
        "created_at",
        "thread_id",
        "role",
        "content",
        "assistant_id",
        "run_id",
        "attachments",
        "metadata",
        "status",
        "incomplete_details",
        "completed_at",
        "incomplete_at",
    }
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageObject(ExtraFields[Any]):
    """A message in a thread, written by the user or by the assistant during a run.

    Attributes:
        id (str): The identifier.
        object_ (Literal['thread.message']): The object type: always `thread.message`.
        created_at (int): When it was created, in Unix seconds.
        thread_id (str): The thread it belongs to.
        role (MessageRole): Who wrote the message.
        content (list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageContentRefusalObject |
            MessageContentTextObject | UnknownMessageContent]): The parts, in order.
        assistant_id (None | str): The assistant that wrote it; `null` for a user's message.
        run_id (None | str): The run that wrote it; `null` for a user's message.
        attachments (list[MessageObjectAttachment] | None): Files attached to the message, and the tools that may read
            them.
        metadata (Metadata | None): Metadata, or `null`.
        status (MessageStatus | Unset): Whether the message is still being written, was cut short, or is complete.
        incomplete_details (MessageIncompleteDetails | None | Unset): Why it was cut short; `null` unless it was.
        completed_at (int | None | Unset): When it was completed, in Unix seconds; `null` until then.
        incomplete_at (int | None | Unset): When it was cut short, in Unix seconds; `null` unless it was.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
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
    object_: Literal["thread.message"] = "thread.message"
    status: MessageStatus | Unset = UNSET
    incomplete_details: MessageIncompleteDetails | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    incomplete_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "id": self.id,
                "object": self.object_,
                "created_at": self.created_at,
                "thread_id": self.thread_id,
                "role": self.role,
                "content": [_dump_content_item(item) for item in self.content],
                "assistant_id": self.assistant_id,
                "run_id": self.run_id,
                "attachments": _dump_attachments(self.attachments),
                "metadata": _dump_metadata(self.metadata),
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (status := self.status) is not UNSET:
            field_dict["status"] = status
        if (incomplete_details := self.incomplete_details) is not UNSET:
            field_dict["incomplete_details"] = _dump_incomplete_details(incomplete_details)
        if (completed_at := self.completed_at) is not UNSET:
            field_dict["completed_at"] = completed_at
        if (incomplete_at := self.incomplete_at) is not UNSET:
            field_dict["incomplete_at"] = incomplete_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageObject from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, None)
        obj = _new(cls)
        at = ""
        try:
            obj.id = d["id"]
            obj.object_ = d["object"]
            obj.created_at = d["created_at"]
            obj.thread_id = d["thread_id"]
            at = "role"
            value = d["role"]
            obj.role = MessageRole.known(value) or MessageRole.from_value(value)
            at = "content"
            obj.content = _parse_content(d["content"], strict)
            obj.assistant_id = d["assistant_id"]
            obj.run_id = d["run_id"]
            at = "attachments"
            value = d["attachments"]
            obj.attachments = None if value is None else _parse_attachments(value, strict)
            at = "metadata"
            value = d["metadata"]
            obj.metadata = None if value is None else _parse_metadata(value, strict)
            at = "status"
            value = d.get("status", UNSET)
            obj.status = value if value is UNSET else _parse_status(value, strict)
            at = "incomplete_details"
            value = d.get("incomplete_details", UNSET)
            obj.incomplete_details = None if value is None else _parse_incomplete_details(value, strict)
            obj.completed_at = d.get("completed_at", UNSET)
            obj.incomplete_at = d.get("incomplete_at", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            10
            + (obj.status is not UNSET)
            + (obj.incomplete_details is not UNSET)
            + (obj.completed_at is not UNSET)
            + (obj.incomplete_at is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.message_content_image_file_object import MessageContentImageFileObject
from ..models.message_content_image_url_object import MessageContentImageUrlObject
from ..models.message_content_refusal_object import MessageContentRefusalObject
from ..models.message_content_text_object import MessageContentTextObject
from ..models.message_incomplete_details import MessageIncompleteDetails
from ..models.message_object_attachment import MessageObjectAttachment
from ..models.metadata import Metadata
from ..models.unknown_message_content import UnknownMessageContent
