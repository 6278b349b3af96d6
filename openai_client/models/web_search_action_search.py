from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItemParam


def _convert_queries(value: Sequence[str] | Unset) -> list[str] | Unset:
    return WebSearchActionSearch.__table__.convert("queries", value)  # type: ignore[no-any-return]


def _convert_sources(
    value: Sequence[WebSearchActionSearchSourcesItem | WebSearchActionSearchSourcesItemParam] | Unset,
) -> list[WebSearchActionSearchSourcesItem] | Unset:
    return WebSearchActionSearch.__table__.convert("sources", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchActionSearch(ExtraFields["Any"]):
    """WebSearchActionSearch

    Attributes:
        type (Literal['search'])
        query (str | Unset)
        queries (list[str] | Unset)
        sources (list[WebSearchActionSearchSourcesItem] | Unset)
    """

    type: Literal["search"] = "search"
    query: str | Unset = UNSET
    queries: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_queries)
    sources: list[WebSearchActionSearchSourcesItem] | Unset = _attrs_field(default=UNSET, converter=_convert_sources)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["search"]]("type")


class WebSearchActionSearchParam(TypedDict, total=False):
    """The dict form of WebSearchActionSearch: what a request takes in its place (checked before sending)."""

    type: Required[Literal["search"]]
    query: str
    queries: Sequence[str]
    sources: Sequence[WebSearchActionSearchSourcesItem | WebSearchActionSearchSourcesItemParam]


from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItem

table_of(
    WebSearchActionSearch,
    field("type", const("search"), required=True),
    field("query", STRING),
    field("queries", list_of(STRING)),
    field("sources", list_of(model_of(WebSearchActionSearchSourcesItem))),
    extra=ANY,
)
