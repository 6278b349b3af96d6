from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    BOOLEAN,
    enum_of,
    field,
    model_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.web_search_tool_search_context_size import WebSearchToolSearchContextSize
from ..models.web_search_tool_type import WebSearchToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_approximate_location_2 import WebSearchApproximateLocation2Param
    from ..models.web_search_tool_filters import WebSearchToolFiltersParam
    from ..models.web_search_tool_search_context_size import WebSearchToolSearchContextSizeLiteral
    from ..models.web_search_tool_type import WebSearchToolTypeLiteral


def _convert_type_(value: WebSearchToolType | WebSearchToolTypeLiteral) -> WebSearchToolType:
    return WebSearchTool.__table__.convert("type", value)  # type: ignore[no-any-return]


def _convert_filters(
    value: WebSearchToolFilters | WebSearchToolFiltersParam | None | Unset,
) -> None | Unset | WebSearchToolFilters:
    return WebSearchTool.__table__.convert("filters", value)  # type: ignore[no-any-return]


def _convert_user_location(
    value: WebSearchApproximateLocation2
    | WebSearchApproximateLocation2Param
    | UnknownWebSearchApproximateLocation
    | None
    | Unset,
) -> None | UnknownWebSearchApproximateLocation | Unset | WebSearchApproximateLocation2:
    return WebSearchTool.__table__.convert("user_location", value)  # type: ignore[no-any-return]


def _convert_search_context_size(
    value: WebSearchToolSearchContextSize | WebSearchToolSearchContextSizeLiteral | Unset,
) -> WebSearchToolSearchContextSize | Unset:
    return WebSearchTool.__table__.convert("search_context_size", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchTool(ExtraFields["Any"]):
    """WebSearchTool

    Attributes:
        type (WebSearchToolType)
        external_web_access (bool | Unset)
        filters (None | Unset | WebSearchToolFilters)
        user_location (None | UnknownWebSearchApproximateLocation | Unset | WebSearchApproximateLocation2)
        search_context_size (WebSearchToolSearchContextSize | Unset)
    """

    type: WebSearchToolType = _attrs_field(converter=_convert_type_)
    external_web_access: bool | Unset = UNSET
    filters: None | Unset | WebSearchToolFilters = _attrs_field(default=UNSET, converter=_convert_filters)
    user_location: None | UnknownWebSearchApproximateLocation | Unset | WebSearchApproximateLocation2 = _attrs_field(
        default=UNSET, converter=_convert_user_location
    )
    search_context_size: WebSearchToolSearchContextSize | Unset = _attrs_field(
        default=UNSET, converter=_convert_search_context_size
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[WebSearchToolType]("type")


class WebSearchToolParam(TypedDict, total=False):
    """The dict form of WebSearchTool: what a request takes in its place (checked before sending)."""

    type: Required[WebSearchToolType | WebSearchToolTypeLiteral]
    external_web_access: bool
    filters: WebSearchToolFilters | WebSearchToolFiltersParam | None
    user_location: (
        WebSearchApproximateLocation2 | WebSearchApproximateLocation2Param | UnknownWebSearchApproximateLocation | None
    )
    search_context_size: WebSearchToolSearchContextSize | WebSearchToolSearchContextSizeLiteral


from ..models.unknown_web_search_approximate_location import UnknownWebSearchApproximateLocation
from ..models.web_search_approximate_location_2 import WebSearchApproximateLocation2
from ..models.web_search_tool_filters import WebSearchToolFilters

table_of(
    WebSearchTool,
    field("type", enum_of(WebSearchToolType), required=True),
    field("external_web_access", BOOLEAN),
    field("filters", model_of(WebSearchToolFilters), nullable=True),
    field(
        "user_location",
        union_of("type", {"approximate": WebSearchApproximateLocation2}, fallback=UnknownWebSearchApproximateLocation),
        nullable=True,
    ),
    field("search_context_size", enum_of(WebSearchToolSearchContextSize)),
    extra=ANY,
)
