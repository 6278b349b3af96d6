from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.function_shell_call_status import FunctionShellCallStatus
from ..models.function_shell_call_type import FunctionShellCallType
from ..types import UNSET, Unset


def _parse_type_(data: Any, strict: bool) -> FunctionShellCallType:
    return FunctionShellCallType.known(data) or FunctionShellCallType.from_value(data)


def _parse_action(data: Any, strict: bool) -> FunctionShellAction:
    if type(data) is dict or not isinstance(data, FunctionShellAction):
        return FunctionShellAction.from_dict(data, strict)
    return data


def _dump_action(value: Any) -> Any:
    return value.to_dict()


def _parse_status(data: Any, strict: bool) -> FunctionShellCallStatus:
    return FunctionShellCallStatus.known(data) or FunctionShellCallStatus.from_value(data)


def _parse_environment(data: Any, strict: bool) -> ContainerReferenceResource | LocalEnvironmentResource | None:
    if data is None:
        return None
    if type(data) is dict:
        return LocalEnvironmentResource.from_dict(data, strict)
    if isinstance(data, (LocalEnvironmentResource, ContainerReferenceResource)):
        return data
    if isinstance(data, Mapping):
        return _parse_environment(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_environment(value: Any) -> Any:
    if isinstance(value, (LocalEnvironmentResource, ContainerReferenceResource)):
        return value.to_dict()
    return value


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


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("call_id", "call_id", (str,), required=True),
    FieldSpec("action", "action", (dict,), required=True, read=_parse_action, dump=_dump_action),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec(
        "environment",
        "environment",
        (dict,),
        required=True,
        nullable=True,
        read=_parse_environment,
        dump=_dump_environment,
    ),
    FieldSpec("caller", "caller", (dict,), nullable=True, read=_parse_caller, dump=_dump_caller),
    FieldSpec("created_by", "created_by", (str,)),
)
_KNOWN = frozenset({"type", "id", "call_id", "action", "status", "environment", "caller", "created_by"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionShellCall(ExtraFields[Any]):
    """FunctionShellCall

    Attributes:
        type_ (FunctionShellCallType):  Default: FunctionShellCallType.SHELL_CALL.
        id (str):
        call_id (str):
        action (FunctionShellAction):
        status (FunctionShellCallStatus):
        environment (ContainerReferenceResource | LocalEnvironmentResource | None):
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | Unset):
        created_by (str | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: FunctionShellCallType
    id: str
    call_id: str
    action: FunctionShellAction
    status: FunctionShellCallStatus
    environment: ContainerReferenceResource | LocalEnvironmentResource | None
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
                "id": self.id,
                "call_id": self.call_id,
                "action": self.action.to_dict(),
                "status": self.status,
                "environment": _dump_environment(self.environment),
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (caller := self.caller) is not UNSET:
            field_dict["caller"] = _dump_caller(caller)
        if (created_by := self.created_by) is not UNSET:
            field_dict["created_by"] = created_by
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FunctionShellCall from decoded JSON.

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
            value = d["type"]
            obj.type_ = FunctionShellCallType.known(value) or FunctionShellCallType.from_value(value)
            obj.id = d["id"]
            obj.call_id = d["call_id"]
            at = "action"
            value = d["action"]
            obj.action = (
                FunctionShellAction.from_dict(value, strict) if type(value) is dict else _parse_action(value, strict)
            )
            at = "status"
            value = d["status"]
            obj.status = FunctionShellCallStatus.known(value) or FunctionShellCallStatus.from_value(value)
            at = "environment"
            value = d["environment"]
            obj.environment = None if value is None else _parse_environment(value, strict)
            at = "caller"
            value = d.get("caller", UNSET)
            obj.caller = None if value is None else _parse_caller(value, strict)
            obj.created_by = d.get("created_by", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 6 + (obj.caller is not UNSET) + (obj.created_by is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.container_reference_resource import ContainerReferenceResource
from ..models.direct_tool_call_caller import DirectToolCallCaller
from ..models.function_shell_action import FunctionShellAction
from ..models.local_environment_resource import LocalEnvironmentResource
from ..models.program_tool_call_caller import ProgramToolCallCaller
