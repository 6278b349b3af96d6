from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.local_shell_tool_call_status import LocalShellToolCallStatus
from ..models.local_shell_tool_call_type import LocalShellToolCallType

if TYPE_CHECKING:
    from ..models.local_shell_exec_action import LocalShellExecActionParam
    from ..models.local_shell_tool_call_status import LocalShellToolCallStatusLiteral
    from ..models.local_shell_tool_call_type import LocalShellToolCallTypeLiteral


def _parse_type_(data: Any, strict: bool) -> LocalShellToolCallType:
    return LocalShellToolCallType.known(data) or LocalShellToolCallType.from_value(data)


def _convert_type_(value: LocalShellToolCallType | LocalShellToolCallTypeLiteral) -> LocalShellToolCallType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_action(data: Any, strict: bool) -> LocalShellExecAction:
    if type(data) is dict or not isinstance(data, LocalShellExecAction):
        return LocalShellExecAction.from_dict(data, strict)
    return data


def _dump_action(value: Any) -> Any:
    return value.to_dict()


def _convert_action(value: LocalShellExecAction | LocalShellExecActionParam) -> LocalShellExecAction:
    """`action` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_action(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "action") from exc


def _parse_status(data: Any, strict: bool) -> LocalShellToolCallStatus:
    return LocalShellToolCallStatus.known(data) or LocalShellToolCallStatus.from_value(data)


def _convert_status(value: LocalShellToolCallStatus | LocalShellToolCallStatusLiteral) -> LocalShellToolCallStatus:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("call_id", "call_id", (str,), required=True),
    FieldSpec("action", "action", (dict,), required=True, read=_parse_action, dump=_dump_action),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
)
_KNOWN = frozenset({"type", "id", "call_id", "action", "status"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class LocalShellToolCall(ExtraFields[Any]):
    """LocalShellToolCall

    Attributes:
        type_ (LocalShellToolCallType):
        id (str):
        call_id (str):
        action (LocalShellExecAction):
        status (LocalShellToolCallStatus):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: LocalShellToolCallType = _attrs_field(converter=_convert_type_)
    id: str
    call_id: str
    action: LocalShellExecAction = _attrs_field(converter=_convert_action)
    status: LocalShellToolCallStatus = _attrs_field(converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["id"] = self.id
            field_dict["call_id"] = self.call_id
            at = "action"
            field_dict["action"] = as_request_json(self.action, _parse_action)
            field_dict["status"] = self.status
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a LocalShellToolCall from decoded JSON.

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
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            obj.id = d["id"]
            obj.call_id = d["call_id"]
            at = "action"
            obj.action = _parse_action(d["action"], strict)
            at = "status"
            obj.status = _parse_status(d["status"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 5
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class LocalShellToolCallParam(TypedDict, total=False):
    """The dict form of LocalShellToolCall: what a request takes in its place (checked before sending)."""

    type: Required[LocalShellToolCallType | LocalShellToolCallTypeLiteral]
    id: Required[str]
    call_id: Required[str]
    action: Required[LocalShellExecAction | LocalShellExecActionParam]
    status: Required[LocalShellToolCallStatus | LocalShellToolCallStatusLiteral]


from ..models.local_shell_exec_action import LocalShellExecAction
