from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    field,
    list_of,
    model_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilterParam
    from ..models.compound_filter import CompoundFilterParam
    from ..models.ranking_options import RankingOptionsParam


def _convert_vector_store_ids(value: Sequence[str]) -> list[str]:
    return FileSearchTool.__table__.convert("vector_store_ids", value)  # type: ignore[no-any-return]


def _convert_ranking_options(value: RankingOptions | RankingOptionsParam | Unset) -> RankingOptions | Unset:
    return FileSearchTool.__table__.convert("ranking_options", value)  # type: ignore[no-any-return]


def _convert_filters(
    value: ComparisonFilter
    | ComparisonFilterParam
    | CompoundFilter
    | CompoundFilterParam
    | UnknownFilters
    | None
    | Unset,
) -> ComparisonFilter | CompoundFilter | None | UnknownFilters | Unset:
    return FileSearchTool.__table__.convert("filters", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FileSearchTool(ExtraFields["Any"]):
    """FileSearchTool

    Attributes:
        type (Literal['file_search'])
        vector_store_ids (list[str])
        max_num_results (int | Unset)
        ranking_options (RankingOptions | Unset)
        filters (ComparisonFilter | CompoundFilter | None | UnknownFilters | Unset)
    """

    vector_store_ids: list[str] = _attrs_field(converter=_convert_vector_store_ids)
    type: Literal["file_search"] = "file_search"
    max_num_results: int | Unset = UNSET
    ranking_options: RankingOptions | Unset = _attrs_field(default=UNSET, converter=_convert_ranking_options)
    filters: ComparisonFilter | CompoundFilter | None | UnknownFilters | Unset = _attrs_field(
        default=UNSET, converter=_convert_filters
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["file_search"]]("type")


class FileSearchToolParam(TypedDict, total=False):
    """The dict form of FileSearchTool: what a request takes in its place (checked before sending)."""

    type: Required[Literal["file_search"]]
    vector_store_ids: Required[Sequence[str]]
    max_num_results: int
    ranking_options: RankingOptions | RankingOptionsParam
    filters: ComparisonFilter | ComparisonFilterParam | CompoundFilter | CompoundFilterParam | UnknownFilters | None


from ..models.comparison_filter import ComparisonFilter
from ..models.compound_filter import CompoundFilter
from ..models.ranking_options import RankingOptions
from ..models.unknown_filters import UnknownFilters

table_of(
    FileSearchTool,
    field("type", const("file_search"), required=True),
    field("vector_store_ids", list_of(STRING), required=True),
    field("max_num_results", INTEGER),
    field("ranking_options", model_of(RankingOptions)),
    field(
        "filters",
        union_of(
            "type",
            {
                "eq": ComparisonFilter,
                "ne": ComparisonFilter,
                "gt": ComparisonFilter,
                "gte": ComparisonFilter,
                "lt": ComparisonFilter,
                "lte": ComparisonFilter,
                "in": ComparisonFilter,
                "nin": ComparisonFilter,
                "and": CompoundFilter,
                "or": CompoundFilter,
            },
            fallback=UnknownFilters,
        ),
        nullable=True,
    ),
    extra=ANY,
)
