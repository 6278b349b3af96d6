from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    list_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


def _convert_allowed_domains(value: Sequence[str] | None | Unset) -> list[str] | None | Unset:
    return WebSearchToolFilters.__table__.convert("allowed_domains", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchToolFilters(ExtraFields["Any"]):
    """WebSearchToolFilters

    Attributes:
        allowed_domains (list[str] | None | Unset)
    """

    allowed_domains: list[str] | None | Unset = _attrs_field(default=UNSET, converter=_convert_allowed_domains)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class WebSearchToolFiltersParam(TypedDict, total=False):
    """The dict form of WebSearchToolFilters: what a request takes in its place (checked before sending)."""

    allowed_domains: Sequence[str] | None


table_of(
    WebSearchToolFilters,
    field("allowed_domains", list_of(STRING), nullable=True),
    extra=ANY,
)
