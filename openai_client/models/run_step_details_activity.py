from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError


def _parse_tools(data: Any, strict: bool) -> RunStepDetailsActivityTools:
    if type(data) is dict or not isinstance(data, RunStepDetailsActivityTools):
        return RunStepDetailsActivityTools.from_dict(data, strict)
    return data


def _dump_tools(value: Any) -> Any:
    return value.to_dict()


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, const="mcp_list_tools"),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("server_label", "server_label", (str,), required=True),
    FieldSpec("tools", "tools", (dict,), required=True, read=_parse_tools, dump=_dump_tools),
)
_KNOWN = frozenset({"type", "id", "server_label", "tools"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsActivity(ExtraFields[Any]):
    """The tools an MCP server offered.

    Attributes:
        type_ (Literal['mcp_list_tools']): Always `mcp_list_tools`.
        id (str): The activity's ID.
        server_label (str): The server's label.
        tools (RunStepDetailsActivityTools): The server's tools, by name: each with its `description` and its
            `parameters` (a JSON Schema object), kept as sent.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    server_label: str
    tools: RunStepDetailsActivityTools
    type_: Literal["mcp_list_tools"] = "mcp_list_tools"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
                "id": self.id,
                "server_label": self.server_label,
                "tools": self.tools.to_dict(),
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDetailsActivity from decoded JSON.

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
            obj.type_ = d["type"]
            obj.id = d["id"]
            obj.server_label = d["server_label"]
            at = "tools"
            value = d["tools"]
            obj.tools = (
                RunStepDetailsActivityTools.from_dict(value, strict)
                if type(value) is dict
                else _parse_tools(value, strict)
            )
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.run_step_details_activity_tools import RunStepDetailsActivityTools
