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
from ..models.code_interpreter_tool_type import CodeInterpreterToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParamParam
    from ..models.callable_tool_allowed_caller import CallableToolAllowedCallerLiteral
    from ..models.code_interpreter_tool_type import CodeInterpreterToolTypeLiteral


def _parse_type_(data: Any, strict: bool) -> CodeInterpreterToolType:
    return CodeInterpreterToolType.known(data) or CodeInterpreterToolType.from_value(data)


def _convert_type_(value: CodeInterpreterToolType | CodeInterpreterToolTypeLiteral) -> CodeInterpreterToolType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_container(data: Any, strict: bool) -> AutoCodeInterpreterToolParam | str:
    if type(data) is dict:
        return AutoCodeInterpreterToolParam.from_dict(data, strict)
    if isinstance(data, str):
        return data
    if isinstance(data, AutoCodeInterpreterToolParam):
        return data
    if isinstance(data, Mapping):
        return _parse_container(dict(data), strict)
    raise TypeError(f"expected string or object, got {type(data).__name__}")


def _dump_container(value: Any) -> Any:
    if isinstance(value, AutoCodeInterpreterToolParam):
        return value.to_dict()
    return value


def _convert_container(
    value: str | AutoCodeInterpreterToolParam | AutoCodeInterpreterToolParamParam,
) -> AutoCodeInterpreterToolParam | str:
    """`container` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_container(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "container") from exc


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
    FieldSpec("container", "container", (str, dict), required=True, read=_parse_container, dump=_dump_container),
    FieldSpec(
        "allowed_callers",
        "allowed_callers",
        (list,),
        nullable=True,
        read=_parse_allowed_callers,
        dump=_dump_allowed_callers,
    ),
)
_KNOWN = frozenset({"type", "container", "allowed_callers"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CodeInterpreterTool(ExtraFields[Any]):
    """CodeInterpreterTool

    Attributes:
        type_ (CodeInterpreterToolType):
        container (AutoCodeInterpreterToolParam | str):
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: CodeInterpreterToolType = _attrs_field(converter=_convert_type_)
    container: AutoCodeInterpreterToolParam | str = _attrs_field(converter=_convert_container)
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
            at = "container"
            field_dict["container"] = as_request_json(self.container, _parse_container)
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
        """Read a CodeInterpreterTool from decoded JSON.

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
            at = "container"
            obj.container = _parse_container(d["container"], strict)
            at = "allowed_callers"
            obj.allowed_callers = _parse_allowed_callers(d.get("allowed_callers", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2 + (obj.allowed_callers is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class CodeInterpreterToolParam(TypedDict, total=False):
    """The dict form of CodeInterpreterTool: what a request takes in its place (checked before sending)."""

    type: Required[CodeInterpreterToolType | CodeInterpreterToolTypeLiteral]
    container: Required[str | AutoCodeInterpreterToolParam | AutoCodeInterpreterToolParamParam]
    allowed_callers: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None


from ..models.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam
