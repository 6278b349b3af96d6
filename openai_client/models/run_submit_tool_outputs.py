from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError

T = TypeVar("T", bound="RunSubmitToolOutputs")


@_attrs_define
class RunSubmitToolOutputs:
    """The tool calls whose outputs the run needs.

    Attributes:
        tool_calls (list[RunToolCallObject]):
    """

    tool_calls: list[RunToolCallObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_calls = []
        for tool_calls_item_data in self.tool_calls:
            tool_calls_item = tool_calls_item_data.to_dict()
            tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_calls": tool_calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a RunSubmitToolOutputs from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                _tool_calls = d.pop("tool_calls")
                if not isinstance(_tool_calls, list):
                    raise TypeError(f"expected an array, got {type(_tool_calls).__name__}")
                tool_calls = []
                try:
                    for tool_calls_item_data in _tool_calls:
                        tool_calls_item = RunToolCallObject.from_dict(tool_calls_item_data)

                        tool_calls.append(tool_calls_item)
                except (TypeError, ValueError, AttributeError, KeyError) as _exc:
                    raise InvalidPayloadError.wrap(_exc, f"[{len(tool_calls)}]") from _exc

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "tool_calls") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        run_submit_tool_outputs = cls(
            tool_calls=tool_calls,
        )

        run_submit_tool_outputs.additional_properties = d
        return run_submit_tool_outputs

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


from ..models.run_tool_call_object import RunToolCallObject
