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
class RunStepDeltaStepDetailsToolCallsFunctionObject(ExtraFields["Any"]):
    """More of a function call: its arguments as they are written, and later its output.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type (Literal['function']): Always `function`.
        id (str | Unset): The identifier.
        function (RunStepDeltaStepDetailsToolCallsFunction | Unset): The function's name, arguments so far, and output.
    """

    index: int
    type: Literal["function"] = "function"
    id: str | Unset = UNSET
    function: RunStepDeltaStepDetailsToolCallsFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["function"]]("type")


from ..models.run_step_delta_step_details_tool_calls_function import RunStepDeltaStepDetailsToolCallsFunction

table_of(
    RunStepDeltaStepDetailsToolCallsFunctionObject,
    field("index", INTEGER, required=True),
    field("type", const("function"), required=True),
    field("id", STRING),
    field("function", model_of(RunStepDeltaStepDetailsToolCallsFunction)),
    extra=ANY,
)
