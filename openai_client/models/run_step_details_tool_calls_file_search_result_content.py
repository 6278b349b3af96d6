from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsFileSearchResultContent(ExtraFields["Any"]):
    """A piece of a file search result.

    Attributes:
        type (Literal['text'] | Unset): Always `text`.
        text (str | Unset): The text.
    """

    type: Literal["text"] | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["text"] | Unset]("type")


table_of(
    RunStepDetailsToolCallsFileSearchResultContent,
    field("type", const("text")),
    field("text", STRING),
    extra=ANY,
)
