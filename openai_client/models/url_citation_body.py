from __future__ import annotations

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
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class UrlCitationBody(ExtraFields["Any"]):
    """UrlCitationBody

    Attributes:
        type (Literal['url_citation'])
        url (str)
        start_index (int)
        end_index (int)
        title (str)
    """

    url: str
    start_index: int
    end_index: int
    title: str
    type: Literal["url_citation"] = "url_citation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["url_citation"]]("type")


class UrlCitationBodyParam(TypedDict, total=False):
    """The dict form of UrlCitationBody: what a request takes in its place (checked before sending)."""

    type: Required[Literal["url_citation"]]
    url: Required[str]
    start_index: Required[int]
    end_index: Required[int]
    title: Required[str]


table_of(
    UrlCitationBody,
    field("type", const("url_citation"), required=True),
    field("url", STRING, required=True),
    field("start_index", INTEGER, required=True),
    field("end_index", INTEGER, required=True),
    field("title", STRING, required=True),
    extra=ANY,
)
