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

_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("type", "type_", (str,), required=True, const="mcp"),
    FieldSpec("name", "name", (str,), required=True),
    FieldSpec("arguments", "arguments", (str,), required=True),
    FieldSpec("server_label", "server_label", (str,), required=True),
)
_KNOWN = frozenset({"id", "type", "name", "arguments", "server_label"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunToolCallMcpObject(ExtraFields[Any]):
    """A call of a tool of an MCP server, waiting for approval.

    Attributes:
        id (str): Call ID; send it back as `tool_call_id` with the approval.
        type_ (Literal['mcp']): Always `mcp`.
        name (str): The MCP tool to call.
        arguments (str): Arguments as the model wrote them, a JSON text.
        server_label (str): The server's label.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    name: str
    arguments: str
    server_label: str
    type_: Literal["mcp"] = "mcp"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "id": self.id,
                "type": self.type_,
                "name": self.name,
                "arguments": self.arguments,
                "server_label": self.server_label,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunToolCallMcpObject from decoded JSON.

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
            obj.id = d["id"]
            obj.type_ = d["type"]
            obj.name = d["name"]
            obj.arguments = d["arguments"]
            obj.server_label = d["server_label"]
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 5
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj
