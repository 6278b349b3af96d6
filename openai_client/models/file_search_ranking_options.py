from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    NUMBER,
    enum_of,
    field,
    table_of,
)
from .._model import ExtraFields
from ..models.file_search_ranker import FileSearchRanker
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_ranker import FileSearchRankerLiteral


def _convert_ranker(value: FileSearchRanker | FileSearchRankerLiteral | Unset) -> FileSearchRanker | Unset:
    return FileSearchRankingOptions.__table__.convert("ranker", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FileSearchRankingOptions(ExtraFields["Any"]):
    """How file search ranks results.

    Attributes:
        score_threshold (float): Results scoring below this are dropped (0 to 1).
        ranker (FileSearchRanker | Unset): Ranker used by file search.
    """

    score_threshold: float
    ranker: FileSearchRanker | Unset = _attrs_field(default=UNSET, converter=_convert_ranker)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class FileSearchRankingOptionsParam(TypedDict, total=False):
    """The dict form of FileSearchRankingOptions: what a request takes in its place (checked before sending)."""

    score_threshold: Required[float]
    ranker: FileSearchRanker | FileSearchRankerLiteral


table_of(
    FileSearchRankingOptions,
    field("score_threshold", NUMBER, required=True),
    field("ranker", enum_of(FileSearchRanker)),
    extra=ANY,
)
