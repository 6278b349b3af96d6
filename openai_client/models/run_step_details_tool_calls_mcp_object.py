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
from ..types import UNSET, Unset

_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("type", "type_", (str,), required=True, const="mcp"),
    FieldSpec("arguments", "arguments", (str,), required=True),
    FieldSpec("name", "name", (str,), required=True),
    FieldSpec("output", "output", (str,), required=True),
    FieldSpec("server_label", "server_label", (str,)),
)
_KNOWN = frozenset({"id", "type", "arguments", "name", "output", "server_label"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsMcpObject(ExtraFields[Any]):
    """Foundry (2025-05-15-preview): a call of a tool of an MCP server.

    Attributes:
        id (str): Call ID.
        type_ (Literal['mcp']): Always `mcp`.
        arguments (str): Arguments, a JSON text.
        name (str): The MCP tool called.
        output (str): What it answered.
        server_label (str | Unset): The server's label.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    arguments: str
    name: str
    output: str
    type_: Literal["mcp"] = "mcp"
    server_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "id": self.id,
                "type": self.type_,
                "arguments": self.arguments,
                "name": self.name,
                "output": self.output,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (server_label := self.server_label) is not UNSET:
            field_dict["server_label"] = server_label
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDetailsToolCallsMcpObject from decoded JSON.

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
            obj.arguments = d["arguments"]
            obj.name = d["name"]
            obj.output = d["output"]
            obj.server_label = d.get("server_label", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 5 + (obj.server_label is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj
