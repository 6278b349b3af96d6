from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BrowserAutomationToolCallDetails(ExtraFields["Any"]):
    """What the browser was asked, the steps it took and what it answered.

    Attributes:
        input_ (str): The request.
        output (str): The answer.
        steps (list[BrowserAutomationToolCallStep]): The steps, in order.
    """

    input_: str
    output: str
    steps: list[BrowserAutomationToolCallStep]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.browser_automation_tool_call_step import BrowserAutomationToolCallStep

table_of(
    BrowserAutomationToolCallDetails,
    field("input", STRING, attr="input_", required=True),
    field("output", STRING, required=True),
    field("steps", list_of(model_of(BrowserAutomationToolCallStep)), required=True),
    extra=ANY,
)
