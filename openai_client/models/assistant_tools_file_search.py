from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_file_search_options import AssistantToolsFileSearchOptionsParam


def _convert_file_search(
    value: AssistantToolsFileSearchOptions | AssistantToolsFileSearchOptionsParam | Unset,
) -> AssistantToolsFileSearchOptions | Unset:
    return AssistantToolsFileSearch.__table__.convert("file_search", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsFileSearch(ExtraFields["Any"]):
    """The file search tool.

    Attributes:
        type (Literal['file_search']): Always `file_search`.
        file_search (AssistantToolsFileSearchOptions | Unset): Settings of the file search tool.
    """

    type: Literal["file_search"] = "file_search"
    file_search: AssistantToolsFileSearchOptions | Unset = _attrs_field(default=UNSET, converter=_convert_file_search)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["file_search"]]("type")


class AssistantToolsFileSearchParam(TypedDict, total=False):
    """The dict form of AssistantToolsFileSearch: what a request takes in its place (checked before sending)."""

    type: Required[Literal["file_search"]]
    file_search: AssistantToolsFileSearchOptions | AssistantToolsFileSearchOptionsParam


from ..models.assistant_tools_file_search_options import AssistantToolsFileSearchOptions

table_of(
    AssistantToolsFileSearch,
    field("type", const("file_search"), required=True),
    field("file_search", model_of(AssistantToolsFileSearchOptions)),
    extra=ANY,
)
