from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError

_FIELDS = (FieldSpec("tool_calls", (list,), required=True),)


def _parse_tool_calls(data: Any, strict: bool) -> list[RunToolCallObject]:
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[RunToolCallObject] = []
    try:
        for item in data:
            items.append(RunToolCallObject.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


@_attrs_define
class RunSubmitToolOutputs(ExtraFields[Any]):
    """The tool calls whose outputs the run needs.

    Attributes:
        tool_calls (list[RunToolCallObject]):
    """

    tool_calls: list[RunToolCallObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "tool_calls": [item.to_dict() for item in self.tool_calls],
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunSubmitToolOutputs from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS, None)
        at = ""
        try:
            at = "tool_calls"
            v_tool_calls = _parse_tool_calls(d.pop("tool_calls"), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            tool_calls=v_tool_calls,
        )
        obj.additional_properties = d
        return obj


from ..models.run_tool_call_object import RunToolCallObject
