from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    field,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class BingGroundingSearchConfiguration(ExtraFields["Any"]):
    """Which Bing connection to search through, and how.

    Attributes:
        connection_id (str): The project connection to Grounding with Bing Search.
        market (str | Unset): The market results come from, as `<language>-<country>` (for example `en-US`).
        set_lang (str | Unset): The language of user-interface strings, a 2- or 4-letter code.
        count (int | Unset): How many results to return (Bing's default 5, at most 50).
        freshness (str | Unset): How recent results must be: `Day`, `Week`, `Month` or a date range.
    """

    connection_id: str
    market: str | Unset = UNSET
    set_lang: str | Unset = UNSET
    count: int | Unset = UNSET
    freshness: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class BingGroundingSearchConfigurationParam(TypedDict, total=False):
    """The dict form of BingGroundingSearchConfiguration: what a request takes in its place (checked before sending)."""

    connection_id: Required[str]
    market: str
    set_lang: str
    count: int
    freshness: str


table_of(
    BingGroundingSearchConfiguration,
    field("connection_id", STRING, required=True),
    field("market", STRING),
    field("set_lang", STRING),
    field("count", INTEGER),
    field("freshness", STRING),
    extra=ANY,
)
