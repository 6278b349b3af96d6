from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError

T = TypeVar("T", bound="RunStepDetailsToolCallsCodeObject")


@_attrs_define
class RunStepDetailsToolCallsCodeObject:
    """A code interpreter call.

    Attributes:
        id (str): Call ID.
        type_ (Literal['code_interpreter']): Always `code_interpreter`.
        code_interpreter (RunStepDetailsToolCallsCode): Code that was run and what it produced.
    """

    id: str
    code_interpreter: RunStepDetailsToolCallsCode
    type_: Literal["code_interpreter"] = "code_interpreter"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        code_interpreter = self.code_interpreter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "code_interpreter": code_interpreter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a RunStepDetailsToolCallsCodeObject from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = d.pop("id")

            try:
                type_: Literal["code_interpreter"] = d.pop("type")
                if type_ != "code_interpreter":
                    raise ValueError(f"type must match const 'code_interpreter', got '{type_}'")
            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "type") from _exc

            try:
                code_interpreter = RunStepDetailsToolCallsCode.from_dict(d.pop("code_interpreter"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "code_interpreter") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        run_step_details_tool_calls_code_object = cls(
            id=id,
            type_=type_,
            code_interpreter=code_interpreter,
        )

        run_step_details_tool_calls_code_object.additional_properties = d
        return run_step_details_tool_calls_code_object

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


from ..models.run_step_details_tool_calls_code import RunStepDetailsToolCallsCode
