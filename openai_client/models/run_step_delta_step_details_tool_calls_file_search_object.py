from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsFileSearchObject(ExtraFields["Any"]):
    """A file search call.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type (Literal['file_search']): Always `file_search`.
        file_search (RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch): The file search call (empty while streaming).
        id (str | Unset): The identifier.
    """

    index: int
    file_search: RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch
    type: Literal["file_search"] = "file_search"
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["file_search"]]("type")


from ..models.run_step_delta_step_details_tool_calls_file_search_object_file_search import (
    RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
)

table_of(
    RunStepDeltaStepDetailsToolCallsFileSearchObject,
    field("index", INTEGER, required=True),
    field("type", const("file_search"), required=True),
    field("file_search", model_of(RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch), required=True),
    field("id", STRING),
    extra=ANY,
)
