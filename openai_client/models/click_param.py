from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    enum_of,
    field,
    list_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.click_button_type import ClickButtonType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_button_type import ClickButtonTypeLiteral


def _convert_button(value: ClickButtonType | ClickButtonTypeLiteral) -> ClickButtonType:
    return ClickParam.__table__.convert("button", value)  # type: ignore[no-any-return]


def _convert_keys(value: Sequence[str] | None | Unset) -> list[str] | None | Unset:
    return ClickParam.__table__.convert("keys", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ClickParam(ExtraFields["Any"]):
    """ClickParam

    Attributes:
        type (Literal['click'])
        button (ClickButtonType)
        x (int)
        y (int)
        keys (list[str] | None | Unset)
    """

    button: ClickButtonType = _attrs_field(converter=_convert_button)
    x: int
    y: int
    type: Literal["click"] = "click"
    keys: list[str] | None | Unset = _attrs_field(default=UNSET, converter=_convert_keys)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["click"]]("type")


class ClickParamParam(TypedDict, total=False):
    """The dict form of ClickParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["click"]]
    button: Required[ClickButtonType | ClickButtonTypeLiteral]
    x: Required[int]
    y: Required[int]
    keys: Sequence[str] | None


table_of(
    ClickParam,
    field("type", const("click"), required=True),
    field("button", enum_of(ClickButtonType), required=True),
    field("x", INTEGER, required=True),
    field("y", INTEGER, required=True),
    field("keys", list_of(STRING), nullable=True),
    extra=ANY,
)
