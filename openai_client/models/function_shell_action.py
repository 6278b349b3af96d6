from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    field,
    list_of,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionShellAction(ExtraFields["Any"]):
    """FunctionShellAction

    Attributes:
        commands (list[str])
        timeout_ms (int | None)
        max_output_length (int | None)
    """

    commands: list[str]
    timeout_ms: int | None
    max_output_length: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    FunctionShellAction,
    field("commands", list_of(STRING), required=True),
    field("timeout_ms", INTEGER, required=True, nullable=True),
    field("max_output_length", INTEGER, required=True, nullable=True),
    extra=ANY,
)
