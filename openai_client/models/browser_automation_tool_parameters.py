from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields

if TYPE_CHECKING:
    from ..models.browser_automation_tool_connection import BrowserAutomationToolConnectionParam


def _convert_connection(
    value: BrowserAutomationToolConnection | BrowserAutomationToolConnectionParam,
) -> BrowserAutomationToolConnection:
    return BrowserAutomationToolParameters.__table__.convert("connection", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class BrowserAutomationToolParameters(ExtraFields["Any"]):
    """The Playwright connection the browser tool uses.

    Attributes:
        connection (BrowserAutomationToolConnection): The connection to an Azure Playwright resource.
    """

    connection: BrowserAutomationToolConnection = _attrs_field(converter=_convert_connection)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class BrowserAutomationToolParametersParam(TypedDict, total=False):
    """The dict form of BrowserAutomationToolParameters: what a request takes in its place (checked before sending)."""

    connection: Required[BrowserAutomationToolConnection | BrowserAutomationToolConnectionParam]


from ..models.browser_automation_tool_connection import BrowserAutomationToolConnection

table_of(
    BrowserAutomationToolParameters,
    field("connection", model_of(BrowserAutomationToolConnection), required=True),
    extra=ANY,
)
