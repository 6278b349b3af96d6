from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset


def _parse_ranking_options(data: Any, strict: bool) -> RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, RunStepDetailsToolCallsFileSearchRankingOptionsObject):
        return RunStepDetailsToolCallsFileSearchRankingOptionsObject.from_dict(data, strict)
    return data


def _dump_ranking_options(value: Any) -> Any:
    return value.to_dict()


def _parse_results(data: Any, strict: bool) -> list[RunStepDetailsToolCallsFileSearchResultObject] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[RunStepDetailsToolCallsFileSearchResultObject] = []
    try:
        for item in listed:
            items.append(
                item
                if isinstance(item, RunStepDetailsToolCallsFileSearchResultObject)
                else RunStepDetailsToolCallsFileSearchResultObject.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_results(value: Any) -> Any:
    return [item.to_dict() for item in value]


_FIELD_SPECS = (
    FieldSpec("ranking_options", "ranking_options", (dict,), read=_parse_ranking_options, dump=_dump_ranking_options),
    FieldSpec("results", "results", (list,), read=_parse_results, dump=_dump_results),
)
_KNOWN = frozenset({"ranking_options", "results"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsFileSearch(ExtraFields[Any]):
    """How the search ranked and what it found.

    Attributes:
        ranking_options (RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset): Ranking used by a file search
            call.
        results (list[RunStepDetailsToolCallsFileSearchResultObject] | Unset): The results.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset = UNSET
    results: list[RunStepDetailsToolCallsFileSearchResultObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (ranking_options := self.ranking_options) is not UNSET:
            field_dict["ranking_options"] = ranking_options.to_dict()
        if (results := self.results) is not UNSET:
            field_dict["results"] = [item.to_dict() for item in results]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDetailsToolCallsFileSearch from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, None)
        obj = _new(cls)
        at = ""
        try:
            at = "ranking_options"
            value = d.get("ranking_options", UNSET)
            obj.ranking_options = (
                RunStepDetailsToolCallsFileSearchRankingOptionsObject.from_dict(value, strict)
                if type(value) is dict
                else _parse_ranking_options(value, strict)
            )
            at = "results"
            obj.results = _parse_results(d.get("results", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.ranking_options is not UNSET) + (obj.results is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.run_step_details_tool_calls_file_search_ranking_options_object import (
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,
)
from ..models.run_step_details_tool_calls_file_search_result_object import RunStepDetailsToolCallsFileSearchResultObject
