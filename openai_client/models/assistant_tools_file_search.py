from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantToolsFileSearch")


@_attrs_define
class AssistantToolsFileSearch:
    """The file search tool.

    Attributes:
        type_ (Literal['file_search']): Always `file_search`.
        file_search (AssistantToolsFileSearchOptions | Unset): Settings of the file search tool.
    """

    type_: Literal["file_search"] = "file_search"
    file_search: AssistantToolsFileSearchOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_search, Unset):
            file_search = self.file_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_search is not UNSET:
            field_dict["file_search"] = file_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a AssistantToolsFileSearch from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                type_: Literal["file_search"] = d.pop("type")
                if type_ != "file_search":
                    raise ValueError(f"type must match const 'file_search', got '{type_}'")
            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "type") from _exc

            try:
                _file_search = d.pop("file_search", UNSET)
                file_search: AssistantToolsFileSearchOptions | Unset
                if isinstance(_file_search, Unset):
                    file_search = UNSET
                else:
                    file_search = AssistantToolsFileSearchOptions.from_dict(_file_search)

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "file_search") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        assistant_tools_file_search = cls(
            type_=type_,
            file_search=file_search,
        )

        assistant_tools_file_search.additional_properties = d
        return assistant_tools_file_search

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


from ..models.assistant_tools_file_search_options import AssistantToolsFileSearchOptions
