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
from ..models.custom_tool_call_type import CustomToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_call_type import CustomToolCallTypeLiteral
    from ..models.direct_tool_call_caller import DirectToolCallCallerParam
    from ..models.program_tool_call_caller import ProgramToolCallCallerParam


def _parse_type_(data: Any, strict: bool) -> CustomToolCallType:
    return CustomToolCallType.known(data) or CustomToolCallType.from_value(data)


def _convert_type_(value: CustomToolCallType | CustomToolCallTypeLiteral) -> CustomToolCallType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_caller(data: Any, strict: bool) -> DirectToolCallCaller | None | ProgramToolCallCaller | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return DirectToolCallCaller.from_dict(data, strict)
    if isinstance(data, (DirectToolCallCaller, ProgramToolCallCaller)):
        return data
    if isinstance(data, Mapping):
        return _parse_caller(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_caller(value: Any) -> Any:
    if isinstance(value, (DirectToolCallCaller, ProgramToolCallCaller)):
        return value.to_dict()
    return value


def _convert_caller(
    value: DirectToolCallCaller
    | DirectToolCallCallerParam
    | ProgramToolCallCaller
    | ProgramToolCallCallerParam
    | None
    | Unset,
) -> DirectToolCallCaller | None | ProgramToolCallCaller | Unset:
    """`caller` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_caller(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "caller") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("call_id", "call_id", (str,), required=True),
    FieldSpec("name", "name", (str,), required=True),
    FieldSpec("input", "input_", (str,), required=True),
    FieldSpec("id", "id", (str,)),
    FieldSpec("caller", "caller", (dict,), nullable=True, read=_parse_caller, dump=_dump_caller),
    FieldSpec("namespace", "namespace", (str,)),
)
_KNOWN = frozenset({"type", "call_id", "name", "input", "id", "caller", "namespace"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CustomToolCall(ExtraFields[Any]):
    """CustomToolCall

    Attributes:
        type_ (CustomToolCallType):
        call_id (str):
        name (str):
        input_ (str):
        id (str | Unset):
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | Unset):
        namespace (str | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: CustomToolCallType = _attrs_field(converter=_convert_type_)
    call_id: str
    name: str
    input_: str
    id: str | Unset = UNSET
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | Unset = _attrs_field(
        default=UNSET, converter=_convert_caller
    )
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["call_id"] = self.call_id
            field_dict["name"] = self.name
            field_dict["input"] = self.input_
            if (id := self.id) is not UNSET:
                field_dict["id"] = id
            at = "caller"
            if (caller := self.caller) is not UNSET:
                field_dict["caller"] = as_request_json(caller, _parse_caller)
            if (namespace := self.namespace) is not UNSET:
                field_dict["namespace"] = namespace
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a CustomToolCall from decoded JSON.

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
            obj.call_id = d["call_id"]
            obj.name = d["name"]
            obj.input_ = d["input"]
            obj.id = d.get("id", UNSET)
            at = "caller"
            obj.caller = _parse_caller(d.get("caller", UNSET), strict)
            obj.namespace = d.get("namespace", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4 + (obj.id is not UNSET) + (obj.caller is not UNSET) + (obj.namespace is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class CustomToolCallParam(TypedDict, total=False):
    """The dict form of CustomToolCall: what a request takes in its place (checked before sending)."""

    type: Required[CustomToolCallType | CustomToolCallTypeLiteral]
    call_id: Required[str]
    name: Required[str]
    input: Required[str]
    id: str
    caller: DirectToolCallCaller | DirectToolCallCallerParam | ProgramToolCallCaller | ProgramToolCallCallerParam | None
    namespace: str


from ..models.direct_tool_call_caller import DirectToolCallCaller
from ..models.program_tool_call_caller import ProgramToolCallCaller
