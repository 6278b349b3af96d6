from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunSubmitToolOutputs(ExtraFields["Any"]):
    """The tool calls whose outputs the run needs.

    Attributes:
        tool_calls (list[RunToolCallObject])
    """

    tool_calls: list[RunToolCallObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_tool_call_object import RunToolCallObject

table_of(
    RunSubmitToolOutputs,
    field("tool_calls", list_of(model_of(RunToolCallObject)), required=True),
    extra=ANY,
)
