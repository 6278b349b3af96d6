from __future__ import annotations

from typing import Any, Required, TypedDict

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


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantsNamedToolChoiceFunction(ExtraFields["Any"]):
    """The function to call.

    Attributes:
        name (str): Function name.
    """

    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class AssistantsNamedToolChoiceFunctionParam(TypedDict, total=False):
    """The dict form of AssistantsNamedToolChoiceFunction: what a request takes in its place (checked before sending)."""

    name: Required[str]


table_of(
    AssistantsNamedToolChoiceFunction,
    field("name", STRING, required=True),
    extra=ANY,
)
