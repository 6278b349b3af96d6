from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsObject(ExtraFields["Any"]):
    """Changes to the tool calls of a tool-calls step.

    Attributes:
        type (Literal['tool_calls']): Always `tool_calls`.
        tool_calls (list[RunStepDeltaStepDetailsToolCallsCodeObject | RunStepDeltaStepDetailsToolCallsFileSearchObject | RunStepDeltaStepDetailsToolCallsFunctionObject | UnknownRunStepDeltaStepDetailsToolCall] | Unset): Changes to tool calls.
    """

    type: Literal["tool_calls"] = "tool_calls"
    tool_calls: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeObject
            | RunStepDeltaStepDetailsToolCallsFileSearchObject
            | RunStepDeltaStepDetailsToolCallsFunctionObject
            | UnknownRunStepDeltaStepDetailsToolCall
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["tool_calls"]]("type")


from ..models.run_step_delta_step_details_tool_calls_code_object import RunStepDeltaStepDetailsToolCallsCodeObject
from ..models.run_step_delta_step_details_tool_calls_file_search_object import (
    RunStepDeltaStepDetailsToolCallsFileSearchObject,
)
from ..models.run_step_delta_step_details_tool_calls_function_object import (
    RunStepDeltaStepDetailsToolCallsFunctionObject,
)
from ..models.unknown_run_step_delta_step_details_tool_call import UnknownRunStepDeltaStepDetailsToolCall

table_of(
    RunStepDeltaStepDetailsToolCallsObject,
    field("type", const("tool_calls"), required=True),
    field(
        "tool_calls",
        list_of(
            union_of(
                "type",
                {
                    "code_interpreter": RunStepDeltaStepDetailsToolCallsCodeObject,
                    "file_search": RunStepDeltaStepDetailsToolCallsFileSearchObject,
                    "function": RunStepDeltaStepDetailsToolCallsFunctionObject,
                },
                fallback=UnknownRunStepDeltaStepDetailsToolCall,
            )
        ),
    ),
    extra=ANY,
)
