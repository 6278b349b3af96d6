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
class RunStepDetailsToolCallsCodeObject(ExtraFields["Any"]):
    """A code interpreter call.

    Attributes:
        id (str): Call ID.
        type (Literal['code_interpreter']): Always `code_interpreter`.
        code_interpreter (RunStepDetailsToolCallsCode): Code that was run and what it produced.
    """

    id: str
    code_interpreter: RunStepDetailsToolCallsCode
    type: Literal["code_interpreter"] = "code_interpreter"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["code_interpreter"]]("type")


from ..models.run_step_details_tool_calls_code import RunStepDetailsToolCallsCode

table_of(
    RunStepDetailsToolCallsCodeObject,
    field("id", STRING, required=True),
    field("type", const("code_interpreter"), required=True),
    field("code_interpreter", model_of(RunStepDetailsToolCallsCode), required=True),
    extra=ANY,
)
