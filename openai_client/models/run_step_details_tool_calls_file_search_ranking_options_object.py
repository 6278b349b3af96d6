from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..models.file_search_ranker import FileSearchRanker

T = TypeVar("T", bound="RunStepDetailsToolCallsFileSearchRankingOptionsObject")


@_attrs_define
class RunStepDetailsToolCallsFileSearchRankingOptionsObject:
    """Ranking used by a file search call.

    Attributes:
        ranker (FileSearchRanker): Ranker used by file search.
        score_threshold (float): Threshold the results had to reach (0 to 1).
    """

    ranker: FileSearchRanker
    score_threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ranker = self.ranker.value

        score_threshold = self.score_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ranker": ranker,
                "score_threshold": score_threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a RunStepDetailsToolCallsFileSearchRankingOptionsObject from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                ranker = FileSearchRanker.from_value(d.pop("ranker"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "ranker") from _exc

            score_threshold = d.pop("score_threshold")

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        run_step_details_tool_calls_file_search_ranking_options_object = cls(
            ranker=ranker,
            score_threshold=score_threshold,
        )

        run_step_details_tool_calls_file_search_ranking_options_object.additional_properties = d
        return run_step_details_tool_calls_file_search_ranking_options_object

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
