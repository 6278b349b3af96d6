from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..models.file_search_ranker import FileSearchRanker
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSearchRankingOptions")


@_attrs_define
class FileSearchRankingOptions:
    """How file search ranks results.

    Attributes:
        score_threshold (float): Results scoring below this are dropped (0 to 1).
        ranker (FileSearchRanker | Unset): Ranker used by file search.
    """

    score_threshold: float
    ranker: FileSearchRanker | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score_threshold = self.score_threshold

        ranker: str | Unset = UNSET
        if not isinstance(self.ranker, Unset):
            ranker = self.ranker.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score_threshold": score_threshold,
            }
        )
        if ranker is not UNSET:
            field_dict["ranker"] = ranker

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a FileSearchRankingOptions from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            score_threshold = d.pop("score_threshold")

            try:
                _ranker = d.pop("ranker", UNSET)
                ranker: FileSearchRanker | Unset
                if isinstance(_ranker, Unset):
                    ranker = UNSET
                else:
                    ranker = FileSearchRanker.from_value(_ranker)

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "ranker") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        file_search_ranking_options = cls(
            score_threshold=score_threshold,
            ranker=ranker,
        )

        file_search_ranking_options.additional_properties = d
        return file_search_ranking_options

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
