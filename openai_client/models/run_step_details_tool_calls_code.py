from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError

T = TypeVar("T", bound="RunStepDetailsToolCallsCode")


def _parse_outputs_item(
    data: object,
) -> (
    RunStepDetailsToolCallsCodeOutputImageObject
    | RunStepDetailsToolCallsCodeOutputLogsObject
    | UnknownRunStepDetailsToolCallsCodeOutput
):
    if isinstance(data, dict):
        discriminator = data.get("type")
        if discriminator == "logs":
            return RunStepDetailsToolCallsCodeOutputLogsObject.from_dict(data)
        if discriminator == "image":
            return RunStepDetailsToolCallsCodeOutputImageObject.from_dict(data)
    if not isinstance(data, dict):
        raise TypeError(
            f"expected RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject | UnknownRunStepDetailsToolCallsCodeOutput, got {type(data).__name__}"
        )
    componentsschemas_run_step_details_tool_calls_code_output_type_2 = (
        UnknownRunStepDetailsToolCallsCodeOutput.from_dict(data)
    )

    return componentsschemas_run_step_details_tool_calls_code_output_type_2


@_attrs_define
class RunStepDetailsToolCallsCode:
    """Code that was run and what it produced.

    Attributes:
        input_ (str): The code.
        outputs (list[RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject |
            UnknownRunStepDetailsToolCallsCodeOutput]): Logs and images the code produced.
    """

    input_: str
    outputs: list[
        RunStepDetailsToolCallsCodeOutputImageObject
        | RunStepDetailsToolCallsCodeOutputLogsObject
        | UnknownRunStepDetailsToolCallsCodeOutput
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        outputs = []
        for outputs_item_data in self.outputs:
            outputs_item: dict[str, Any]
            if isinstance(outputs_item_data, RunStepDetailsToolCallsCodeOutputLogsObject) or isinstance(
                outputs_item_data, RunStepDetailsToolCallsCodeOutputImageObject
            ):
                outputs_item = outputs_item_data.to_dict()
            else:
                outputs_item = outputs_item_data.to_dict()

            outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "outputs": outputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a RunStepDetailsToolCallsCode from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            input_ = d.pop("input")

            try:
                _outputs = d.pop("outputs")
                if not isinstance(_outputs, list):
                    raise TypeError(f"expected an array, got {type(_outputs).__name__}")
                outputs = []
                try:
                    for outputs_item_data in _outputs:
                        outputs_item = _parse_outputs_item(outputs_item_data)

                        outputs.append(outputs_item)
                except (TypeError, ValueError, AttributeError, KeyError) as _exc:
                    raise InvalidPayloadError.wrap(_exc, f"[{len(outputs)}]") from _exc

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "outputs") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        run_step_details_tool_calls_code = cls(
            input_=input_,
            outputs=outputs,
        )

        run_step_details_tool_calls_code.additional_properties = d
        return run_step_details_tool_calls_code

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


from ..models.run_step_details_tool_calls_code_output_image_object import RunStepDetailsToolCallsCodeOutputImageObject
from ..models.run_step_details_tool_calls_code_output_logs_object import RunStepDetailsToolCallsCodeOutputLogsObject
from ..models.unknown_run_step_details_tool_calls_code_output import UnknownRunStepDetailsToolCallsCodeOutput
