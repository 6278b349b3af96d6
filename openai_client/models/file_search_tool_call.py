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
    enum_of,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.file_search_tool_call_status import FileSearchToolCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_tool_call_results_item import FileSearchToolCallResultsItemParam
    from ..models.file_search_tool_call_status import FileSearchToolCallStatusLiteral


def _convert_status(value: FileSearchToolCallStatus | FileSearchToolCallStatusLiteral) -> FileSearchToolCallStatus:
    return FileSearchToolCall.__table__.convert("status", value)  # type: ignore[no-any-return]


def _convert_queries(value: Sequence[str]) -> list[str]:
    return FileSearchToolCall.__table__.convert("queries", value)  # type: ignore[no-any-return]


def _convert_results(
    value: Sequence[FileSearchToolCallResultsItem | FileSearchToolCallResultsItemParam] | None | Unset,
) -> list[FileSearchToolCallResultsItem] | None | Unset:
    return FileSearchToolCall.__table__.convert("results", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FileSearchToolCall(ExtraFields["Any"]):
    """FileSearchToolCall

    Attributes:
        id (str)
        type (Literal['file_search_call'])
        status (FileSearchToolCallStatus)
        queries (list[str])
        results (list[FileSearchToolCallResultsItem] | None | Unset)
    """

    id: str
    status: FileSearchToolCallStatus = _attrs_field(converter=_convert_status)
    queries: list[str] = _attrs_field(converter=_convert_queries)
    type: Literal["file_search_call"] = "file_search_call"
    results: list[FileSearchToolCallResultsItem] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_results
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["file_search_call"]]("type")


class FileSearchToolCallParam(TypedDict, total=False):
    """The dict form of FileSearchToolCall: what a request takes in its place (checked before sending)."""

    id: Required[str]
    type: Required[Literal["file_search_call"]]
    status: Required[FileSearchToolCallStatus | FileSearchToolCallStatusLiteral]
    queries: Required[Sequence[str]]
    results: Sequence[FileSearchToolCallResultsItem | FileSearchToolCallResultsItemParam] | None


from ..models.file_search_tool_call_results_item import FileSearchToolCallResultsItem

table_of(
    FileSearchToolCall,
    field("id", STRING, required=True),
    field("type", const("file_search_call"), required=True),
    field("status", enum_of(FileSearchToolCallStatus), required=True),
    field("queries", list_of(STRING), required=True),
    field("results", list_of(model_of(FileSearchToolCallResultsItem)), nullable=True),
    extra=ANY,
)
