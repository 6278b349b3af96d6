from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionShellCallOutputExitOutcome(ExtraFields["Any"]):
    """FunctionShellCallOutputExitOutcome

    Attributes:
        type (Literal['exit'])
        exit_code (int)
    """

    exit_code: int
    type: Literal["exit"] = "exit"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["exit"]]("type")


table_of(
    FunctionShellCallOutputExitOutcome,
    field("type", const("exit"), required=True),
    field("exit_code", INTEGER, required=True),
    extra=ANY,
)
