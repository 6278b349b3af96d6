from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("tool_outputs", (list,), required=True),
    FieldSpec("stream", (bool,), nullable=True),
)


def _parse_tool_outputs(data: Any, strict: bool) -> list[ToolOutput]:
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[ToolOutput] = []
    try:
        for item in data:
            items.append(ToolOutput.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


@_attrs_define
class SubmitToolOutputsRunRequest:
    """Outputs of the tool calls a run asked for.

    Attributes:
        tool_outputs (list[ToolOutput]): One output per tool call.
        stream (bool | None | Unset): Stream server-sent events (not supported by this client's parser).
    """

    tool_outputs: list[ToolOutput]
    stream: bool | None | Unset = UNSET
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            "tool_outputs": [item.to_dict() for item in self.tool_outputs],
        }
        if not isinstance(stream := self.stream, Unset):
            field_dict["stream"] = stream
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a SubmitToolOutputsRunRequest from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS)
        at = ""
        try:
            at = "tool_outputs"
            v_tool_outputs = _parse_tool_outputs(d.pop("tool_outputs"), strict)
            v_stream = d.pop("stream", UNSET)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            tool_outputs=v_tool_outputs,
            stream=v_stream,
        )
        return obj


from ..models.tool_output import ToolOutput
