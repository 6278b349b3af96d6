from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError

T = TypeVar("T", bound="RunStepDetailsToolCallsObject")


def _parse_tool_calls_item(
    data: object,
) -> (
    RunStepDetailsToolCallsCodeObject
    | RunStepDetailsToolCallsFileSearchObject
    | RunStepDetailsToolCallsFunctionObject
    | UnknownRunStepDetailsToolCall
):
    if isinstance(data, dict):
        discriminator = data.get("type")
        if discriminator == "code_interpreter":
            return RunStepDetailsToolCallsCodeObject.from_dict(data)
        if discriminator == "file_search":
            return RunStepDetailsToolCallsFileSearchObject.from_dict(data)
        if discriminator == "function":
            return RunStepDetailsToolCallsFunctionObject.from_dict(data)
    if not isinstance(data, dict):
        raise TypeError(
            f"expected RunStepDetailsToolCallsCodeObject | RunStepDetailsToolCallsFileSearchObject | RunStepDetailsToolCallsFunctionObject | UnknownRunStepDetailsToolCall, got {type(data).__name__}"
        )
    componentsschemas_run_step_details_tool_call_type_3 = UnknownRunStepDetailsToolCall.from_dict(data)

    return componentsschemas_run_step_details_tool_call_type_3


@_attrs_define
class RunStepDetailsToolCallsObject:
    """The step called tools.

    Attributes:
        type_ (Literal['tool_calls']): Always `tool_calls`.
        tool_calls (list[RunStepDetailsToolCallsCodeObject | RunStepDetailsToolCallsFileSearchObject |
            RunStepDetailsToolCallsFunctionObject | UnknownRunStepDetailsToolCall]): The calls, one per tool use.
    """

    tool_calls: list[
        RunStepDetailsToolCallsCodeObject
        | RunStepDetailsToolCallsFileSearchObject
        | RunStepDetailsToolCallsFunctionObject
        | UnknownRunStepDetailsToolCall
    ]
    type_: Literal["tool_calls"] = "tool_calls"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_calls = []
        for tool_calls_item_data in self.tool_calls:
            tool_calls_item: dict[str, Any]
            if (
                isinstance(tool_calls_item_data, RunStepDetailsToolCallsCodeObject)
                or isinstance(tool_calls_item_data, RunStepDetailsToolCallsFileSearchObject)
                or isinstance(tool_calls_item_data, RunStepDetailsToolCallsFunctionObject)
            ):
                tool_calls_item = tool_calls_item_data.to_dict()
            else:
                tool_calls_item = tool_calls_item_data.to_dict()

            tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_calls": tool_calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a RunStepDetailsToolCallsObject from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                type_: Literal["tool_calls"] = d.pop("type")
                if type_ != "tool_calls":
                    raise ValueError(f"type must match const 'tool_calls', got '{type_}'")
            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "type") from _exc

            try:
                _tool_calls = d.pop("tool_calls")
                if not isinstance(_tool_calls, list):
                    raise TypeError(f"expected an array, got {type(_tool_calls).__name__}")
                tool_calls = []
                try:
                    for tool_calls_item_data in _tool_calls:
                        tool_calls_item = _parse_tool_calls_item(tool_calls_item_data)

                        tool_calls.append(tool_calls_item)
                except (TypeError, ValueError, AttributeError, KeyError) as _exc:
                    raise InvalidPayloadError.wrap(_exc, f"[{len(tool_calls)}]") from _exc

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "tool_calls") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        run_step_details_tool_calls_object = cls(
            type_=type_,
            tool_calls=tool_calls,
        )

        run_step_details_tool_calls_object.additional_properties = d
        return run_step_details_tool_calls_object

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
from ..models.run_step_details_tool_calls_file_search_object import RunStepDetailsToolCallsFileSearchObject
from ..models.run_step_details_tool_calls_function_object import RunStepDetailsToolCallsFunctionObject
from ..models.unknown_run_step_details_tool_call import UnknownRunStepDetailsToolCall
