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
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsCode(ExtraFields["Any"]):
    """The code written so far, and outputs.

    Attributes:
        input_ (str | Unset): The code, as written so far.
        outputs (list[RunStepDeltaStepDetailsToolCallsCodeOutputImageObject | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject | UnknownRunStepDeltaStepDetailsToolCallsCodeOutput] | Unset): What the code printed or drew.
    """

    input_: str | Unset = UNSET
    outputs: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
            | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
            | UnknownRunStepDeltaStepDetailsToolCallsCodeOutput
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_step_delta_step_details_tool_calls_code_output_image_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
)
from ..models.run_step_delta_step_details_tool_calls_code_output_logs_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
)
from ..models.unknown_run_step_delta_step_details_tool_calls_code_output import (
    UnknownRunStepDeltaStepDetailsToolCallsCodeOutput,
)

table_of(
    RunStepDeltaStepDetailsToolCallsCode,
    field("input", STRING, attr="input_"),
    field(
        "outputs",
        list_of(
            union_of(
                "type",
                {
                    "logs": RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
                    "image": RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
                },
                fallback=UnknownRunStepDeltaStepDetailsToolCallsCodeOutput,
            )
        ),
    ),
    extra=ANY,
)
