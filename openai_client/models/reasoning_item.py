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
from ..models.reasoning_item_status import ReasoningItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reasoning_item_status import ReasoningItemStatusLiteral
    from ..models.reasoning_text_content import ReasoningTextContentParam
    from ..models.summary_text_content import SummaryTextContentParam


def _convert_summary(value: Sequence[SummaryTextContent | SummaryTextContentParam]) -> list[SummaryTextContent]:
    return ReasoningItem.__table__.convert("summary", value)  # type: ignore[no-any-return]


def _convert_content(
    value: Sequence[ReasoningTextContent | ReasoningTextContentParam] | Unset,
) -> list[ReasoningTextContent] | Unset:
    return ReasoningItem.__table__.convert("content", value)  # type: ignore[no-any-return]


def _convert_status(value: ReasoningItemStatus | ReasoningItemStatusLiteral | Unset) -> ReasoningItemStatus | Unset:
    return ReasoningItem.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ReasoningItem(ExtraFields["Any"]):
    """ReasoningItem

    Attributes:
        type (Literal['reasoning'])
        id (str)
        summary (list[SummaryTextContent])
        encrypted_content (None | str | Unset)
        content (list[ReasoningTextContent] | Unset)
        status (ReasoningItemStatus | Unset)
    """

    id: str
    summary: list[SummaryTextContent] = _attrs_field(converter=_convert_summary)
    type: Literal["reasoning"] = "reasoning"
    encrypted_content: None | str | Unset = UNSET
    content: list[ReasoningTextContent] | Unset = _attrs_field(default=UNSET, converter=_convert_content)
    status: ReasoningItemStatus | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["reasoning"]]("type")


class ReasoningItemParam(TypedDict, total=False):
    """The dict form of ReasoningItem: what a request takes in its place (checked before sending)."""

    type: Required[Literal["reasoning"]]
    id: Required[str]
    summary: Required[Sequence[SummaryTextContent | SummaryTextContentParam]]
    encrypted_content: str | None
    content: Sequence[ReasoningTextContent | ReasoningTextContentParam]
    status: ReasoningItemStatus | ReasoningItemStatusLiteral


from ..models.reasoning_text_content import ReasoningTextContent
from ..models.summary_text_content import SummaryTextContent

table_of(
    ReasoningItem,
    field("type", const("reasoning"), required=True),
    field("id", STRING, required=True),
    field("summary", list_of(model_of(SummaryTextContent)), required=True),
    field("encrypted_content", STRING, nullable=True),
    field("content", list_of(model_of(ReasoningTextContent))),
    field("status", enum_of(ReasoningItemStatus)),
    extra=ANY,
)
