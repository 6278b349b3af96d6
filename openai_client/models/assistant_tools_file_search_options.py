from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantToolsFileSearchOptions")


@_attrs_define
class AssistantToolsFileSearchOptions:
    """Settings of the file search tool.

    Attributes:
        max_num_results (int | Unset): Most results to return, 1 to 50.
        ranking_options (FileSearchRankingOptions | Unset): How file search ranks results.
    """

    max_num_results: int | Unset = UNSET
    ranking_options: FileSearchRankingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_num_results = self.max_num_results

        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a AssistantToolsFileSearchOptions from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            max_num_results = d.pop("max_num_results", UNSET)

            try:
                _ranking_options = d.pop("ranking_options", UNSET)
                ranking_options: FileSearchRankingOptions | Unset
                if isinstance(_ranking_options, Unset):
                    ranking_options = UNSET
                else:
                    ranking_options = FileSearchRankingOptions.from_dict(_ranking_options)

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "ranking_options") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        assistant_tools_file_search_options = cls(
            max_num_results=max_num_results,
            ranking_options=ranking_options,
        )

        assistant_tools_file_search_options.additional_properties = d
        return assistant_tools_file_search_options

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


from ..models.file_search_ranking_options import FileSearchRankingOptions
