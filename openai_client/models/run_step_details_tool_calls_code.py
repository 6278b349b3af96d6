from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsCode(ExtraFields["Any"]):
    """Code that was run and what it produced.

    Attributes:
        input_ (str): The code.
        outputs (list[RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject | UnknownRunStepDetailsToolCallsCodeOutput]): Logs and images the code produced.
    """

    input_: str
    outputs: list[
        RunStepDetailsToolCallsCodeOutputImageObject
        | RunStepDetailsToolCallsCodeOutputLogsObject
        | UnknownRunStepDetailsToolCallsCodeOutput
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_step_details_tool_calls_code_output_image_object import RunStepDetailsToolCallsCodeOutputImageObject
from ..models.run_step_details_tool_calls_code_output_logs_object import RunStepDetailsToolCallsCodeOutputLogsObject
from ..models.unknown_run_step_details_tool_calls_code_output import UnknownRunStepDetailsToolCallsCodeOutput

table_of(
    RunStepDetailsToolCallsCode,
    field("input", STRING, attr="input_", required=True),
    field(
        "outputs",
        list_of(
            union_of(
                "type",
                {
                    "logs": RunStepDetailsToolCallsCodeOutputLogsObject,
                    "image": RunStepDetailsToolCallsCodeOutputImageObject,
                },
                fallback=UnknownRunStepDetailsToolCallsCodeOutput,
            )
        ),
        required=True,
    ),
    extra=ANY,
)
