from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    NUMBER,
    field,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class HybridSearchOptions(ExtraFields["Any"]):
    """HybridSearchOptions

    Attributes:
        embedding_weight (float)
        text_weight (float)
    """

    embedding_weight: float
    text_weight: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class HybridSearchOptionsParam(TypedDict, total=False):
    """The dict form of HybridSearchOptions: what a request takes in its place (checked before sending)."""

    embedding_weight: Required[float]
    text_weight: Required[float]


table_of(
    HybridSearchOptions,
    field("embedding_weight", NUMBER, required=True),
    field("text_weight", NUMBER, required=True),
    extra=ANY,
)
