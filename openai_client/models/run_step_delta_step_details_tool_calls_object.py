from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("type", (str,), required=True, const="tool_calls"),
    FieldSpec("tool_calls", (list,)),
)


def _dump_tool_calls_item(
    value: RunStepDeltaStepDetailsToolCallsCodeObject
    | RunStepDeltaStepDetailsToolCallsFileSearchObject
    | RunStepDeltaStepDetailsToolCallsFunctionObject
    | UnknownRunStepDeltaStepDetailsToolCall,
) -> Any:
    if isinstance(
        value,
        (
            RunStepDeltaStepDetailsToolCallsCodeObject,
            RunStepDeltaStepDetailsToolCallsFileSearchObject,
            RunStepDeltaStepDetailsToolCallsFunctionObject,
            UnknownRunStepDeltaStepDetailsToolCall,
        ),
    ):
        return value.to_dict()
    return value


def _parse_tool_calls_item(
    data: Any, strict: bool
) -> (
    RunStepDeltaStepDetailsToolCallsCodeObject
    | RunStepDeltaStepDetailsToolCallsFileSearchObject
    | RunStepDeltaStepDetailsToolCallsFunctionObject
    | UnknownRunStepDeltaStepDetailsToolCall
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "code_interpreter":
            return RunStepDeltaStepDetailsToolCallsCodeObject.from_dict(data, strict)
        if tag == "file_search":
            return RunStepDeltaStepDetailsToolCallsFileSearchObject.from_dict(data, strict)
        if tag == "function":
            return RunStepDeltaStepDetailsToolCallsFunctionObject.from_dict(data, strict)
        return UnknownRunStepDeltaStepDetailsToolCall.from_dict(data, strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _parse_tool_calls(
    data: Any, strict: bool
) -> (
    list[
        RunStepDeltaStepDetailsToolCallsCodeObject
        | RunStepDeltaStepDetailsToolCallsFileSearchObject
        | RunStepDeltaStepDetailsToolCallsFunctionObject
        | UnknownRunStepDeltaStepDetailsToolCall
    ]
    | Unset
):
    if isinstance(data, Unset):
        return data
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[
        RunStepDeltaStepDetailsToolCallsCodeObject
        | RunStepDeltaStepDetailsToolCallsFileSearchObject
        | RunStepDeltaStepDetailsToolCallsFunctionObject
        | UnknownRunStepDeltaStepDetailsToolCall
    ] = []
    try:
        for item in data:
            items.append(_parse_tool_calls_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


@_attrs_define
class RunStepDeltaStepDetailsToolCallsObject(ExtraFields[Any]):
    """Changes to the tool calls of a tool-calls step.

    Attributes:
        type_ (Literal['tool_calls']): Always `tool_calls`.
        tool_calls (list[RunStepDeltaStepDetailsToolCallsCodeObject | RunStepDeltaStepDetailsToolCallsFileSearchObject |
            RunStepDeltaStepDetailsToolCallsFunctionObject | UnknownRunStepDeltaStepDetailsToolCall] | Unset): Changes to
            tool calls.
    """

    type_: Literal["tool_calls"] = "tool_calls"
    tool_calls: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeObject
            | RunStepDeltaStepDetailsToolCallsFileSearchObject
            | RunStepDeltaStepDetailsToolCallsFunctionObject
            | UnknownRunStepDeltaStepDetailsToolCall
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": self.type_,
        }
        if not isinstance(tool_calls := self.tool_calls, Unset):
            field_dict["tool_calls"] = [_dump_tool_calls_item(item) for item in tool_calls]
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDeltaStepDetailsToolCallsObject from decoded JSON.

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
            v_type_ = d.pop("type")
            at = "tool_calls"
            v_tool_calls = _parse_tool_calls(d.pop("tool_calls", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            type_=v_type_,
            tool_calls=v_tool_calls,
        )
        obj.additional_properties = d
        return obj


from ..models.run_step_delta_step_details_tool_calls_code_object import RunStepDeltaStepDetailsToolCallsCodeObject
from ..models.run_step_delta_step_details_tool_calls_file_search_object import (
    RunStepDeltaStepDetailsToolCallsFileSearchObject,
)
from ..models.run_step_delta_step_details_tool_calls_function_object import (
    RunStepDeltaStepDetailsToolCallsFunctionObject,
)
from ..models.unknown_run_step_delta_step_details_tool_call import UnknownRunStepDeltaStepDetailsToolCall
