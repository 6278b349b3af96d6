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


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsObject(ExtraFields["Any"]):
    """The step called tools.

    Attributes:
        type (Literal['tool_calls']): Always `tool_calls`.
        tool_calls (list[RunStepDetailsToolCallsCodeObject | RunStepDetailsToolCallsFileSearchObject | RunStepDetailsToolCallsFunctionObject | UnknownRunStepDetailsToolCall]): The calls, one per tool use.
    """

    tool_calls: list[
        RunStepDetailsToolCallsCodeObject
        | RunStepDetailsToolCallsFileSearchObject
        | RunStepDetailsToolCallsFunctionObject
        | UnknownRunStepDetailsToolCall
    ]
    type: Literal["tool_calls"] = "tool_calls"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["tool_calls"]]("type")


from ..models.run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
from ..models.run_step_details_tool_calls_file_search_object import RunStepDetailsToolCallsFileSearchObject
from ..models.run_step_details_tool_calls_function_object import RunStepDetailsToolCallsFunctionObject
from ..models.unknown_run_step_details_tool_call import UnknownRunStepDetailsToolCall

table_of(
    RunStepDetailsToolCallsObject,
    field("type", const("tool_calls"), required=True),
    field(
        "tool_calls",
        list_of(
            union_of(
                "type",
                {
                    "code_interpreter": RunStepDetailsToolCallsCodeObject,
                    "file_search": RunStepDetailsToolCallsFileSearchObject,
                    "function": RunStepDetailsToolCallsFunctionObject,
                },
                fallback=UnknownRunStepDetailsToolCall,
            )
        ),
        required=True,
    ),
    extra=ANY,
)
