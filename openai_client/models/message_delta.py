from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

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
from ..types import UNSET, Unset


def _parse_role(data: Any, strict: bool) -> MessageRole | Unset:
    if data is UNSET:
        return Unset.UNSET
    return MessageRole.known(data) or MessageRole.from_value(data)


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
    if isinstance(
        data,
        (
            MessageDeltaContentImageFileObject,
            MessageDeltaContentTextObject,
            MessageDeltaContentRefusalObject,
            MessageDeltaContentImageUrlObject,
            UnknownMessageDeltaContent,
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
            MessageDeltaContentImageFileObject,
            MessageDeltaContentTextObject,
            MessageDeltaContentRefusalObject,
            MessageDeltaContentImageUrlObject,
            UnknownMessageDeltaContent,
        ),
    ):
        return value.to_dict()
    return value


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
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[
        MessageDeltaContentImageFileObject
        | MessageDeltaContentImageUrlObject
        | MessageDeltaContentRefusalObject
        | MessageDeltaContentTextObject
        | UnknownMessageDeltaContent
    ] = []
    try:
        for item in listed:
            items.append(_parse_content_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_content(value: Any) -> Any:
    return [_dump_content_item(item) for item in value]


_FIELD_SPECS = (
    FieldSpec("role", "role", (str,), read=_parse_role),
    FieldSpec("content", "content", (list,), read=_parse_content, dump=_dump_content),
)
_KNOWN = frozenset({"role", "content"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MessageDelta(ExtraFields[Any]):
    """What changed in the message: new parts or more text for existing parts.

    Attributes:
        role (MessageRole | Unset): Who wrote the message.
        content (list[MessageDeltaContentImageFileObject | MessageDeltaContentImageUrlObject |
            MessageDeltaContentRefusalObject | MessageDeltaContentTextObject | UnknownMessageDeltaContent] | Unset): The
            parts, in order.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
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

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (role := self.role) is not UNSET:
            field_dict["role"] = role
        if (content := self.content) is not UNSET:
            field_dict["content"] = [_dump_content_item(item) for item in content]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MessageDelta from decoded JSON.

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
            at = "role"
            value = d.get("role", UNSET)
            obj.role = value if value is UNSET else _parse_role(value, strict)
            at = "content"
            obj.content = _parse_content(d.get("content", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.role is not UNSET) + (obj.content is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.message_delta_content_image_file_object import MessageDeltaContentImageFileObject
from ..models.message_delta_content_image_url_object import MessageDeltaContentImageUrlObject
from ..models.message_delta_content_refusal_object import MessageDeltaContentRefusalObject
from ..models.message_delta_content_text_object import MessageDeltaContentTextObject
from ..models.unknown_message_delta_content import UnknownMessageDeltaContent
