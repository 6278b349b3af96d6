from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_ranking_options import FileSearchRankingOptionsParam


def _convert_ranking_options(
    value: FileSearchRankingOptions | FileSearchRankingOptionsParam | Unset,
) -> FileSearchRankingOptions | Unset:
    return AssistantToolsFileSearchOptions.__table__.convert("ranking_options", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsFileSearchOptions(ExtraFields["Any"]):
    """Settings of the file search tool.

    Attributes:
        max_num_results (int | Unset): Most results to return, 1 to 50.
        ranking_options (FileSearchRankingOptions | Unset): How file search ranks results.
    """

    max_num_results: int | Unset = UNSET
    ranking_options: FileSearchRankingOptions | Unset = _attrs_field(default=UNSET, converter=_convert_ranking_options)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class AssistantToolsFileSearchOptionsParam(TypedDict, total=False):
    """The dict form of AssistantToolsFileSearchOptions: what a request takes in its place (checked before sending)."""

    max_num_results: int
    ranking_options: FileSearchRankingOptions | FileSearchRankingOptionsParam


from ..models.file_search_ranking_options import FileSearchRankingOptions

table_of(
    AssistantToolsFileSearchOptions,
    field("max_num_results", INTEGER),
    field("ranking_options", model_of(FileSearchRankingOptions)),
    extra=ANY,
)
