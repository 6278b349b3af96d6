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
class RunStepDeltaStepDetailsToolCallsCodeObject(ExtraFields["Any"]):
    """More of a code interpreter call: its input as it is written, and its outputs.

    Attributes:
        index (int): Which part (or tool call) this changes, counted from 0.
        type (Literal['code_interpreter']): Always `code_interpreter`.
        id (str | Unset): The identifier.
        code_interpreter (RunStepDeltaStepDetailsToolCallsCode | Unset): The code written so far, and outputs.
    """

    index: int
    type: Literal["code_interpreter"] = "code_interpreter"
    id: str | Unset = UNSET
    code_interpreter: RunStepDeltaStepDetailsToolCallsCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["code_interpreter"]]("type")


from ..models.run_step_delta_step_details_tool_calls_code import RunStepDeltaStepDetailsToolCallsCode

table_of(
    RunStepDeltaStepDetailsToolCallsCodeObject,
    field("index", INTEGER, required=True),
    field("type", const("code_interpreter"), required=True),
    field("id", STRING),
    field("code_interpreter", model_of(RunStepDeltaStepDetailsToolCallsCode)),
    extra=ANY,
)
