from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Required, Self, TypedDict

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


def _parse_tool_names(data: Any, strict: bool) -> list[str]:
    return as_list(data)


def _dump_tool_names(value: Any) -> Any:
    return list(value)


def _convert_tool_names(value: Sequence[str]) -> list[str]:
    """`tool_names` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tool_names(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tool_names") from exc


_FIELD_SPECS = (
    FieldSpec(
        "tool_names", "tool_names", (list,), required=True, items=(str,), read=_parse_tool_names, dump=_dump_tool_names
    ),
)
_KNOWN = frozenset({"tool_names"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPToolList(ExtraFields[Any]):
    """Names of an MCP server's tools.

    Attributes:
        tool_names (list[str]): The names.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    tool_names: list[str] = _attrs_field(converter=_convert_tool_names)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "tool_names"
            field_dict["tool_names"] = as_request_json(self.tool_names, _parse_tool_names)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MCPToolList from decoded JSON.

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
            at = "tool_names"
            obj.tool_names = _parse_tool_names(d["tool_names"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class MCPToolListParam(TypedDict, total=False):
    """The dict form of MCPToolList: what a request takes in its place (checked before sending)."""

    tool_names: Required[Sequence[str]]
