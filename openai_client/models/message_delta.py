from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..models.message_role import MessageRole
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("role", (str,)),
    FieldSpec("content", (list,)),
)


def _parse_role(data: Any, strict: bool) -> MessageRole | Unset:
    if isinstance(data, Unset):
        return data
    return MessageRole.from_value(data)


def _dump_content_item(
    value: MessageDeltaContentImageFileObject
    | MessageDeltaContentImageUrlObject
    | MessageDeltaContentRefusalObject
    | MessageDeltaContentTextObject
    | UnknownMessageDeltaContent,
) -> Any:
    if isinstance(
        value,
        (
            MessageDeltaContentImageFileObject,
            MessageDeltaContentTextObject,
            MessageDeltaContentRefusalObject,
            MessageDeltaContentImageUrlObject,
            UnknownMessageDeltaContent,
        ),
    ):
        return value.to_dict()
    return value


def _parse_content_item(
    data: Any, strict: bool
) -> (
    MessageDeltaContentImageFileObject
    | MessageDeltaContentImageUrlObject
    | MessageDeltaContentRefusalObject
    | MessageDeltaContentTextObject
    | UnknownMessageDeltaContent
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "image_file":
            return MessageDeltaContentImageFileObject.from_dict(data, strict)
        if tag == "text":
            return MessageDeltaContentTextObject.from_dict(data, strict)
        if tag == "refusal":
            return MessageDeltaContentRefusalObject.from_dict(data, strict)
        if tag == "image_url":
            return MessageDeltaContentImageUrlObject.from_dict(data, strict)
        return UnknownMessageDeltaContent.from_dict(data, strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _parse_content(
    data: Any, strict: bool
) -> (
    list[
        MessageDeltaContentImageFileObject
        | MessageDeltaContentImageUrlObject
        | MessageDeltaContentRefusalObject
        | MessageDeltaContentTextObject
        | UnknownMessageDeltaContent
    ]
    | Unset
):
    if isinstance(data, Unset):
        return data
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[
        MessageDeltaContentImageFileObject
        | MessageDeltaContentImageUrlObject
        | MessageDeltaContentRefusalObject
        | MessageDeltaContentTextObject
        | UnknownMessageDeltaContent
    ] = []
    try:
        for item in data:
            items.append(_parse_content_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


@_attrs_define
class MessageDelta(ExtraFields[Any]):
    """What changed in the message: new parts or more text for existing parts.

    Attributes:
        role (MessageRole | Unset): Who wrote the message.
        content (list[MessageDeltaContentImageFileObject | MessageDeltaContentImageUrlObject |
            MessageDeltaContentRefusalObject | MessageDeltaContentTextObject | UnknownMessageDeltaContent] | Unset): The
            parts, in order.
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
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if not isinstance(role := self.role, Unset):
            field_dict["role"] = role.value
        if not isinstance(content := self.content, Unset):
            field_dict["content"] = [_dump_content_item(item) for item in content]
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageDelta from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS, None)
        at = ""
        try:
            at = "role"
            v_role = _parse_role(d.pop("role", UNSET), strict)
            at = "content"
            v_content = _parse_content(d.pop("content", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            role=v_role,
            content=v_content,
        )
        obj.additional_properties = d
        return obj


from ..models.message_delta_content_image_file_object import MessageDeltaContentImageFileObject
from ..models.message_delta_content_image_url_object import MessageDeltaContentImageUrlObject
from ..models.message_delta_content_refusal_object import MessageDeltaContentRefusalObject
from ..models.message_delta_content_text_object import MessageDeltaContentTextObject
from ..models.unknown_message_delta_content import UnknownMessageDeltaContent
