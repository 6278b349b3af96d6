from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsFileSearch(ExtraFields["Any"]):
    """How the search ranked and what it found.

    Attributes:
        ranking_options (RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset): Ranking used by a file search call.
        results (list[RunStepDetailsToolCallsFileSearchResultObject] | Unset): The results.
    """

    ranking_options: RunStepDetailsToolCallsFileSearchRankingOptionsObject | Unset = UNSET
    results: list[RunStepDetailsToolCallsFileSearchResultObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_step_details_tool_calls_file_search_ranking_options_object import (
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,
)
from ..models.run_step_details_tool_calls_file_search_result_object import RunStepDetailsToolCallsFileSearchResultObject

table_of(
    RunStepDetailsToolCallsFileSearch,
    field("ranking_options", model_of(RunStepDetailsToolCallsFileSearchRankingOptionsObject)),
    field("results", list_of(model_of(RunStepDetailsToolCallsFileSearchResultObject))),
    extra=ANY,
)
