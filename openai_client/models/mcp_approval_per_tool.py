from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_list import MCPToolListParam


def _parse_never(data: Any, strict: bool) -> MCPToolList | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, MCPToolList):
        return MCPToolList.from_dict(data, strict)
    return data


def _dump_never(value: Any) -> Any:
    return value.to_dict()


def _convert_never(value: MCPToolList | MCPToolListParam | Unset) -> MCPToolList | Unset:
    """`never` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_never(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "never") from exc


def _parse_always(data: Any, strict: bool) -> MCPToolList | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, MCPToolList):
        return MCPToolList.from_dict(data, strict)
    return data


def _dump_always(value: Any) -> Any:
    return value.to_dict()


def _convert_always(value: MCPToolList | MCPToolListParam | Unset) -> MCPToolList | Unset:
    """`always` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_always(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "always") from exc


_FIELD_SPECS = (
    FieldSpec("never", "never", (dict,), read=_parse_never, dump=_dump_never),
    FieldSpec("always", "always", (dict,), read=_parse_always, dump=_dump_always),
)
_KNOWN = frozenset({"never", "always"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPApprovalPerTool(ExtraFields[Any]):
    """Approval by tool name.

    Attributes:
        never (MCPToolList | Unset): Names of an MCP server's tools.
        always (MCPToolList | Unset): Names of an MCP server's tools.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    never: MCPToolList | Unset = _attrs_field(default=UNSET, converter=_convert_never)
    always: MCPToolList | Unset = _attrs_field(default=UNSET, converter=_convert_always)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "never"
            if (never := self.never) is not UNSET:
                field_dict["never"] = as_request_json(never, _parse_never)
            at = "always"
            if (always := self.always) is not UNSET:
                field_dict["always"] = as_request_json(always, _parse_always)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MCPApprovalPerTool from decoded JSON.

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
            at = "never"
            obj.never = _parse_never(d.get("never", UNSET), strict)
            at = "always"
            obj.always = _parse_always(d.get("always", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.never is not UNSET) + (obj.always is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class MCPApprovalPerToolParam(TypedDict, total=False):
    """The dict form of MCPApprovalPerTool: what a request takes in its place (checked before sending)."""

    never: MCPToolList | MCPToolListParam
    always: MCPToolList | MCPToolListParam


from ..models.mcp_tool_list import MCPToolList
