from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields

if TYPE_CHECKING:
    from ..models.browser_automation_tool_parameters import BrowserAutomationToolParametersParam


def _convert_browser_automation(
    value: BrowserAutomationToolParameters | BrowserAutomationToolParametersParam,
) -> BrowserAutomationToolParameters:
    return AssistantToolsBrowserAutomation.__table__.convert("browser_automation", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsBrowserAutomation(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): drives a browser through an Azure Playwright resource.

    Attributes:
        type (Literal['browser_automation']): Always `browser_automation`.
        browser_automation (BrowserAutomationToolParameters): The Playwright connection the browser tool uses.
    """

    browser_automation: BrowserAutomationToolParameters = _attrs_field(converter=_convert_browser_automation)
    type: Literal["browser_automation"] = "browser_automation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["browser_automation"]]("type")


class AssistantToolsBrowserAutomationParam(TypedDict, total=False):
    """The dict form of AssistantToolsBrowserAutomation: what a request takes in its place (checked before sending)."""

    type: Required[Literal["browser_automation"]]
    browser_automation: Required[BrowserAutomationToolParameters | BrowserAutomationToolParametersParam]


from ..models.browser_automation_tool_parameters import BrowserAutomationToolParameters

table_of(
    AssistantToolsBrowserAutomation,
    field("type", const("browser_automation"), required=True),
    field("browser_automation", model_of(BrowserAutomationToolParameters), required=True),
    extra=ANY,
)
