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
class RunStepDetailsToolCallsBrowserAutomationObject(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): a call of the browser automation tool.

    Attributes:
        id (str): Call ID.
        type (Literal['browser_automation']): Always `browser_automation`.
        browser_automation (BrowserAutomationToolCallDetails): What the browser was asked, the steps it took and what it answered.
    """

    id: str
    browser_automation: BrowserAutomationToolCallDetails
    type: Literal["browser_automation"] = "browser_automation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["browser_automation"]]("type")


from ..models.browser_automation_tool_call_details import BrowserAutomationToolCallDetails

table_of(
    RunStepDetailsToolCallsBrowserAutomationObject,
    field("id", STRING, required=True),
    field("type", const("browser_automation"), required=True),
    field("browser_automation", model_of(BrowserAutomationToolCallDetails), required=True),
    extra=ANY,
)
