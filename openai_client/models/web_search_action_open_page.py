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
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class WebSearchActionOpenPage(ExtraFields["Any"]):
    """WebSearchActionOpenPage

    Attributes:
        type (Literal['open_page'])
        url (None | str | Unset)
    """

    type: Literal["open_page"] = "open_page"
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["open_page"]]("type")


class WebSearchActionOpenPageParam(TypedDict, total=False):
    """The dict form of WebSearchActionOpenPage: what a request takes in its place (checked before sending)."""

    type: Required[Literal["open_page"]]
    url: str | None


table_of(
    WebSearchActionOpenPage,
    field("type", const("open_page"), required=True),
    field("url", STRING, nullable=True),
    extra=ANY,
)
