from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("ranking_options", (dict,)),
    FieldSpec("results", (list,)),
)


def _parse_ranking_options(data: Any, strict: bool) -> RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset:
    if isinstance(data, Unset):
        return data
    return RunStepDetailsToolCallsFileSearchRankingOptionsObject.from_dict(data, strict)


def _parse_results(data: Any, strict: bool) -> list[RunStepDetailsToolCallsFileSearchResultObject] | Unset:
    if isinstance(data, Unset):
        return data
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[RunStepDetailsToolCallsFileSearchResultObject] = []
    try:
        for item in data:
            items.append(RunStepDetailsToolCallsFileSearchResultObject.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


@_attrs_define
class RunStepDetailsToolCallsFileSearch(ExtraFields[Any]):
    """How the search ranked and what it found.

    Attributes:
        ranking_options (RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset): Ranking used by a file search
            call.
        results (list[RunStepDetailsToolCallsFileSearchResultObject] | Unset): The results.
    """

    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset = UNSET
    results: list[RunStepDetailsToolCallsFileSearchResultObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if not isinstance(ranking_options := self.ranking_options, Unset):
            field_dict["ranking_options"] = ranking_options.to_dict()
        if not isinstance(results := self.results, Unset):
            field_dict["results"] = [item.to_dict() for item in results]
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDetailsToolCallsFileSearch from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS, None)
        at = ""
        try:
            at = "ranking_options"
            v_ranking_options = _parse_ranking_options(d.pop("ranking_options", UNSET), strict)
            at = "results"
            v_results = _parse_results(d.pop("results", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            ranking_options=v_ranking_options,
            results=v_results,
        )
        obj.additional_properties = d
        return obj


from ..models.run_step_details_tool_calls_file_search_ranking_options_object import (
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,
)
from ..models.run_step_details_tool_calls_file_search_result_object import RunStepDetailsToolCallsFileSearchResultObject
