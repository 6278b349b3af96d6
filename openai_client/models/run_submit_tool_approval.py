from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

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


def _parse_tool_calls_item(
    data: Any, strict: bool
) -> RunToolCallMcpObject | RunToolCallObject | UnknownRunApprovalToolCall:
    if type(data) is dict:
        tag = data.get("type")
        if tag == "mcp":
            return RunToolCallMcpObject.from_dict(data, strict)
        if tag == "function":
            return RunToolCallObject.from_dict(data, strict)
        return UnknownRunApprovalToolCall.from_dict(data, strict)
    if isinstance(data, (RunToolCallMcpObject, RunToolCallObject, UnknownRunApprovalToolCall)):
        return data
    if isinstance(data, Mapping):
        return _parse_tool_calls_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_tool_calls_item(value: Any) -> Any:
    if isinstance(value, (RunToolCallMcpObject, RunToolCallObject, UnknownRunApprovalToolCall)):
        return value.to_dict()
    return value


def _parse_tool_calls(
    data: Any, strict: bool
) -> list[RunToolCallMcpObject | RunToolCallObject | UnknownRunApprovalToolCall]:
    listed = data if type(data) is list else as_list(data)
    items: list[RunToolCallMcpObject | RunToolCallObject | UnknownRunApprovalToolCall] = []
    try:
        for item in listed:
            items.append(_parse_tool_calls_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tool_calls(value: Any) -> Any:
    return [_dump_tool_calls_item(item) for item in value]


_FIELD_SPECS = (
    FieldSpec("tool_calls", "tool_calls", (list,), required=True, read=_parse_tool_calls, dump=_dump_tool_calls),
)
_KNOWN = frozenset({"tool_calls"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunSubmitToolApproval(ExtraFields[Any]):
    """The tool calls waiting for approval.

    Attributes:
        tool_calls (list[RunToolCallMcpObject | RunToolCallObject | UnknownRunApprovalToolCall]):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    tool_calls: list[RunToolCallMcpObject | RunToolCallObject | UnknownRunApprovalToolCall]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "tool_calls": [_dump_tool_calls_item(item) for item in self.tool_calls],
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunSubmitToolApproval from decoded JSON.

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
            at = "tool_calls"
            obj.tool_calls = _parse_tool_calls(d["tool_calls"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.run_tool_call_mcp_object import RunToolCallMcpObject
from ..models.run_tool_call_object import RunToolCallObject
from ..models.unknown_run_approval_tool_call import UnknownRunApprovalToolCall
