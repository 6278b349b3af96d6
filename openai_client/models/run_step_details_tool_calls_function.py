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
class RunStepDetailsToolCallsFunction(ExtraFields["Any"]):
    """The function called, its arguments and output.

    Attributes:
        name (str): Function name.
        arguments (str): Arguments, a JSON text.
        output (None | str | Unset): The output once submitted; `null` or left out until then.
    """

    name: str
    arguments: str
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    RunStepDetailsToolCallsFunction,
    field("name", STRING, required=True),
    field("arguments", STRING, required=True),
    field("output", STRING, nullable=True),
    extra=ANY,
)
