from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    NUMBER,
    enum_of,
    field,
    table_of,
)
from .._model import ExtraFields
from ..models.file_search_ranker import FileSearchRanker


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsFileSearchRankingOptionsObject(ExtraFields["Any"]):
    """Ranking used by a file search call.

    Attributes:
        ranker (FileSearchRanker): Ranker used by file search.
        score_threshold (float): Threshold the results had to reach (0 to 1).
    """

    ranker: FileSearchRanker
    score_threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    field("ranker", enum_of(FileSearchRanker), required=True),
    field("score_threshold", NUMBER, required=True),
    extra=ANY,
)
