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
class AzureFunctionToolCallDetails(ExtraFields["Any"]):
    """The Azure Function called, its arguments and output (a delta carries some of them).

    Attributes:
        name (str | Unset): Function name.
        arguments (str | Unset): Arguments, a JSON text.
        output (str | Unset): What the function answered.
    """

    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    AzureFunctionToolCallDetails,
    field("name", STRING),
    field("arguments", STRING),
    field("output", STRING),
    extra=ANY,
)
