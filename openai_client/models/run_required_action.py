from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError

T = TypeVar("T", bound="RunRequiredAction")


@_attrs_define
class RunRequiredAction:
    """The action a run waits for.

    Attributes:
        type_ (Literal['submit_tool_outputs']): Always `submit_tool_outputs` for now.
        submit_tool_outputs (RunSubmitToolOutputs): The tool calls whose outputs the run needs.
    """

    submit_tool_outputs: RunSubmitToolOutputs
    type_: Literal["submit_tool_outputs"] = "submit_tool_outputs"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        submit_tool_outputs = self.submit_tool_outputs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "submit_tool_outputs": submit_tool_outputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a RunRequiredAction from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                type_: Literal["submit_tool_outputs"] = d.pop("type")
                if type_ != "submit_tool_outputs":
                    raise ValueError(f"type must match const 'submit_tool_outputs', got '{type_}'")
            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "type") from _exc

            try:
                submit_tool_outputs = RunSubmitToolOutputs.from_dict(d.pop("submit_tool_outputs"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "submit_tool_outputs") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        run_required_action = cls(
            type_=type_,
            submit_tool_outputs=submit_tool_outputs,
        )

        run_required_action.additional_properties = d
        return run_required_action

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


from ..models.run_submit_tool_outputs import RunSubmitToolOutputs
