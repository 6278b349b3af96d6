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
from ..models.tool_search_execution_type import ToolSearchExecutionType
from ..models.tool_search_tool_param_type import ToolSearchToolParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParamParam
    from ..models.tool_search_execution_type import ToolSearchExecutionTypeLiteral
    from ..models.tool_search_tool_param_type import ToolSearchToolParamTypeLiteral


def _parse_type_(data: Any, strict: bool) -> ToolSearchToolParamType:
    return ToolSearchToolParamType.known(data) or ToolSearchToolParamType.from_value(data)


def _convert_type_(value: ToolSearchToolParamType | ToolSearchToolParamTypeLiteral) -> ToolSearchToolParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


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


def _parse_parameters(data: Any, strict: bool) -> EmptyModelParam | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return EmptyModelParam.from_dict(data, strict)
    if isinstance(data, EmptyModelParam):
        return data
    if isinstance(data, Mapping):
        return _parse_parameters(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_parameters(value: Any) -> Any:
    if isinstance(value, EmptyModelParam):
        return value.to_dict()
    return value


def _convert_parameters(value: EmptyModelParam | EmptyModelParamParam | None | Unset) -> EmptyModelParam | None | Unset:
    """`parameters` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_parameters(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "parameters") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("execution", "execution", (str,), read=_parse_execution),
    FieldSpec("description", "description", (str,), nullable=True),
    FieldSpec("parameters", "parameters", (dict,), nullable=True, read=_parse_parameters, dump=_dump_parameters),
)
_KNOWN = frozenset({"type", "execution", "description", "parameters"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolSearchToolParam(ExtraFields[Any]):
    """ToolSearchToolParam

    Attributes:
        type_ (ToolSearchToolParamType):  Default: ToolSearchToolParamType.TOOL_SEARCH.
        execution (ToolSearchExecutionType | Unset):
        description (None | str | Unset):
        parameters (EmptyModelParam | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ToolSearchToolParamType = _attrs_field(converter=_convert_type_)
    execution: ToolSearchExecutionType | Unset = _attrs_field(default=UNSET, converter=_convert_execution)
    description: None | str | Unset = UNSET
    parameters: EmptyModelParam | None | Unset = _attrs_field(default=UNSET, converter=_convert_parameters)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            if (execution := self.execution) is not UNSET:
                field_dict["execution"] = execution
            if (description := self.description) is not UNSET:
                field_dict["description"] = description
            at = "parameters"
            if (parameters := self.parameters) is not UNSET:
                field_dict["parameters"] = as_request_json(parameters, _parse_parameters)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ToolSearchToolParam from decoded JSON.

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
            at = "execution"
            obj.execution = _parse_execution(d.get("execution", UNSET), strict)
            obj.description = d.get("description", UNSET)
            at = "parameters"
            obj.parameters = _parse_parameters(d.get("parameters", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1 + (obj.execution is not UNSET) + (obj.description is not UNSET) + (obj.parameters is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ToolSearchToolParamParam(TypedDict, total=False):
    """The dict form of ToolSearchToolParam: what a request takes in its place (checked before sending)."""

    type: Required[ToolSearchToolParamType | ToolSearchToolParamTypeLiteral]
    execution: ToolSearchExecutionType | ToolSearchExecutionTypeLiteral
    description: str | None
    parameters: EmptyModelParam | EmptyModelParamParam | None


from ..models.empty_model_param import EmptyModelParam
