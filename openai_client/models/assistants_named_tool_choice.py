from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..models.assistants_named_tool_choice_type import AssistantsNamedToolChoiceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantsNamedToolChoice")


@_attrs_define
class AssistantsNamedToolChoice:
    """A specific tool the model must call.

    Attributes:
        type_ (AssistantsNamedToolChoiceType): Kind of the tool to call.
        function (AssistantsNamedToolChoiceFunction | Unset): The function to call.
    """

    type_: AssistantsNamedToolChoiceType
    function: AssistantsNamedToolChoiceFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a AssistantsNamedToolChoice from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                type_ = AssistantsNamedToolChoiceType.from_value(d.pop("type"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "type") from _exc

            try:
                _function = d.pop("function", UNSET)
                function: AssistantsNamedToolChoiceFunction | Unset
                if isinstance(_function, Unset):
                    function = UNSET
                else:
                    function = AssistantsNamedToolChoiceFunction.from_dict(_function)

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "function") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        assistants_named_tool_choice = cls(
            type_=type_,
            function=function,
        )

        assistants_named_tool_choice.additional_properties = d
        return assistants_named_tool_choice

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


from ..models.assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction
