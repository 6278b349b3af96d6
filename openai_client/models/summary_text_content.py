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
class SummaryTextContent(ExtraFields["Any"]):
    """SummaryTextContent

    Attributes:
        type (Literal['summary_text'])
        text (str)
    """

    text: str
    type: Literal["summary_text"] = "summary_text"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["summary_text"]]("type")


class SummaryTextContentParam(TypedDict, total=False):
    """The dict form of SummaryTextContent: what a request takes in its place (checked before sending)."""

    type: Required[Literal["summary_text"]]
    text: Required[str]


table_of(
    SummaryTextContent,
    field("type", const("summary_text"), required=True),
    field("text", STRING, required=True),
    extra=ANY,
)
