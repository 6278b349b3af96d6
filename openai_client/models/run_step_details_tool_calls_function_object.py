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
class RunStepDetailsToolCallsFunctionObject(ExtraFields["Any"]):
    """A function call.

    Attributes:
        id (str): Call ID.
        type (Literal['function']): Always `function`.
        function (RunStepDetailsToolCallsFunction): The function called, its arguments and output.
    """

    id: str
    function: RunStepDetailsToolCallsFunction
    type: Literal["function"] = "function"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["function"]]("type")


from ..models.run_step_details_tool_calls_function import RunStepDetailsToolCallsFunction

table_of(
    RunStepDetailsToolCallsFunctionObject,
    field("id", STRING, required=True),
    field("type", const("function"), required=True),
    field("function", model_of(RunStepDetailsToolCallsFunction), required=True),
    extra=ANY,
)
