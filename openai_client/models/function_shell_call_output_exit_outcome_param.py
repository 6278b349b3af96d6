from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionShellCallOutputExitOutcomeParam(ExtraFields["Any"]):
    """FunctionShellCallOutputExitOutcomeParam

    Attributes:
        type (Literal['exit'])
        exit_code (int)
    """

    exit_code: int
    type: Literal["exit"] = "exit"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["exit"]]("type")


class FunctionShellCallOutputExitOutcomeParamParam(TypedDict, total=False):
    """The dict form of FunctionShellCallOutputExitOutcomeParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["exit"]]
    exit_code: Required[int]


table_of(
    FunctionShellCallOutputExitOutcomeParam,
    field("type", const("exit"), required=True),
    field("exit_code", INTEGER, required=True),
    extra=ANY,
)
