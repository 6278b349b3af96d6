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
class BingCustomSearchConfiguration(ExtraFields["Any"]):
    """Which Bing Custom Search connection and instance to search.

    Attributes:
        connection_id (str): The project connection to Bing Custom Search.
        instance_name (str): The configured custom search instance.
        market (str | Unset): The market results come from, as `<language>-<country>`.
        set_lang (str | Unset): The language of user-interface strings.
        count (int | Unset): How many results to return.
        freshness (str | Unset): How recent results must be.
    """

    connection_id: str
    instance_name: str
    market: str | Unset = UNSET
    set_lang: str | Unset = UNSET
    count: int | Unset = UNSET
    freshness: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class BingCustomSearchConfigurationParam(TypedDict, total=False):
    """The dict form of BingCustomSearchConfiguration: what a request takes in its place (checked before sending)."""

    connection_id: Required[str]
    instance_name: Required[str]
    market: str
    set_lang: str
    count: int
    freshness: str


table_of(
    BingCustomSearchConfiguration,
    field("connection_id", STRING, required=True),
    field("instance_name", STRING, required=True),
    field("market", STRING),
    field("set_lang", STRING),
    field("count", INTEGER),
    field("freshness", STRING),
    extra=ANY,
)
