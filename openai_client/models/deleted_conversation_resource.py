from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    BOOLEAN,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DeletedConversationResource(ExtraFields["Any"]):
    """DeletedConversationResource

    Attributes:
        object (Literal['conversation.deleted'])
        deleted (bool)
        id (str)
    """

    deleted: bool
    id: str
    object: Literal["conversation.deleted"] = "conversation.deleted"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[Literal["conversation.deleted"]]("object")


table_of(
    DeletedConversationResource,
    field("object", const("conversation.deleted", fixes_kind=True), required=True),
    field("deleted", BOOLEAN, required=True),
    field("id", STRING, required=True),
    extra=ANY,
)
