from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepDetailsToolCallsFileSearch")


@_attrs_define
class RunStepDetailsToolCallsFileSearch:
    """How the search ranked and what it found.

    Attributes:
        ranking_options (RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset): Ranking used by a file search
            call.
        results (list[RunStepDetailsToolCallsFileSearchResultObject] | Unset): The results.
    """

    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset = UNSET
    results: list[RunStepDetailsToolCallsFileSearchResultObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a RunStepDetailsToolCallsFileSearch from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                _ranking_options = d.pop("ranking_options", UNSET)
                ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset
                if isinstance(_ranking_options, Unset):
                    ranking_options = UNSET
                else:
                    ranking_options = RunStepDetailsToolCallsFileSearchRankingOptionsObject.from_dict(_ranking_options)

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "ranking_options") from _exc

            try:
                _results_source = d.pop("results", UNSET)
                results: list[RunStepDetailsToolCallsFileSearchResultObject] | Unset = UNSET
                if _results_source is not UNSET:
                    _results = _results_source
                    if not isinstance(_results, list):
                        raise TypeError(f"expected an array, got {type(_results).__name__}")
                    results = []
                    try:
                        for results_item_data in _results:
                            results_item = RunStepDetailsToolCallsFileSearchResultObject.from_dict(results_item_data)

                            results.append(results_item)
                    except (TypeError, ValueError, AttributeError, KeyError) as _exc:
                        raise InvalidPayloadError.wrap(_exc, f"[{len(results)}]") from _exc

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "results") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        run_step_details_tool_calls_file_search = cls(
            ranking_options=ranking_options,
            results=results,
        )

        run_step_details_tool_calls_file_search.additional_properties = d
        return run_step_details_tool_calls_file_search

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


from ..models.run_step_details_tool_calls_file_search_ranking_options_object import (
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,
)
from ..models.run_step_details_tool_calls_file_search_result_object import RunStepDetailsToolCallsFileSearchResultObject
