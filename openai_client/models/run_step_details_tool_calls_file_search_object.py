from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError

T = TypeVar("T", bound="RunStepDetailsToolCallsFileSearchObject")


@_attrs_define
class RunStepDetailsToolCallsFileSearchObject:
    """A file search call.

    Attributes:
        id (str): Call ID.
        type_ (Literal['file_search']): Always `file_search`.
        file_search (RunStepDetailsToolCallsFileSearch): How the search ranked and what it found.
    """

    id: str
    file_search: RunStepDetailsToolCallsFileSearch
    type_: Literal["file_search"] = "file_search"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        file_search = self.file_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "file_search": file_search,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a RunStepDetailsToolCallsFileSearchObject from decoded JSON.

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
                type_: Literal["file_search"] = d.pop("type")
                if type_ != "file_search":
                    raise ValueError(f"type must match const 'file_search', got '{type_}'")
            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "type") from _exc

            try:
                file_search = RunStepDetailsToolCallsFileSearch.from_dict(d.pop("file_search"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "file_search") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        run_step_details_tool_calls_file_search_object = cls(
            id=id,
            type_=type_,
            file_search=file_search,
        )

        run_step_details_tool_calls_file_search_object.additional_properties = d
        return run_step_details_tool_calls_file_search_object

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


from ..models.run_step_details_tool_calls_file_search import RunStepDetailsToolCallsFileSearch
