from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ItemReferenceParam(ExtraFields["Any"]):
    """ItemReferenceParam

    Attributes:
        id (str)
        type (Literal['item_reference'] | None | Unset)
    """

    id: str
    type: Literal["item_reference"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["item_reference"] | None | Unset]("type")


class ItemReferenceParamParam(TypedDict, total=False):
    """The dict form of ItemReferenceParam: what a request takes in its place (checked before sending)."""

    id: Required[str]
    type: Literal["item_reference"] | None


table_of(
    ItemReferenceParam,
    field("id", STRING, required=True),
    field("type", STRING, nullable=True),
    extra=ANY,
)
