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
from ..models.message_phase import MessagePhase
from ..models.output_message_role import OutputMessageRole
from ..models.output_message_status import OutputMessageStatus
from ..models.output_message_type import OutputMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_phase import MessagePhaseLiteral
    from ..models.output_message_role import OutputMessageRoleLiteral
    from ..models.output_message_status import OutputMessageStatusLiteral
    from ..models.output_message_type import OutputMessageTypeLiteral
    from ..models.output_text_content import OutputTextContentParam
    from ..models.refusal_content import RefusalContentParam


def _parse_type_(data: Any, strict: bool) -> OutputMessageType:
    return OutputMessageType.known(data) or OutputMessageType.from_value(data)


def _convert_type_(value: OutputMessageType | OutputMessageTypeLiteral) -> OutputMessageType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_role(data: Any, strict: bool) -> OutputMessageRole:
    return OutputMessageRole.known(data) or OutputMessageRole.from_value(data)


def _convert_role(value: OutputMessageRole | OutputMessageRoleLiteral) -> OutputMessageRole:
    """`role` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_role(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "role") from exc


def _parse_content_item(data: Any, strict: bool) -> OutputTextContent | RefusalContent:
    if type(data) is dict:
        return OutputTextContent.from_dict(data, strict)
    if isinstance(data, (OutputTextContent, RefusalContent)):
        return data
    if isinstance(data, Mapping):
        return _parse_content_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_content_item(value: Any) -> Any:
    if isinstance(value, (OutputTextContent, RefusalContent)):
        return value.to_dict()
    return value


def _parse_content(data: Any, strict: bool) -> list[OutputTextContent | RefusalContent]:
    listed = data if type(data) is list else as_list(data)
    items: list[OutputTextContent | RefusalContent] = []
    try:
        for item in listed:
            items.append(_parse_content_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_content(value: Any) -> Any:
    return [_dump_content_item(item) for item in value]


def _convert_content(
    value: Sequence[OutputTextContent | OutputTextContentParam | RefusalContent | RefusalContentParam],
) -> list[OutputTextContent | RefusalContent]:
    """`content` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_content(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "content") from exc


def _parse_status(data: Any, strict: bool) -> OutputMessageStatus:
    return OutputMessageStatus.known(data) or OutputMessageStatus.from_value(data)


def _convert_status(value: OutputMessageStatus | OutputMessageStatusLiteral) -> OutputMessageStatus:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


def _parse_phase(data: Any, strict: bool) -> MessagePhase | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return MessagePhase.known(data) or MessagePhase.from_value(data)
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_phase(value: Any) -> Any:
    return value


def _convert_phase(value: MessagePhase | MessagePhaseLiteral | None | Unset) -> MessagePhase | None | Unset:
    """`phase` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_phase(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "phase") from exc


_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("role", "role", (str,), required=True, read=_parse_role),
    FieldSpec("content", "content", (list,), required=True, read=_parse_content, dump=_dump_content),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec("phase", "phase", (str,), nullable=True, read=_parse_phase, dump=_dump_phase),
)
_KNOWN = frozenset({"id", "type", "role", "content", "status", "phase"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class OutputMessage(ExtraFields[Any]):
    """OutputMessage

    Attributes:
        id (str):
        type_ (OutputMessageType):
        role (OutputMessageRole):
        content (list[OutputTextContent | RefusalContent]):
        status (OutputMessageStatus):
        phase (MessagePhase | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    type_: OutputMessageType = _attrs_field(converter=_convert_type_)
    role: OutputMessageRole = _attrs_field(converter=_convert_role)
    content: list[OutputTextContent | RefusalContent] = _attrs_field(converter=_convert_content)
    status: OutputMessageStatus = _attrs_field(converter=_convert_status)
    phase: MessagePhase | None | Unset = _attrs_field(default=UNSET, converter=_convert_phase)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["id"] = self.id
            field_dict["type"] = self.type_
            field_dict["role"] = self.role
            at = "content"
            field_dict["content"] = as_request_json(self.content, _parse_content)
            field_dict["status"] = self.status
            at = "phase"
            if (phase := self.phase) is not UNSET:
                field_dict["phase"] = as_request_json(phase, _parse_phase)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a OutputMessage from decoded JSON.

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
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            at = "role"
            obj.role = _parse_role(d["role"], strict)
            at = "content"
            obj.content = _parse_content(d["content"], strict)
            at = "status"
            obj.status = _parse_status(d["status"], strict)
            at = "phase"
            obj.phase = _parse_phase(d.get("phase", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 5 + (obj.phase is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class OutputMessageParam(TypedDict, total=False):
    """The dict form of OutputMessage: what a request takes in its place (checked before sending)."""

    id: Required[str]
    type: Required[OutputMessageType | OutputMessageTypeLiteral]
    role: Required[OutputMessageRole | OutputMessageRoleLiteral]
    content: Required[Sequence[OutputTextContent | OutputTextContentParam | RefusalContent | RefusalContentParam]]
    status: Required[OutputMessageStatus | OutputMessageStatusLiteral]
    phase: MessagePhase | MessagePhaseLiteral | None


from ..models.output_text_content import OutputTextContent
from ..models.refusal_content import RefusalContent
