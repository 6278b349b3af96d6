from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls, missing_keys
from ..errors import InvalidPayloadError
from ..models.message_role import MessageRole
from ..models.message_status import MessageStatus

_FIELDS = (
    FieldSpec("id", (str,), required=True),
    FieldSpec("object", (str,), required=True, const="thread.message"),
    FieldSpec("created_at", (int,), required=True),
    FieldSpec("thread_id", (str,), required=True),
    FieldSpec("status", (str,), required=True),
    FieldSpec("incomplete_details", (dict,), required=True, nullable=True),
    FieldSpec("completed_at", (int,), required=True, nullable=True),
    FieldSpec("incomplete_at", (int,), required=True, nullable=True),
    FieldSpec("role", (str,), required=True),
    FieldSpec("content", (list,), required=True),
    FieldSpec("assistant_id", (str,), required=True, nullable=True),
    FieldSpec("run_id", (str,), required=True, nullable=True),
    FieldSpec("attachments", (list,), required=True, nullable=True),
    FieldSpec("metadata", (dict,), required=True, nullable=True),
)
_ABSENT_IF_NULL = frozenset(
    {"incomplete_details", "completed_at", "incomplete_at", "assistant_id", "run_id", "attachments", "metadata"}
)


def _dump_incomplete_details(value: MessageIncompleteDetails | None) -> Any:
    if isinstance(value, MessageIncompleteDetails):
        return value.to_dict()
    return value


def _parse_incomplete_details(data: Any, strict: bool) -> MessageIncompleteDetails | None:
    if data is None:
        return None
    if type(data) is dict:
        return MessageIncompleteDetails.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_content_item(
    value: MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageContentRefusalObject
    | MessageContentTextObject
    | UnknownMessageContent,
) -> Any:
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
    raise TypeError(f"expected object, got {type(data).__name__}")


def _parse_content(
    data: Any, strict: bool
) -> list[
    MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageContentRefusalObject
    | MessageContentTextObject
    | UnknownMessageContent
]:
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[
        MessageContentImageFileObject
        | MessageContentImageUrlObject
        | MessageContentRefusalObject
        | MessageContentTextObject
        | UnknownMessageContent
    ] = []
    try:
        for item in data:
            items.append(_parse_content_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _parse_attachments_type_0(data: Any, strict: bool) -> list[MessageObjectAttachment]:
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[MessageObjectAttachment] = []
    try:
        for item in data:
            items.append(MessageObjectAttachment.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_attachments(value: list[MessageObjectAttachment] | None) -> Any:
    if isinstance(value, list):
        return [item.to_dict() for item in value]
    return value


def _parse_attachments(data: Any, strict: bool) -> list[MessageObjectAttachment] | None:
    if data is None:
        return None
    if type(data) is list:
        return _parse_attachments_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_metadata(value: Metadata | None) -> Any:
    if isinstance(value, Metadata):
        return value.to_dict()
    return value


def _parse_metadata(data: Any, strict: bool) -> Metadata | None:
    if data is None:
        return None
    if type(data) is dict:
        return Metadata.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


@_attrs_define
class MessageObject(ExtraFields[Any]):
    """A message in a thread, written by the user or by the assistant during a run.

    Attributes:
        id (str): The identifier.
        object_ (Literal['thread.message']): The object type: always `thread.message`.
        created_at (int): When it was created, in Unix seconds.
        thread_id (str): The thread it belongs to.
        status (MessageStatus): Whether the message is still being written, was cut short, or is complete.
        incomplete_details (MessageIncompleteDetails | None): Why it was cut short; `null` unless it was.
        completed_at (int | None): When it was completed, in Unix seconds; `null` until then.
        incomplete_at (int | None): When it was cut short, in Unix seconds; `null` unless it was.
        role (MessageRole): Who wrote the message.
        content (list[MessageContentImageFileObject | MessageContentImageUrlObject | MessageContentRefusalObject |
            MessageContentTextObject | UnknownMessageContent]): The parts, in order.
        assistant_id (None | str): The assistant that wrote it; `null` for a user's message.
        run_id (None | str): The run that wrote it; `null` for a user's message.
        attachments (list[MessageObjectAttachment] | None): Files attached to the message, and the tools that may read
            them.
        metadata (Metadata | None): Metadata, or `null`.
    """

    id: str
    created_at: int
    thread_id: str
    status: MessageStatus
    incomplete_details: MessageIncompleteDetails | None
    completed_at: int | None
    incomplete_at: int | None
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "object": self.object_,
            "created_at": self.created_at,
            "thread_id": self.thread_id,
            "status": self.status.value,
            "incomplete_details": _dump_incomplete_details(self.incomplete_details),
            "completed_at": self.completed_at,
            "incomplete_at": self.incomplete_at,
            "role": self.role.value,
            "content": [_dump_content_item(item) for item in self.content],
            "assistant_id": self.assistant_id,
            "run_id": self.run_id,
            "attachments": _dump_attachments(self.attachments),
            "metadata": _dump_metadata(self.metadata),
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageObject from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS, None)
        absent = () if d.keys() >= _ABSENT_IF_NULL else missing_keys(d, _ABSENT_IF_NULL)
        at = ""
        try:
            v_id = d.pop("id")
            v_object_ = d.pop("object")
            v_created_at = d.pop("created_at")
            v_thread_id = d.pop("thread_id")
            at = "status"
            v_status = MessageStatus.from_value(d.pop("status"))
            at = "incomplete_details"
            v_incomplete_details = d.pop("incomplete_details", None)
            if v_incomplete_details is not None:
                v_incomplete_details = _parse_incomplete_details(v_incomplete_details, strict)
            v_completed_at = d.pop("completed_at", None)
            v_incomplete_at = d.pop("incomplete_at", None)
            at = "role"
            v_role = MessageRole.from_value(d.pop("role"))
            at = "content"
            v_content = _parse_content(d.pop("content"), strict)
            v_assistant_id = d.pop("assistant_id", None)
            v_run_id = d.pop("run_id", None)
            at = "attachments"
            v_attachments = d.pop("attachments", None)
            if v_attachments is not None:
                v_attachments = _parse_attachments(v_attachments, strict)
            at = "metadata"
            v_metadata = d.pop("metadata", None)
            if v_metadata is not None:
                v_metadata = _parse_metadata(v_metadata, strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            id=v_id,
            object_=v_object_,
            created_at=v_created_at,
            thread_id=v_thread_id,
            status=v_status,
            incomplete_details=v_incomplete_details,
            completed_at=v_completed_at,
            incomplete_at=v_incomplete_at,
            role=v_role,
            content=v_content,
            assistant_id=v_assistant_id,
            run_id=v_run_id,
            attachments=v_attachments,
            metadata=v_metadata,
        )
        obj.additional_properties = d
        if absent:
            obj._absent = absent
        return obj


from ..models.message_content_image_file_object import MessageContentImageFileObject
from ..models.message_content_image_url_object import MessageContentImageUrlObject
from ..models.message_content_refusal_object import MessageContentRefusalObject
from ..models.message_content_text_object import MessageContentTextObject
from ..models.message_incomplete_details import MessageIncompleteDetails
from ..models.message_object_attachment import MessageObjectAttachment
from ..models.metadata import Metadata
from ..models.unknown_message_content import UnknownMessageContent
