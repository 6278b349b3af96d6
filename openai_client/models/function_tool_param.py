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
from ..models.function_tool_param_type import FunctionToolParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callable_tool_allowed_caller import CallableToolAllowedCallerLiteral
    from ..models.empty_model_param import EmptyModelParamParam
    from ..models.function_tool_param_type import FunctionToolParamTypeLiteral


def _parse_type_(data: Any, strict: bool) -> FunctionToolParamType:
    return FunctionToolParamType.known(data) or FunctionToolParamType.from_value(data)


def _convert_type_(value: FunctionToolParamType | FunctionToolParamTypeLiteral) -> FunctionToolParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


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


def _parse_output_schema(data: Any, strict: bool) -> FunctionToolParamOutputSchemaType0 | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return FunctionToolParamOutputSchemaType0.from_dict(data, strict)
    if isinstance(data, FunctionToolParamOutputSchemaType0):
        return data
    if isinstance(data, Mapping):
        return _parse_output_schema(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_output_schema(value: Any) -> Any:
    if isinstance(value, FunctionToolParamOutputSchemaType0):
        return value.to_dict()
    return value


def _convert_output_schema(
    value: FunctionToolParamOutputSchemaType0 | Mapping[str, Any] | None | Unset,
) -> FunctionToolParamOutputSchemaType0 | None | Unset:
    """`output_schema` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_output_schema(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "output_schema") from exc


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
    FieldSpec("name", "name", (str,), required=True),
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("description", "description", (str,), nullable=True),
    FieldSpec("parameters", "parameters", (dict,), nullable=True, read=_parse_parameters, dump=_dump_parameters),
    FieldSpec("strict", "strict", (bool,), nullable=True),
    FieldSpec(
        "output_schema", "output_schema", (dict,), nullable=True, read=_parse_output_schema, dump=_dump_output_schema
    ),
    FieldSpec("defer_loading", "defer_loading", (bool,)),
    FieldSpec(
        "allowed_callers",
        "allowed_callers",
        (list,),
        nullable=True,
        read=_parse_allowed_callers,
        dump=_dump_allowed_callers,
    ),
)
_KNOWN = frozenset(
    {"name", "type", "description", "parameters", "strict", "output_schema", "defer_loading", "allowed_callers"}
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionToolParam(ExtraFields[Any]):
    """FunctionToolParam

    Attributes:
        name (str):
        type_ (FunctionToolParamType):  Default: FunctionToolParamType.FUNCTION.
        description (None | str | Unset):
        parameters (EmptyModelParam | None | Unset):
        strict (bool | None | Unset):
        output_schema (FunctionToolParamOutputSchemaType0 | None | Unset):
        defer_loading (bool | Unset):
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    name: str
    type_: FunctionToolParamType = _attrs_field(converter=_convert_type_)
    description: None | str | Unset = UNSET
    parameters: EmptyModelParam | None | Unset = _attrs_field(default=UNSET, converter=_convert_parameters)
    strict: bool | None | Unset = UNSET
    output_schema: FunctionToolParamOutputSchemaType0 | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_output_schema
    )
    defer_loading: bool | Unset = UNSET
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_allowed_callers
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["name"] = self.name
            field_dict["type"] = self.type_
            if (description := self.description) is not UNSET:
                field_dict["description"] = description
            at = "parameters"
            if (parameters := self.parameters) is not UNSET:
                field_dict["parameters"] = as_request_json(parameters, _parse_parameters)
            if (strict := self.strict) is not UNSET:
                field_dict["strict"] = strict
            at = "output_schema"
            if (output_schema := self.output_schema) is not UNSET:
                field_dict["output_schema"] = as_request_json(output_schema, _parse_output_schema)
            if (defer_loading := self.defer_loading) is not UNSET:
                field_dict["defer_loading"] = defer_loading
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
        """Read a FunctionToolParam from decoded JSON.

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
            obj.name = d["name"]
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            obj.description = d.get("description", UNSET)
            at = "parameters"
            obj.parameters = _parse_parameters(d.get("parameters", UNSET), strict)
            obj.strict = d.get("strict", UNSET)
            at = "output_schema"
            obj.output_schema = _parse_output_schema(d.get("output_schema", UNSET), strict)
            obj.defer_loading = d.get("defer_loading", UNSET)
            at = "allowed_callers"
            obj.allowed_callers = _parse_allowed_callers(d.get("allowed_callers", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs one subset test.
        obj.additional_properties = {} if _KNOWN.issuperset(d) else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class FunctionToolParamParam(TypedDict, total=False):
    """The dict form of FunctionToolParam: what a request takes in its place (checked before sending)."""

    name: Required[str]
    type: Required[FunctionToolParamType | FunctionToolParamTypeLiteral]
    description: str | None
    parameters: EmptyModelParam | EmptyModelParamParam | None
    strict: bool | None
    output_schema: FunctionToolParamOutputSchemaType0 | Mapping[str, Any] | None
    defer_loading: bool
    allowed_callers: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None


from ..models.empty_model_param import EmptyModelParam
from ..models.function_tool_param_output_schema_type_0 import FunctionToolParamOutputSchemaType0
