from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    CLOSED,
    enum_of,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, Model
from ..models.compound_filter_type import CompoundFilterType

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilterParam
    from ..models.compound_filter_type import CompoundFilterTypeLiteral


def _convert_type_(value: CompoundFilterType | CompoundFilterTypeLiteral) -> CompoundFilterType:
    return CompoundFilter.__table__.convert("type", value)  # type: ignore[no-any-return]


def _convert_filters(
    value: Sequence[
        ComparisonFilter | ComparisonFilterParam | CompoundFilter | CompoundFilterParam | UnknownCompoundFilterFilters
    ],
) -> list[ComparisonFilter | CompoundFilter | UnknownCompoundFilterFilters]:
    return CompoundFilter.__table__.convert("filters", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CompoundFilter(Model):
    """CompoundFilter

    Attributes:
        type (CompoundFilterType)
        filters (list[ComparisonFilter | CompoundFilter | UnknownCompoundFilterFilters])
    """

    type: CompoundFilterType = _attrs_field(converter=_convert_type_)
    filters: list[ComparisonFilter | CompoundFilter | UnknownCompoundFilterFilters] = _attrs_field(
        converter=_convert_filters
    )
    type_ = DeprecatedAlias[CompoundFilterType]("type")


class CompoundFilterParam(TypedDict, total=False):
    """The dict form of CompoundFilter: what a request takes in its place (checked before sending)."""

    type: Required[CompoundFilterType | CompoundFilterTypeLiteral]
    filters: Required[
        Sequence[
            ComparisonFilter
            | ComparisonFilterParam
            | CompoundFilter
            | CompoundFilterParam
            | UnknownCompoundFilterFilters
        ]
    ]


from ..models.comparison_filter import ComparisonFilter
from ..models.unknown_compound_filter_filters import UnknownCompoundFilterFilters

table_of(
    CompoundFilter,
    field("type", enum_of(CompoundFilterType), required=True),
    field(
        "filters",
        list_of(
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
                fallback=UnknownCompoundFilterFilters,
            )
        ),
        required=True,
    ),
    extra=CLOSED,
)
