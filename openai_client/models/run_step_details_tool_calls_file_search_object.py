from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsFileSearchObject(ExtraFields["Any"]):
    """A file search call.

    Attributes:
        id (str): Call ID.
        type (Literal['file_search']): Always `file_search`.
        file_search (RunStepDetailsToolCallsFileSearch): How the search ranked and what it found.
    """

    id: str
    file_search: RunStepDetailsToolCallsFileSearch
    type: Literal["file_search"] = "file_search"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["file_search"]]("type")


from ..models.run_step_details_tool_calls_file_search import RunStepDetailsToolCallsFileSearch

table_of(
    RunStepDetailsToolCallsFileSearchObject,
    field("id", STRING, required=True),
    field("type", const("file_search"), required=True),
    field("file_search", model_of(RunStepDetailsToolCallsFileSearch), required=True),
    extra=ANY,
)
