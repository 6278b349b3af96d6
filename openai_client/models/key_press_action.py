from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    list_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


def _convert_keys(value: Sequence[str]) -> list[str]:
    return KeyPressAction.__table__.convert("keys", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class KeyPressAction(ExtraFields["Any"]):
    """KeyPressAction

    Attributes:
        type (Literal['keypress'])
        keys (list[str])
    """

    keys: list[str] = _attrs_field(converter=_convert_keys)
    type: Literal["keypress"] = "keypress"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["keypress"]]("type")


class KeyPressActionParam(TypedDict, total=False):
    """The dict form of KeyPressAction: what a request takes in its place (checked before sending)."""

    type: Required[Literal["keypress"]]
    keys: Required[Sequence[str]]


table_of(
    KeyPressAction,
    field("type", const("keypress"), required=True),
    field("keys", list_of(STRING), required=True),
    extra=ANY,
)
