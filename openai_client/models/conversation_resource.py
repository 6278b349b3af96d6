from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ConversationResource(ExtraFields["Any"]):
    """ConversationResource

    Attributes:
        id (str)
        object (Literal['conversation'])
        metadata (Any)
        created_at (int)
    """

    id: str
    metadata: Any
    created_at: int
    object: Literal["conversation"] = "conversation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[Literal["conversation"]]("object")


table_of(
    ConversationResource,
    field("id", STRING, required=True),
    field("object", const("conversation", fixes_kind=True), required=True),
    field("metadata", ANY, required=True),
    field("created_at", INTEGER, required=True),
    extra=ANY,
)
