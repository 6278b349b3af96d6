from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class TypeParam(ExtraFields["Any"]):
    """TypeParam

    Attributes:
        type (Literal['type'])
        text (str)
    """

    text: str
    type: Literal["type"] = "type"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["type"]]("type")


class TypeParamParam(TypedDict, total=False):
    """The dict form of TypeParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["type"]]
    text: Required[str]


table_of(
    TypeParam,
    field("type", const("type"), required=True),
    field("text", STRING, required=True),
    extra=ANY,
)
