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
from ..types import UNSET, Unset


def _convert_keys(value: Sequence[str] | None | Unset) -> list[str] | None | Unset:
    return ScrollParam.__table__.convert("keys", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ScrollParam(ExtraFields["Any"]):
    """ScrollParam

    Attributes:
        type (Literal['scroll'])
        x (int)
        y (int)
        scroll_x (int)
        scroll_y (int)
        keys (list[str] | None | Unset)
    """

    x: int
    y: int
    scroll_x: int
    scroll_y: int
    type: Literal["scroll"] = "scroll"
    keys: list[str] | None | Unset = _attrs_field(default=UNSET, converter=_convert_keys)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["scroll"]]("type")


class ScrollParamParam(TypedDict, total=False):
    """The dict form of ScrollParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["scroll"]]
    x: Required[int]
    y: Required[int]
    scroll_x: Required[int]
    scroll_y: Required[int]
    keys: Sequence[str] | None


table_of(
    ScrollParam,
    field("type", const("scroll"), required=True),
    field("x", INTEGER, required=True),
    field("y", INTEGER, required=True),
    field("scroll_x", INTEGER, required=True),
    field("scroll_y", INTEGER, required=True),
    field("keys", list_of(STRING), nullable=True),
    extra=ANY,
)
