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
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsFunction(ExtraFields["Any"]):
    """The function's name, arguments so far, and output.

    Attributes:
        name (str | Unset): The function's name.
        arguments (str | Unset): The arguments, as JSON text written so far.
        output (None | str | Unset): What the function returned; `null` until outputs are submitted.
    """

    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    RunStepDeltaStepDetailsToolCallsFunction,
    field("name", STRING),
    field("arguments", STRING),
    field("output", STRING, nullable=True),
    extra=ANY,
)
