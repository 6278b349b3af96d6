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
    FieldSpec("index", "index", (int,), required=True),
    FieldSpec("type", "type_", (str,), required=True, const="mcp"),
    FieldSpec("id", "id", (str,)),
    FieldSpec("arguments", "arguments", (str,)),
)
_KNOWN = frozenset({"index", "type", "id", "arguments"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsMcpObject(ExtraFields[Any]):
    """Foundry (2025-05-15-preview): an MCP tool call, while streaming: its arguments as they are written.

    Attributes:
        index (int): Which tool call this changes, counted from 0.
        type_ (Literal['mcp']): Always `mcp`.
        id (str | Unset): Call ID.
        arguments (str | Unset): Arguments, the JSON text written so far.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    index: int
    type_: Literal["mcp"] = "mcp"
    id: str | Unset = UNSET
    arguments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "index": self.index,
                "type": self.type_,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (id := self.id) is not UNSET:
            field_dict["id"] = id
        if (arguments := self.arguments) is not UNSET:
            field_dict["arguments"] = arguments
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDeltaStepDetailsToolCallsMcpObject from decoded JSON.

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
            obj.index = d["index"]
            obj.type_ = d["type"]
            obj.id = d.get("id", UNSET)
            obj.arguments = d.get("arguments", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2 + (obj.id is not UNSET) + (obj.arguments is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj
