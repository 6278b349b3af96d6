from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BrowserAutomationToolCallStep(ExtraFields["Any"]):
    """One step of the browser.

    Attributes:
        last_step_result (str): What the previous step gave.
        current_state (str): Where the browser is.
        next_step (str): What it does next.
    """

    last_step_result: str
    current_state: str
    next_step: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    BrowserAutomationToolCallStep,
    field("last_step_result", STRING, required=True),
    field("current_state", STRING, required=True),
    field("next_step", STRING, required=True),
    extra=ANY,
)
