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
    return MoveParam.__table__.convert("keys", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MoveParam(ExtraFields["Any"]):
    """MoveParam

    Attributes:
        type (Literal['move'])
        x (int)
        y (int)
        keys (list[str] | None | Unset)
    """

    x: int
    y: int
    type: Literal["move"] = "move"
    keys: list[str] | None | Unset = _attrs_field(default=UNSET, converter=_convert_keys)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["move"]]("type")


class MoveParamParam(TypedDict, total=False):
    """The dict form of MoveParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["move"]]
    x: Required[int]
    y: Required[int]
    keys: Sequence[str] | None


table_of(
    MoveParam,
    field("type", const("move"), required=True),
    field("x", INTEGER, required=True),
    field("y", INTEGER, required=True),
    field("keys", list_of(STRING), nullable=True),
    extra=ANY,
)
