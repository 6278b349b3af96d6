from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.input_message_role import InputMessageRole
from ..models.input_message_status import InputMessageStatus
from ..models.input_message_type import InputMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_file_content import InputFileContentParam
    from ..models.input_image_content import InputImageContentParam
    from ..models.input_message_role import InputMessageRoleLiteral
    from ..models.input_message_status import InputMessageStatusLiteral
    from ..models.input_message_type import InputMessageTypeLiteral
    from ..models.input_text_content import InputTextContentParam


def _parse_role(data: Any, strict: bool) -> InputMessageRole:
    return InputMessageRole.known(data) or InputMessageRole.from_value(data)


def _convert_role(value: InputMessageRole | InputMessageRoleLiteral) -> InputMessageRole:
    """`role` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_role(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "role") from exc


def _parse_componentsschemas_input_message_content_list_item(
    data: Any, strict: bool
) -> InputFileContent | InputImageContent | InputTextContent:
    if type(data) is dict:
        return InputTextContent.from_dict(data, strict)
    if isinstance(data, (InputTextContent, InputImageContent, InputFileContent)):
        return data
    if isinstance(data, Mapping):
        return _parse_componentsschemas_input_message_content_list_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_componentsschemas_input_message_content_list_item(value: Any) -> Any:
    if isinstance(value, (InputTextContent, InputImageContent, InputFileContent)):
        return value.to_dict()
    return value


def _parse_content(data: Any, strict: bool) -> list[InputFileContent | InputImageContent | InputTextContent]:
    listed = data if type(data) is list else as_list(data)
    items: list[InputFileContent | InputImageContent | InputTextContent] = []
    try:
        for item in listed:
            items.append(_parse_componentsschemas_input_message_content_list_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_content(value: Any) -> Any:
    return [_dump_componentsschemas_input_message_content_list_item(item) for item in value]


def _convert_content(
    value: Sequence[
        InputTextContent
        | InputTextContentParam
        | InputImageContent
        | InputImageContentParam
        | InputFileContent
        | InputFileContentParam
    ],
) -> list[InputFileContent | InputImageContent | InputTextContent]:
    """`content` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_content(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "content") from exc


def _parse_type_(data: Any, strict: bool) -> InputMessageType | Unset:
    if data is UNSET:
        return Unset.UNSET
    return InputMessageType.known(data) or InputMessageType.from_value(data)


def _convert_type_(value: InputMessageType | InputMessageTypeLiteral | Unset) -> InputMessageType | Unset:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_status(data: Any, strict: bool) -> InputMessageStatus | Unset:
    if data is UNSET:
        return Unset.UNSET
    return InputMessageStatus.known(data) or InputMessageStatus.from_value(data)


def _convert_status(value: InputMessageStatus | InputMessageStatusLiteral | Unset) -> InputMessageStatus | Unset:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


_FIELD_SPECS = (
    FieldSpec("role", "role", (str,), required=True, read=_parse_role),
    FieldSpec("content", "content", (list,), required=True, read=_parse_content, dump=_dump_content),
    FieldSpec("type", "type_", (str,), read=_parse_type_),
    FieldSpec("status", "status", (str,), read=_parse_status),
)
_KNOWN = frozenset({"role", "content", "type", "status"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class InputMessage(ExtraFields[Any]):
    """InputMessage

    Attributes:
        role (InputMessageRole):
        content (list[InputFileContent | InputImageContent | InputTextContent]):
        type_ (InputMessageType | Unset):
        status (InputMessageStatus | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    role: InputMessageRole = _attrs_field(converter=_convert_role)
    content: list[InputFileContent | InputImageContent | InputTextContent] = _attrs_field(converter=_convert_content)
    type_: InputMessageType | Unset = _attrs_field(default=UNSET, converter=_convert_type_)
    status: InputMessageStatus | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["role"] = self.role
            at = "content"
            field_dict["content"] = as_request_json(self.content, _parse_content)
            if (type_ := self.type_) is not UNSET:
                field_dict["type"] = type_
            if (status := self.status) is not UNSET:
                field_dict["status"] = status
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a InputMessage from decoded JSON.

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
            obj.role = _parse_role(d["role"], strict)
            at = "content"
            obj.content = _parse_content(d["content"], strict)
            at = "type"
            obj.type_ = _parse_type_(d.get("type", UNSET), strict)
            at = "status"
            obj.status = _parse_status(d.get("status", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2 + (obj.type_ is not UNSET) + (obj.status is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class InputMessageParam(TypedDict, total=False):
    """The dict form of InputMessage: what a request takes in its place (checked before sending)."""

    role: Required[InputMessageRole | InputMessageRoleLiteral]
    content: Required[
        Sequence[
            InputTextContent
            | InputTextContentParam
            | InputImageContent
            | InputImageContentParam
            | InputFileContent
            | InputFileContentParam
        ]
    ]
    type: InputMessageType | InputMessageTypeLiteral
    status: InputMessageStatus | InputMessageStatusLiteral


from ..models.input_file_content import InputFileContent
from ..models.input_image_content import InputImageContent
from ..models.input_text_content import InputTextContent
