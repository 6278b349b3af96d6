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
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..models.function_shell_tool_param_type import FunctionShellToolParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callable_tool_allowed_caller import CallableToolAllowedCallerLiteral
    from ..models.container_auto_param import ContainerAutoParamParam
    from ..models.container_reference_param import ContainerReferenceParamParam
    from ..models.function_shell_tool_param_type import FunctionShellToolParamTypeLiteral
    from ..models.local_environment_param import LocalEnvironmentParamParam


def _parse_type_(data: Any, strict: bool) -> FunctionShellToolParamType:
    return FunctionShellToolParamType.known(data) or FunctionShellToolParamType.from_value(data)


def _convert_type_(value: FunctionShellToolParamType | FunctionShellToolParamTypeLiteral) -> FunctionShellToolParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_environment(
    data: Any, strict: bool
) -> ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return ContainerAutoParam.from_dict(data, strict)
    if isinstance(data, (ContainerAutoParam, LocalEnvironmentParam, ContainerReferenceParam)):
        return data
    if isinstance(data, Mapping):
        return _parse_environment(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_environment(value: Any) -> Any:
    if isinstance(value, (ContainerAutoParam, LocalEnvironmentParam, ContainerReferenceParam)):
        return value.to_dict()
    return value


def _convert_environment(
    value: ContainerAutoParam
    | ContainerAutoParamParam
    | LocalEnvironmentParam
    | LocalEnvironmentParamParam
    | ContainerReferenceParam
    | ContainerReferenceParamParam
    | None
    | Unset,
) -> ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset:
    """`environment` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_environment(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "environment") from exc


def _parse_allowed_callers_type_0(data: Any, strict: bool) -> list[CallableToolAllowedCaller]:
    listed = data if type(data) is list else as_list(data)
    items: list[CallableToolAllowedCaller] = []
    try:
        for item in listed:
            items.append(CallableToolAllowedCaller.known(item) or CallableToolAllowedCaller.from_value(item))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_allowed_callers_type_0(value: Any) -> Any:
    return list(value)


def _parse_allowed_callers(data: Any, strict: bool) -> list[CallableToolAllowedCaller] | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_allowed_callers_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_allowed_callers(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    return value


def _convert_allowed_callers(
    value: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None | Unset,
) -> list[CallableToolAllowedCaller] | None | Unset:
    """`allowed_callers` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_allowed_callers(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "allowed_callers") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("environment", "environment", (dict,), nullable=True, read=_parse_environment, dump=_dump_environment),
    FieldSpec(
        "allowed_callers",
        "allowed_callers",
        (list,),
        nullable=True,
        read=_parse_allowed_callers,
        dump=_dump_allowed_callers,
    ),
)
_KNOWN = frozenset({"type", "environment", "allowed_callers"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionShellToolParam(ExtraFields[Any]):
    """FunctionShellToolParam

    Attributes:
        type_ (FunctionShellToolParamType):  Default: FunctionShellToolParamType.SHELL.
        environment (ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset):
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: FunctionShellToolParamType = _attrs_field(converter=_convert_type_)
    environment: ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_environment
    )
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_allowed_callers
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "environment"
            if (environment := self.environment) is not UNSET:
                field_dict["environment"] = as_request_json(environment, _parse_environment)
            at = "allowed_callers"
            if (allowed_callers := self.allowed_callers) is not UNSET:
                field_dict["allowed_callers"] = as_request_json(allowed_callers, _parse_allowed_callers)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FunctionShellToolParam from decoded JSON.

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
            at = "environment"
            obj.environment = _parse_environment(d.get("environment", UNSET), strict)
            at = "allowed_callers"
            obj.allowed_callers = _parse_allowed_callers(d.get("allowed_callers", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1 + (obj.environment is not UNSET) + (obj.allowed_callers is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class FunctionShellToolParamParam(TypedDict, total=False):
    """The dict form of FunctionShellToolParam: what a request takes in its place (checked before sending)."""

    type: Required[FunctionShellToolParamType | FunctionShellToolParamTypeLiteral]
    environment: (
        ContainerAutoParam
        | ContainerAutoParamParam
        | LocalEnvironmentParam
        | LocalEnvironmentParamParam
        | ContainerReferenceParam
        | ContainerReferenceParamParam
        | None
    )
    allowed_callers: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None


from ..models.container_auto_param import ContainerAutoParam
from ..models.container_reference_param import ContainerReferenceParam
from ..models.local_environment_param import LocalEnvironmentParam
