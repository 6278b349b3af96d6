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
class DeleteThreadResponse(ExtraFields["Any"]):
    """The answer to deleting thread.

    Attributes:
        id (str): ID of the deleted thread.
        object (Literal['thread.deleted']): Always `thread.deleted`.
        deleted (bool): Whether it was deleted.
    """

    id: str
    deleted: bool
    object: Literal["thread.deleted"] = "thread.deleted"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[Literal["thread.deleted"]]("object")


table_of(
    DeleteThreadResponse,
    field("id", STRING, required=True),
    field("object", const("thread.deleted", fixes_kind=True), required=True),
    field("deleted", BOOLEAN, required=True),
    extra=ANY,
)
