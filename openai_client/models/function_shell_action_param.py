from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    field,
    list_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


def _convert_commands(value: Sequence[str]) -> list[str]:
    return FunctionShellActionParam.__table__.convert("commands", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionShellActionParam(ExtraFields["Any"]):
    """FunctionShellActionParam

    Attributes:
        commands (list[str])
        timeout_ms (int | None | Unset)
        max_output_length (int | None | Unset)
    """

    commands: list[str] = _attrs_field(converter=_convert_commands)
    timeout_ms: int | None | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class FunctionShellActionParamParam(TypedDict, total=False):
    """The dict form of FunctionShellActionParam: what a request takes in its place (checked before sending)."""

    commands: Required[Sequence[str]]
    timeout_ms: int | None
    max_output_length: int | None


table_of(
    FunctionShellActionParam,
    field("commands", list_of(STRING), required=True),
    field("timeout_ms", INTEGER, nullable=True),
    field("max_output_length", INTEGER, nullable=True),
    extra=ANY,
)
