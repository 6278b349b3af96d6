from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_connection import ToolConnectionParam


def _parse_connections(data: Any, strict: bool) -> list[ToolConnection] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[ToolConnection] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, ToolConnection) else ToolConnection.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_connections(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_connections(value: Sequence[ToolConnection | ToolConnectionParam] | Unset) -> list[ToolConnection] | Unset:
    """`connections` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_connections(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "connections") from exc


_FIELD_SPECS = (FieldSpec("connections", "connections", (list,), read=_parse_connections, dump=_dump_connections),)
_KNOWN = frozenset({"connections"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolConnectionList(ExtraFields[Any]):
    """The project connection a Fabric or SharePoint tool goes through.

    Attributes:
        connections (list[ToolConnection] | Unset): At most one connection.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    connections: list[ToolConnection] | Unset = _attrs_field(default=UNSET, converter=_convert_connections)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "connections"
            if (connections := self.connections) is not UNSET:
                field_dict["connections"] = as_request_json(connections, _parse_connections)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ToolConnectionList from decoded JSON.

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
            at = "connections"
            obj.connections = _parse_connections(d.get("connections", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.connections is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ToolConnectionListParam(TypedDict, total=False):
    """The dict form of ToolConnectionList: what a request takes in its place (checked before sending)."""

    connections: Sequence[ToolConnection | ToolConnectionParam]


from ..models.tool_connection import ToolConnection
