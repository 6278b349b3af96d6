from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitToolOutputsRunRequest")


@_attrs_define
class SubmitToolOutputsRunRequest:
    """Outputs of the tool calls a run asked for.

    Attributes:
        tool_outputs (list[ToolOutput]): One output per tool call.
        stream (bool | None | Unset): Stream server-sent events (not supported by this client's parser).
    """

    tool_outputs: list[ToolOutput]
    stream: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tool_outputs = []
        for tool_outputs_item_data in self.tool_outputs:
            tool_outputs_item = tool_outputs_item_data.to_dict()
            tool_outputs.append(tool_outputs_item)

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tool_outputs": tool_outputs,
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a SubmitToolOutputsRunRequest from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                _tool_outputs = d.pop("tool_outputs")
                if not isinstance(_tool_outputs, list):
                    raise TypeError(f"expected an array, got {type(_tool_outputs).__name__}")
                tool_outputs = []
                try:
                    for tool_outputs_item_data in _tool_outputs:
                        tool_outputs_item = ToolOutput.from_dict(tool_outputs_item_data)

                        tool_outputs.append(tool_outputs_item)
                except (TypeError, ValueError, AttributeError, KeyError) as _exc:
                    raise InvalidPayloadError.wrap(_exc, f"[{len(tool_outputs)}]") from _exc

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "tool_outputs") from _exc

            stream: bool | None | Unset = d.pop("stream", UNSET)

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        submit_tool_outputs_run_request = cls(
            tool_outputs=tool_outputs,
            stream=stream,
        )

        return submit_tool_outputs_run_request


from ..models.tool_output import ToolOutput
