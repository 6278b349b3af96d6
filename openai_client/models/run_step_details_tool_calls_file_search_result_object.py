from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    NUMBER,
    STRING,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsFileSearchResultObject(ExtraFields["Any"]):
    """One file search result.

    Attributes:
        file_id (str): File the result came from.
        file_name (str): Name of that file.
        score (float): Relevance score (0 to 1).
        content (list[RunStepDetailsToolCallsFileSearchResultContent] | Unset): The matching content, when asked for with `include[]`.
    """

    file_id: str
    file_name: str
    score: float
    content: list[RunStepDetailsToolCallsFileSearchResultContent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_step_details_tool_calls_file_search_result_content import (
    RunStepDetailsToolCallsFileSearchResultContent,
)

table_of(
    RunStepDetailsToolCallsFileSearchResultObject,
    field("file_id", STRING, required=True),
    field("file_name", STRING, required=True),
    field("score", NUMBER, required=True),
    field("content", list_of(model_of(RunStepDetailsToolCallsFileSearchResultContent))),
    extra=ANY,
)
