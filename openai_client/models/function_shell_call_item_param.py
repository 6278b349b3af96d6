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
from ..models.function_shell_call_item_param_type import FunctionShellCallItemParamType
from ..models.function_shell_call_item_status import FunctionShellCallItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_reference_param import ContainerReferenceParamParam
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParamParam
    from ..models.function_shell_action_param import FunctionShellActionParamParam
    from ..models.function_shell_call_item_param_type import FunctionShellCallItemParamTypeLiteral
    from ..models.function_shell_call_item_status import FunctionShellCallItemStatusLiteral
    from ..models.local_environment_param import LocalEnvironmentParamParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParamParam


def _parse_type_(data: Any, strict: bool) -> FunctionShellCallItemParamType:
    return FunctionShellCallItemParamType.known(data) or FunctionShellCallItemParamType.from_value(data)


def _convert_type_(
    value: FunctionShellCallItemParamType | FunctionShellCallItemParamTypeLiteral,
) -> FunctionShellCallItemParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_action(data: Any, strict: bool) -> FunctionShellActionParam:
    if type(data) is dict or not isinstance(data, FunctionShellActionParam):
        return FunctionShellActionParam.from_dict(data, strict)
    return data


def _dump_action(value: Any) -> Any:
    return value.to_dict()


def _convert_action(value: FunctionShellActionParam | FunctionShellActionParamParam) -> FunctionShellActionParam:
    """`action` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_action(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "action") from exc


def _parse_caller(data: Any, strict: bool) -> DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return DirectToolCallCallerParam.from_dict(data, strict)
    if isinstance(data, (DirectToolCallCallerParam, ProgramToolCallCallerParam)):
        return data
    if isinstance(data, Mapping):
        return _parse_caller(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_caller(value: Any) -> Any:
    if isinstance(value, (DirectToolCallCallerParam, ProgramToolCallCallerParam)):
        return value.to_dict()
    return value


def _convert_caller(
    value: DirectToolCallCallerParam
    | DirectToolCallCallerParamParam
    | ProgramToolCallCallerParam
    | ProgramToolCallCallerParamParam
    | None
    | Unset,
) -> DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset:
    """`caller` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_caller(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "caller") from exc


def _parse_status(data: Any, strict: bool) -> FunctionShellCallItemStatus | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return FunctionShellCallItemStatus.known(data) or FunctionShellCallItemStatus.from_value(data)
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_status(value: Any) -> Any:
    return value


def _convert_status(
    value: FunctionShellCallItemStatus | FunctionShellCallItemStatusLiteral | None | Unset,
) -> FunctionShellCallItemStatus | None | Unset:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


def _parse_environment(data: Any, strict: bool) -> ContainerReferenceParam | LocalEnvironmentParam | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return LocalEnvironmentParam.from_dict(data, strict)
    if isinstance(data, (LocalEnvironmentParam, ContainerReferenceParam)):
        return data
    if isinstance(data, Mapping):
        return _parse_environment(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_environment(value: Any) -> Any:
    if isinstance(value, (LocalEnvironmentParam, ContainerReferenceParam)):
        return value.to_dict()
    return value


def _convert_environment(
    value: LocalEnvironmentParam
    | LocalEnvironmentParamParam
    | ContainerReferenceParam
    | ContainerReferenceParamParam
    | None
    | Unset,
) -> ContainerReferenceParam | LocalEnvironmentParam | None | Unset:
    """`environment` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_environment(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "environment") from exc


_FIELD_SPECS = (
    FieldSpec("call_id", "call_id", (str,), required=True),
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("action", "action", (dict,), required=True, read=_parse_action, dump=_dump_action),
    FieldSpec("id", "id", (str,), nullable=True),
    FieldSpec("caller", "caller", (dict,), nullable=True, read=_parse_caller, dump=_dump_caller),
    FieldSpec("status", "status", (str,), nullable=True, read=_parse_status, dump=_dump_status),
    FieldSpec("environment", "environment", (dict,), nullable=True, read=_parse_environment, dump=_dump_environment),
)
_KNOWN = frozenset({"call_id", "type", "action", "id", "caller", "status", "environment"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionShellCallItemParam(ExtraFields[Any]):
    """FunctionShellCallItemParam

    Attributes:
        call_id (str):
        type_ (FunctionShellCallItemParamType):  Default: FunctionShellCallItemParamType.SHELL_CALL.
        action (FunctionShellActionParam):
        id (None | str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset):
        status (FunctionShellCallItemStatus | None | Unset):
        environment (ContainerReferenceParam | LocalEnvironmentParam | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    call_id: str
    type_: FunctionShellCallItemParamType = _attrs_field(converter=_convert_type_)
    action: FunctionShellActionParam = _attrs_field(converter=_convert_action)
    id: None | str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset = _attrs_field(
        default=UNSET, converter=_convert_caller
    )
    status: FunctionShellCallItemStatus | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    environment: ContainerReferenceParam | LocalEnvironmentParam | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_environment
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["call_id"] = self.call_id
            field_dict["type"] = self.type_
            at = "action"
            field_dict["action"] = as_request_json(self.action, _parse_action)
            if (id := self.id) is not UNSET:
                field_dict["id"] = id
            at = "caller"
            if (caller := self.caller) is not UNSET:
                field_dict["caller"] = as_request_json(caller, _parse_caller)
            at = "status"
            if (status := self.status) is not UNSET:
                field_dict["status"] = as_request_json(status, _parse_status)
            at = "environment"
            if (environment := self.environment) is not UNSET:
                field_dict["environment"] = as_request_json(environment, _parse_environment)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FunctionShellCallItemParam from decoded JSON.

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
            obj.call_id = d["call_id"]
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            at = "action"
            obj.action = _parse_action(d["action"], strict)
            obj.id = d.get("id", UNSET)
            at = "caller"
            obj.caller = _parse_caller(d.get("caller", UNSET), strict)
            at = "status"
            obj.status = _parse_status(d.get("status", UNSET), strict)
            at = "environment"
            obj.environment = _parse_environment(d.get("environment", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            3
            + (obj.id is not UNSET)
            + (obj.caller is not UNSET)
            + (obj.status is not UNSET)
            + (obj.environment is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class FunctionShellCallItemParamParam(TypedDict, total=False):
    """The dict form of FunctionShellCallItemParam: what a request takes in its place (checked before sending)."""

    call_id: Required[str]
    type: Required[FunctionShellCallItemParamType | FunctionShellCallItemParamTypeLiteral]
    action: Required[FunctionShellActionParam | FunctionShellActionParamParam]
    id: str | None
    caller: (
        DirectToolCallCallerParam
        | DirectToolCallCallerParamParam
        | ProgramToolCallCallerParam
        | ProgramToolCallCallerParamParam
        | None
    )
    status: FunctionShellCallItemStatus | FunctionShellCallItemStatusLiteral | None
    environment: (
        LocalEnvironmentParam
        | LocalEnvironmentParamParam
        | ContainerReferenceParam
        | ContainerReferenceParamParam
        | None
    )


from ..models.container_reference_param import ContainerReferenceParam
from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
from ..models.function_shell_action_param import FunctionShellActionParam
from ..models.local_environment_param import LocalEnvironmentParam
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
