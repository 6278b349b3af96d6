from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionShellCallOutputTimeoutOutcome(ExtraFields["Any"]):
    """FunctionShellCallOutputTimeoutOutcome

    Attributes:
        type (Literal['timeout'])
    """

    type: Literal["timeout"] = "timeout"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["timeout"]]("type")


table_of(
    FunctionShellCallOutputTimeoutOutcome,
    field("type", const("timeout"), required=True),
    extra=ANY,
)
