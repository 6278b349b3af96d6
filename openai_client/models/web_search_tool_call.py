from __future__ import annotations

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
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.web_search_tool_call_status import WebSearchToolCallStatus

if TYPE_CHECKING:
    from ..models.web_search_action_find import WebSearchActionFindParam
    from ..models.web_search_action_open_page import WebSearchActionOpenPageParam
    from ..models.web_search_action_search import WebSearchActionSearchParam
    from ..models.web_search_tool_call_status import WebSearchToolCallStatusLiteral


def _convert_status(value: WebSearchToolCallStatus | WebSearchToolCallStatusLiteral) -> WebSearchToolCallStatus:
    return WebSearchToolCall.__table__.convert("status", value)  # type: ignore[no-any-return]


def _convert_action(
    value: WebSearchActionSearch
    | WebSearchActionSearchParam
    | WebSearchActionOpenPage
    | WebSearchActionOpenPageParam
    | WebSearchActionFind
    | WebSearchActionFindParam
    | UnknownWebSearchToolCallAction,
) -> UnknownWebSearchToolCallAction | WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch:
    return WebSearchToolCall.__table__.convert("action", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchToolCall(ExtraFields["Any"]):
    """WebSearchToolCall

    Attributes:
        id (str)
        type (Literal['web_search_call'])
        status (WebSearchToolCallStatus)
        action (UnknownWebSearchToolCallAction | WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch)
    """

    id: str
    status: WebSearchToolCallStatus = _attrs_field(converter=_convert_status)
    action: UnknownWebSearchToolCallAction | WebSearchActionFind | WebSearchActionOpenPage | WebSearchActionSearch = (
        _attrs_field(converter=_convert_action)
    )
    type: Literal["web_search_call"] = "web_search_call"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["web_search_call"]]("type")


class WebSearchToolCallParam(TypedDict, total=False):
    """The dict form of WebSearchToolCall: what a request takes in its place (checked before sending)."""

    id: Required[str]
    type: Required[Literal["web_search_call"]]
    status: Required[WebSearchToolCallStatus | WebSearchToolCallStatusLiteral]
    action: Required[
        WebSearchActionSearch
        | WebSearchActionSearchParam
        | WebSearchActionOpenPage
        | WebSearchActionOpenPageParam
        | WebSearchActionFind
        | WebSearchActionFindParam
        | UnknownWebSearchToolCallAction
    ]


from ..models.unknown_web_search_tool_call_action import UnknownWebSearchToolCallAction
from ..models.web_search_action_find import WebSearchActionFind
from ..models.web_search_action_open_page import WebSearchActionOpenPage
from ..models.web_search_action_search import WebSearchActionSearch

table_of(
    WebSearchToolCall,
    field("id", STRING, required=True),
    field("type", const("web_search_call"), required=True),
    field("status", enum_of(WebSearchToolCallStatus), required=True),
    field(
        "action",
        union_of(
            "type",
            {
                "search": WebSearchActionSearch,
                "open_page": WebSearchActionOpenPage,
                "find_in_page": WebSearchActionFind,
            },
            fallback=UnknownWebSearchToolCallAction,
        ),
        required=True,
    ),
    extra=ANY,
)
