from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    enum_of,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.search_content_type import SearchContentType
from ..models.search_context_size import SearchContextSize
from ..models.web_search_preview_tool_type import WebSearchPreviewToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approximate_location import ApproximateLocationParam
    from ..models.search_content_type import SearchContentTypeLiteral
    from ..models.search_context_size import SearchContextSizeLiteral
    from ..models.web_search_preview_tool_type import WebSearchPreviewToolTypeLiteral


def _convert_type_(value: WebSearchPreviewToolType | WebSearchPreviewToolTypeLiteral) -> WebSearchPreviewToolType:
    return WebSearchPreviewTool.__table__.convert("type", value)  # type: ignore[no-any-return]


def _convert_user_location(
    value: ApproximateLocation | ApproximateLocationParam | UnknownApproximateLocation | None | Unset,
) -> ApproximateLocation | None | UnknownApproximateLocation | Unset:
    return WebSearchPreviewTool.__table__.convert("user_location", value)  # type: ignore[no-any-return]


def _convert_search_context_size(
    value: SearchContextSize | SearchContextSizeLiteral | Unset,
) -> SearchContextSize | Unset:
    return WebSearchPreviewTool.__table__.convert("search_context_size", value)  # type: ignore[no-any-return]


def _convert_search_content_types(
    value: Sequence[SearchContentType | SearchContentTypeLiteral] | Unset,
) -> list[SearchContentType] | Unset:
    return WebSearchPreviewTool.__table__.convert("search_content_types", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchPreviewTool(ExtraFields["Any"]):
    """WebSearchPreviewTool

    Attributes:
        type (WebSearchPreviewToolType)
        user_location (ApproximateLocation | None | UnknownApproximateLocation | Unset)
        search_context_size (SearchContextSize | Unset)
        search_content_types (list[SearchContentType] | Unset)
    """

    type: WebSearchPreviewToolType = _attrs_field(converter=_convert_type_)
    user_location: ApproximateLocation | None | UnknownApproximateLocation | Unset = _attrs_field(
        default=UNSET, converter=_convert_user_location
    )
    search_context_size: SearchContextSize | Unset = _attrs_field(default=UNSET, converter=_convert_search_context_size)
    search_content_types: list[SearchContentType] | Unset = _attrs_field(
        default=UNSET, converter=_convert_search_content_types
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[WebSearchPreviewToolType]("type")


class WebSearchPreviewToolParam(TypedDict, total=False):
    """The dict form of WebSearchPreviewTool: what a request takes in its place (checked before sending)."""

    type: Required[WebSearchPreviewToolType | WebSearchPreviewToolTypeLiteral]
    user_location: ApproximateLocation | ApproximateLocationParam | UnknownApproximateLocation | None
    search_context_size: SearchContextSize | SearchContextSizeLiteral
    search_content_types: Sequence[SearchContentType | SearchContentTypeLiteral]


from ..models.approximate_location import ApproximateLocation
from ..models.unknown_approximate_location import UnknownApproximateLocation

table_of(
    WebSearchPreviewTool,
    field("type", enum_of(WebSearchPreviewToolType), required=True),
    field(
        "user_location",
        union_of("type", {"approximate": ApproximateLocation}, fallback=UnknownApproximateLocation),
        nullable=True,
    ),
    field("search_context_size", enum_of(SearchContextSize)),
    field("search_content_types", list_of(enum_of(SearchContentType))),
    extra=ANY,
)
