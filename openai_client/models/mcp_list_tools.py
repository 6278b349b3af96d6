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
from ..models.mcp_list_tools_type import MCPListToolsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool import MCPListToolsToolParam
    from ..models.mcp_list_tools_type import MCPListToolsTypeLiteral


def _parse_type_(data: Any, strict: bool) -> MCPListToolsType:
    return MCPListToolsType.known(data) or MCPListToolsType.from_value(data)


def _convert_type_(value: MCPListToolsType | MCPListToolsTypeLiteral) -> MCPListToolsType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_tools(data: Any, strict: bool) -> list[MCPListToolsTool]:
    listed = data if type(data) is list else as_list(data)
    items: list[MCPListToolsTool] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, MCPListToolsTool) else MCPListToolsTool.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tools(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_tools(value: Sequence[MCPListToolsTool | MCPListToolsToolParam]) -> list[MCPListToolsTool]:
    """`tools` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tools(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tools") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("server_label", "server_label", (str,), required=True),
    FieldSpec("tools", "tools", (list,), required=True, read=_parse_tools, dump=_dump_tools),
    FieldSpec("error", "error", (str,), nullable=True),
)
_KNOWN = frozenset({"type", "id", "server_label", "tools", "error"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPListTools(ExtraFields[Any]):
    """MCPListTools

    Attributes:
        type_ (MCPListToolsType):
        id (str):
        server_label (str):
        tools (list[MCPListToolsTool]):
        error (None | str | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: MCPListToolsType = _attrs_field(converter=_convert_type_)
    id: str
    server_label: str
    tools: list[MCPListToolsTool] = _attrs_field(converter=_convert_tools)
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["id"] = self.id
            field_dict["server_label"] = self.server_label
            at = "tools"
            field_dict["tools"] = as_request_json(self.tools, _parse_tools)
            if (error := self.error) is not UNSET:
                field_dict["error"] = error
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MCPListTools from decoded JSON.

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
            obj.id = d["id"]
            obj.server_label = d["server_label"]
            at = "tools"
            obj.tools = _parse_tools(d["tools"], strict)
            obj.error = d.get("error", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4 + (obj.error is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class MCPListToolsParam(TypedDict, total=False):
    """The dict form of MCPListTools: what a request takes in its place (checked before sending)."""

    type: Required[MCPListToolsType | MCPListToolsTypeLiteral]
    id: Required[str]
    server_label: Required[str]
    tools: Required[Sequence[MCPListToolsTool | MCPListToolsToolParam]]
    error: str | None


from ..models.mcp_list_tools_tool import MCPListToolsTool
