from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolOutput(ExtraFields["Any"]):
    """The output of one tool call.

    Attributes:
        tool_call_id (str | Unset): The `id` of the tool call in `required_action`.
        output (str | Unset): What the tool returned, as text.
    """

    tool_call_id: str | Unset = UNSET
    output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ToolOutputParam(TypedDict, total=False):
    """The dict form of ToolOutput: what a request takes in its place (checked before sending)."""

    tool_call_id: str
    output: str


table_of(
    ToolOutput,
    field("tool_call_id", STRING),
    field("output", STRING),
    extra=ANY,
)
