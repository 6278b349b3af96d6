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
class RunStepDeepResearchToolCallDetails(ExtraFields["Any"]):
    """What the research was asked and what it found.

    Attributes:
        input_ (str): The model's request.
        output (str | Unset): The research's final answer.
    """

    input_: str
    output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    RunStepDeepResearchToolCallDetails,
    field("input", STRING, attr="input_", required=True),
    field("output", STRING),
    extra=ANY,
)
