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
class DeleteMessageResponse(ExtraFields["Any"]):
    """The answer to deleting message.

    Attributes:
        id (str): ID of the deleted message.
        object (Literal['thread.message.deleted']): Always `thread.message.deleted`.
        deleted (bool): Whether it was deleted.
    """

    id: str
    deleted: bool
    object: Literal["thread.message.deleted"] = "thread.message.deleted"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[Literal["thread.message.deleted"]]("object")


table_of(
    DeleteMessageResponse,
    field("id", STRING, required=True),
    field("object", const("thread.message.deleted", fixes_kind=True), required=True),
    field("deleted", BOOLEAN, required=True),
    extra=ANY,
)
