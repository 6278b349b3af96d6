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
from ..models.function_call_item_status import FunctionCallItemStatus
from ..models.tool_search_call_item_param_type import ToolSearchCallItemParamType
from ..models.tool_search_execution_type import ToolSearchExecutionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParamParam
    from ..models.function_call_item_status import FunctionCallItemStatusLiteral
    from ..models.tool_search_call_item_param_type import ToolSearchCallItemParamTypeLiteral
    from ..models.tool_search_execution_type import ToolSearchExecutionTypeLiteral


def _parse_type_(data: Any, strict: bool) -> ToolSearchCallItemParamType:
    return ToolSearchCallItemParamType.known(data) or ToolSearchCallItemParamType.from_value(data)


def _convert_type_(
    value: ToolSearchCallItemParamType | ToolSearchCallItemParamTypeLiteral,
) -> ToolSearchCallItemParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_arguments(data: Any, strict: bool) -> EmptyModelParam:
    if type(data) is dict or not isinstance(data, EmptyModelParam):
        return EmptyModelParam.from_dict(data, strict)
    return data


def _dump_arguments(value: Any) -> Any:
    return value.to_dict()


def _convert_arguments(value: EmptyModelParam | EmptyModelParamParam) -> EmptyModelParam:
    """`arguments` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_arguments(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "arguments") from exc


def _parse_execution(data: Any, strict: bool) -> ToolSearchExecutionType | Unset:
    if data is UNSET:
        return Unset.UNSET
    return ToolSearchExecutionType.known(data) or ToolSearchExecutionType.from_value(data)


def _convert_execution(
    value: ToolSearchExecutionType | ToolSearchExecutionTypeLiteral | Unset,
) -> ToolSearchExecutionType | Unset:
    """`execution` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_execution(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "execution") from exc


def _parse_status(data: Any, strict: bool) -> FunctionCallItemStatus | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return FunctionCallItemStatus.known(data) or FunctionCallItemStatus.from_value(data)
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_status(value: Any) -> Any:
    return value


def _convert_status(
    value: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None | Unset,
) -> FunctionCallItemStatus | None | Unset:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("arguments", "arguments", (dict,), required=True, read=_parse_arguments, dump=_dump_arguments),
    FieldSpec("id", "id", (str,), nullable=True),
    FieldSpec("call_id", "call_id", (str,), nullable=True),
    FieldSpec("execution", "execution", (str,), read=_parse_execution),
    FieldSpec("status", "status", (str,), nullable=True, read=_parse_status, dump=_dump_status),
)
_KNOWN = frozenset({"type", "arguments", "id", "call_id", "execution", "status"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolSearchCallItemParam(ExtraFields[Any]):
    """ToolSearchCallItemParam

    Attributes:
        type_ (ToolSearchCallItemParamType):  Default: ToolSearchCallItemParamType.TOOL_SEARCH_CALL.
        arguments (EmptyModelParam):
        id (None | str | Unset):
        call_id (None | str | Unset):
        execution (ToolSearchExecutionType | Unset):
        status (FunctionCallItemStatus | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ToolSearchCallItemParamType = _attrs_field(converter=_convert_type_)
    arguments: EmptyModelParam = _attrs_field(converter=_convert_arguments)
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    execution: ToolSearchExecutionType | Unset = _attrs_field(default=UNSET, converter=_convert_execution)
    status: FunctionCallItemStatus | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "arguments"
            field_dict["arguments"] = as_request_json(self.arguments, _parse_arguments)
            if (id := self.id) is not UNSET:
                field_dict["id"] = id
            if (call_id := self.call_id) is not UNSET:
                field_dict["call_id"] = call_id
            if (execution := self.execution) is not UNSET:
                field_dict["execution"] = execution
            at = "status"
            if (status := self.status) is not UNSET:
                field_dict["status"] = as_request_json(status, _parse_status)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ToolSearchCallItemParam from decoded JSON.

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
            at = "arguments"
            obj.arguments = _parse_arguments(d["arguments"], strict)
            obj.id = d.get("id", UNSET)
            obj.call_id = d.get("call_id", UNSET)
            at = "execution"
            obj.execution = _parse_execution(d.get("execution", UNSET), strict)
            at = "status"
            obj.status = _parse_status(d.get("status", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            2
            + (obj.id is not UNSET)
            + (obj.call_id is not UNSET)
            + (obj.execution is not UNSET)
            + (obj.status is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ToolSearchCallItemParamParam(TypedDict, total=False):
    """The dict form of ToolSearchCallItemParam: what a request takes in its place (checked before sending)."""

    type: Required[ToolSearchCallItemParamType | ToolSearchCallItemParamTypeLiteral]
    arguments: Required[EmptyModelParam | EmptyModelParamParam]
    id: str | None
    call_id: str | None
    execution: ToolSearchExecutionType | ToolSearchExecutionTypeLiteral
    status: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None


from ..models.empty_model_param import EmptyModelParam
