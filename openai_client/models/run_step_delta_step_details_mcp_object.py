from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset


def _parse_tool_calls(data: Any, strict: bool) -> list[RunStepDeltaStepDetailsToolCallsMcpObject] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[RunStepDeltaStepDetailsToolCallsMcpObject] = []
    try:
        for item in listed:
            items.append(
                item
                if isinstance(item, RunStepDeltaStepDetailsToolCallsMcpObject)
                else RunStepDeltaStepDetailsToolCallsMcpObject.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tool_calls(value: Any) -> Any:
    return [item.to_dict() for item in value]


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, const="mcp"),
    FieldSpec("tool_calls", "tool_calls", (list,), read=_parse_tool_calls, dump=_dump_tool_calls),
)
_KNOWN = frozenset({"type", "tool_calls"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsMcpObject(ExtraFields[Any]):
    """Foundry (2025-05-15-preview): changes to the MCP calls of a step, while streaming.

    Attributes:
        type_ (Literal['mcp']): Always `mcp`.
        tool_calls (list[RunStepDeltaStepDetailsToolCallsMcpObject] | Unset): Changes to MCP calls.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: Literal["mcp"] = "mcp"
    tool_calls: list[RunStepDeltaStepDetailsToolCallsMcpObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (tool_calls := self.tool_calls) is not UNSET:
            field_dict["tool_calls"] = [item.to_dict() for item in tool_calls]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDeltaStepDetailsMcpObject from decoded JSON.

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
            at = "tool_calls"
            obj.tool_calls = _parse_tool_calls(d.get("tool_calls", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1 + (obj.tool_calls is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.run_step_delta_step_details_tool_calls_mcp_object import RunStepDeltaStepDetailsToolCallsMcpObject
