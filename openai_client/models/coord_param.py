from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    field,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CoordParam(ExtraFields["Any"]):
    """CoordParam

    Attributes:
        x (int)
        y (int)
    """

    x: int
    y: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class CoordParamParam(TypedDict, total=False):
    """The dict form of CoordParam: what a request takes in its place (checked before sending)."""

    x: Required[int]
    y: Required[int]


table_of(
    CoordParam,
    field("x", INTEGER, required=True),
    field("y", INTEGER, required=True),
    extra=ANY,
)
