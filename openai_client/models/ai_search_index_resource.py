from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    enum_of,
    field,
    table_of,
)
from .._model import ExtraFields
from ..models.azure_ai_search_query_type import AzureAISearchQueryType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_ai_search_query_type import AzureAISearchQueryTypeLiteral


def _convert_query_type(
    value: AzureAISearchQueryType | AzureAISearchQueryTypeLiteral | Unset,
) -> AzureAISearchQueryType | Unset:
    return AISearchIndexResource.__table__.convert("query_type", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AISearchIndexResource(ExtraFields["Any"]):
    """An Azure AI Search index, and how to query it.

    Attributes:
        index_connection_id (str | Unset): The project connection to the search service.
        index_name (str | Unset): The index's name.
        query_type (AzureAISearchQueryType | Unset): How the index is queried.
        top_k (int | Unset): How many documents to give the model.
        filter_ (str | Unset): A filter expression for the search.
        index_asset_id (str | Unset): The index's asset ID, instead of a connection and name.
    """

    index_connection_id: str | Unset = UNSET
    index_name: str | Unset = UNSET
    query_type: AzureAISearchQueryType | Unset = _attrs_field(default=UNSET, converter=_convert_query_type)
    top_k: int | Unset = UNSET
    filter_: str | Unset = UNSET
    index_asset_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class AISearchIndexResourceParam(TypedDict, total=False):
    """The dict form of AISearchIndexResource: what a request takes in its place (checked before sending)."""

    index_connection_id: str
    index_name: str
    query_type: AzureAISearchQueryType | AzureAISearchQueryTypeLiteral
    top_k: int
    filter: str
    index_asset_id: str


table_of(
    AISearchIndexResource,
    field("index_connection_id", STRING),
    field("index_name", STRING),
    field("query_type", enum_of(AzureAISearchQueryType)),
    field("top_k", INTEGER),
    field("filter", STRING, attr="filter_"),
    field("index_asset_id", STRING),
    extra=ANY,
)
