from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    FieldSpec,
    Model,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset


def _parse_tool_names(data: Any, strict: bool) -> list[str] | Unset:
    if data is UNSET:
        return Unset.UNSET
    return as_list(data)


def _dump_tool_names(value: Any) -> Any:
    return list(value)


def _convert_tool_names(value: Sequence[str] | Unset) -> list[str] | Unset:
    """`tool_names` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tool_names(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tool_names") from exc


_FIELD_SPECS = (
    FieldSpec("tool_names", "tool_names", (list,), items=(str,), read=_parse_tool_names, dump=_dump_tool_names),
    FieldSpec("read_only", "read_only", (bool,)),
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPToolFilter(Model):
    """MCPToolFilter

    Attributes:
        tool_names (list[str] | Unset):
        read_only (bool | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    tool_names: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_tool_names)
    read_only: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = {}
            at = "tool_names"
            if (tool_names := self.tool_names) is not UNSET:
                field_dict["tool_names"] = as_request_json(tool_names, _parse_tool_names)
            if (read_only := self.read_only) is not UNSET:
                field_dict["read_only"] = read_only
        except AttributeError:
            field_dict = dump_sent(self, None)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a MCPToolFilter from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, closed=True)
        obj = _new(cls)
        at = ""
        try:
            at = "tool_names"
            obj.tool_names = _parse_tool_names(d.get("tool_names", UNSET), strict)
            obj.read_only = d.get("read_only", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, False)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return obj


class MCPToolFilterParam(TypedDict, total=False):
    """The dict form of MCPToolFilter: what a request takes in its place (checked before sending)."""

    tool_names: Sequence[str]
    read_only: bool
