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


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TextContent(ExtraFields["Any"]):
    """TextContent

    Attributes:
        type (Literal['text'])
        text (str)
    """

    text: str
    type: Literal["text"] = "text"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["text"]]("type")


table_of(
    TextContent,
    field("type", const("text"), required=True),
    field("text", STRING, required=True),
    extra=ANY,
)
