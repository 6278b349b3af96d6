from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunRequiredAction(ExtraFields["Any"]):
    """The action a run waits for.

    Attributes:
        type (Literal['submit_tool_outputs']): Always `submit_tool_outputs` for now.
        submit_tool_outputs (RunSubmitToolOutputs): The tool calls whose outputs the run needs.
    """

    submit_tool_outputs: RunSubmitToolOutputs
    type: Literal["submit_tool_outputs"] = "submit_tool_outputs"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["submit_tool_outputs"]]("type")


from ..models.run_submit_tool_outputs import RunSubmitToolOutputs

table_of(
    RunRequiredAction,
    field("type", const("submit_tool_outputs"), required=True),
    field("submit_tool_outputs", model_of(RunSubmitToolOutputs), required=True),
    extra=ANY,
)
