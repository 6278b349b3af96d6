from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    NUMBER,
    enum_of,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..models.ranker_version_type import RankerVersionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hybrid_search_options import HybridSearchOptionsParam
    from ..models.ranker_version_type import RankerVersionTypeLiteral


def _convert_ranker(value: RankerVersionType | RankerVersionTypeLiteral | Unset) -> RankerVersionType | Unset:
    return RankingOptions.__table__.convert("ranker", value)  # type: ignore[no-any-return]


def _convert_hybrid_search(
    value: HybridSearchOptions | HybridSearchOptionsParam | Unset,
) -> HybridSearchOptions | Unset:
    return RankingOptions.__table__.convert("hybrid_search", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class RankingOptions(ExtraFields["Any"]):
    """RankingOptions

    Attributes:
        ranker (RankerVersionType | Unset)
        score_threshold (float | Unset)
        hybrid_search (HybridSearchOptions | Unset)
    """

    ranker: RankerVersionType | Unset = _attrs_field(default=UNSET, converter=_convert_ranker)
    score_threshold: float | Unset = UNSET
    hybrid_search: HybridSearchOptions | Unset = _attrs_field(default=UNSET, converter=_convert_hybrid_search)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class RankingOptionsParam(TypedDict, total=False):
    """The dict form of RankingOptions: what a request takes in its place (checked before sending)."""

    ranker: RankerVersionType | RankerVersionTypeLiteral
    score_threshold: float
    hybrid_search: HybridSearchOptions | HybridSearchOptionsParam


from ..models.hybrid_search_options import HybridSearchOptions

table_of(
    RankingOptions,
    field("ranker", enum_of(RankerVersionType)),
    field("score_threshold", NUMBER),
    field("hybrid_search", model_of(HybridSearchOptions)),
    extra=ANY,
)
