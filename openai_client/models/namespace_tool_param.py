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
from ..models.namespace_tool_param_type import NamespaceToolParamType

if TYPE_CHECKING:
    from ..models.custom_tool_param import CustomToolParamParam
    from ..models.function_tool_param import FunctionToolParamParam
    from ..models.namespace_tool_param_type import NamespaceToolParamTypeLiteral


def _parse_type_(data: Any, strict: bool) -> NamespaceToolParamType:
    return NamespaceToolParamType.known(data) or NamespaceToolParamType.from_value(data)


def _convert_type_(value: NamespaceToolParamType | NamespaceToolParamTypeLiteral) -> NamespaceToolParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_tools_item(data: Any, strict: bool) -> CustomToolParam | FunctionToolParam:
    if type(data) is dict:
        return FunctionToolParam.from_dict(data, strict)
    if isinstance(data, (FunctionToolParam, CustomToolParam)):
        return data
    if isinstance(data, Mapping):
        return _parse_tools_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_tools_item(value: Any) -> Any:
    if isinstance(value, (FunctionToolParam, CustomToolParam)):
        return value.to_dict()
    return value


def _parse_tools(data: Any, strict: bool) -> list[CustomToolParam | FunctionToolParam]:
    listed = data if type(data) is list else as_list(data)
    items: list[CustomToolParam | FunctionToolParam] = []
    try:
        for item in listed:
            items.append(_parse_tools_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tools(value: Any) -> Any:
    return [_dump_tools_item(item) for item in value]


def _convert_tools(
    value: Sequence[FunctionToolParam | FunctionToolParamParam | CustomToolParam | CustomToolParamParam],
) -> list[CustomToolParam | FunctionToolParam]:
    """`tools` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tools(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tools") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("name", "name", (str,), required=True),
    FieldSpec("description", "description", (str,), required=True),
    FieldSpec("tools", "tools", (list,), required=True, read=_parse_tools, dump=_dump_tools),
)
_KNOWN = frozenset({"type", "name", "description", "tools"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class NamespaceToolParam(ExtraFields[Any]):
    """NamespaceToolParam

    Attributes:
        type_ (NamespaceToolParamType):  Default: NamespaceToolParamType.NAMESPACE.
        name (str):
        description (str):
        tools (list[CustomToolParam | FunctionToolParam]):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: NamespaceToolParamType = _attrs_field(converter=_convert_type_)
    name: str
    description: str
    tools: list[CustomToolParam | FunctionToolParam] = _attrs_field(converter=_convert_tools)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["name"] = self.name
            field_dict["description"] = self.description
            at = "tools"
            field_dict["tools"] = as_request_json(self.tools, _parse_tools)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a NamespaceToolParam from decoded JSON.

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
            obj.description = d["description"]
            at = "tools"
            obj.tools = _parse_tools(d["tools"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class NamespaceToolParamParam(TypedDict, total=False):
    """The dict form of NamespaceToolParam: what a request takes in its place (checked before sending)."""

    type: Required[NamespaceToolParamType | NamespaceToolParamTypeLiteral]
    name: Required[str]
    description: Required[str]
    tools: Required[Sequence[FunctionToolParam | FunctionToolParamParam | CustomToolParam | CustomToolParamParam]]


from ..models.custom_tool_param import CustomToolParam
from ..models.function_tool_param import FunctionToolParam
