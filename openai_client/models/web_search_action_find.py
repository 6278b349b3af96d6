from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchActionFind(ExtraFields["Any"]):
    """WebSearchActionFind

    Attributes:
        type (Literal['find_in_page'])
        url (str)
        pattern (str)
    """

    url: str
    pattern: str
    type: Literal["find_in_page"] = "find_in_page"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["find_in_page"]]("type")


class WebSearchActionFindParam(TypedDict, total=False):
    """The dict form of WebSearchActionFind: what a request takes in its place (checked before sending)."""

    type: Required[Literal["find_in_page"]]
    url: Required[str]
    pattern: Required[str]


table_of(
    WebSearchActionFind,
    field("type", const("find_in_page"), required=True),
    field("url", STRING, required=True),
    field("pattern", STRING, required=True),
    extra=ANY,
)
