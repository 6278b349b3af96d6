from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    field,
    list_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


def _convert_keys(value: Sequence[str] | None) -> list[str] | None:
    return DoubleClickAction.__table__.convert("keys", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class DoubleClickAction(ExtraFields["Any"]):
    """DoubleClickAction

    Attributes:
        type (Literal['double_click'])
        x (int)
        y (int)
        keys (list[str] | None)
    """

    x: int
    y: int
    keys: list[str] | None = _attrs_field(converter=_convert_keys)
    type: Literal["double_click"] = "double_click"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["double_click"]]("type")


class DoubleClickActionParam(TypedDict, total=False):
    """The dict form of DoubleClickAction: what a request takes in its place (checked before sending)."""

    type: Required[Literal["double_click"]]
    x: Required[int]
    y: Required[int]
    keys: Required[Sequence[str] | None]


table_of(
    DoubleClickAction,
    field("type", const("double_click"), required=True),
    field("x", INTEGER, required=True),
    field("y", INTEGER, required=True),
    field("keys", list_of(STRING), required=True, nullable=True),
    extra=ANY,
)
