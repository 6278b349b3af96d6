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
from ..models.function_tool_type import FunctionToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callable_tool_allowed_caller import CallableToolAllowedCallerLiteral
    from ..models.function_tool_type import FunctionToolTypeLiteral


def _parse_type_(data: Any, strict: bool) -> FunctionToolType:
    return FunctionToolType.known(data) or FunctionToolType.from_value(data)


def _convert_type_(value: FunctionToolType | FunctionToolTypeLiteral) -> FunctionToolType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_parameters(data: Any, strict: bool) -> FunctionToolParametersType0 | None:
    if data is None:
        return None
    if type(data) is dict:
        return FunctionToolParametersType0.from_dict(data, strict)
    if isinstance(data, FunctionToolParametersType0):
        return data
    if isinstance(data, Mapping):
        return _parse_parameters(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_parameters(value: Any) -> Any:
    if isinstance(value, FunctionToolParametersType0):
        return value.to_dict()
    return value


def _convert_parameters(
    value: FunctionToolParametersType0 | Mapping[str, Any] | None,
) -> FunctionToolParametersType0 | None:
    """`parameters` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_parameters(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "parameters") from exc


def _parse_output_schema(data: Any, strict: bool) -> FunctionToolOutputSchemaType0 | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return FunctionToolOutputSchemaType0.from_dict(data, strict)
    if isinstance(data, FunctionToolOutputSchemaType0):
        return data
    if isinstance(data, Mapping):
        return _parse_output_schema(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_output_schema(value: Any) -> Any:
    if isinstance(value, FunctionToolOutputSchemaType0):
        return value.to_dict()
    return value


def _convert_output_schema(
    value: FunctionToolOutputSchemaType0 | Mapping[str, Any] | None | Unset,
) -> FunctionToolOutputSchemaType0 | None | Unset:
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
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("name", "name", (str,), required=True),
    FieldSpec(
        "parameters", "parameters", (dict,), required=True, nullable=True, read=_parse_parameters, dump=_dump_parameters
    ),
    FieldSpec("strict", "strict", (bool,), required=True, nullable=True),
    FieldSpec("description", "description", (str,), nullable=True),
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
    {"type", "name", "parameters", "strict", "description", "output_schema", "defer_loading", "allowed_callers"}
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionTool(ExtraFields[Any]):
    """FunctionTool

    Attributes:
        type_ (FunctionToolType):  Default: FunctionToolType.FUNCTION.
        name (str):
        parameters (FunctionToolParametersType0 | None):
        strict (bool | None):
        description (None | str | Unset):
        output_schema (FunctionToolOutputSchemaType0 | None | Unset):
        defer_loading (bool | Unset):
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: FunctionToolType = _attrs_field(converter=_convert_type_)
    name: str
    parameters: FunctionToolParametersType0 | None = _attrs_field(converter=_convert_parameters)
    strict: bool | None
    description: None | str | Unset = UNSET
    output_schema: FunctionToolOutputSchemaType0 | None | Unset = _attrs_field(
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
            field_dict["type"] = self.type_
            field_dict["name"] = self.name
            at = "parameters"
            field_dict["parameters"] = as_request_json(self.parameters, _parse_parameters)
            field_dict["strict"] = self.strict
            if (description := self.description) is not UNSET:
                field_dict["description"] = description
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
        """Read a FunctionTool from decoded JSON.

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
            obj.name = d["name"]
            at = "parameters"
            obj.parameters = _parse_parameters(d["parameters"], strict)
            obj.strict = d["strict"]
            obj.description = d.get("description", UNSET)
            at = "output_schema"
            obj.output_schema = _parse_output_schema(d.get("output_schema", UNSET), strict)
            obj.defer_loading = d.get("defer_loading", UNSET)
            at = "allowed_callers"
            obj.allowed_callers = _parse_allowed_callers(d.get("allowed_callers", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            4
            + (obj.description is not UNSET)
            + (obj.output_schema is not UNSET)
            + (obj.defer_loading is not UNSET)
            + (obj.allowed_callers is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class FunctionToolParam(TypedDict, total=False):
    """The dict form of FunctionTool: what a request takes in its place (checked before sending)."""

    type: Required[FunctionToolType | FunctionToolTypeLiteral]
    name: Required[str]
    parameters: Required[FunctionToolParametersType0 | Mapping[str, Any] | None]
    strict: Required[bool | None]
    description: str | None
    output_schema: FunctionToolOutputSchemaType0 | Mapping[str, Any] | None
    defer_loading: bool
    allowed_callers: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None


from ..models.function_tool_output_schema_type_0 import FunctionToolOutputSchemaType0
from ..models.function_tool_parameters_type_0 import FunctionToolParametersType0
