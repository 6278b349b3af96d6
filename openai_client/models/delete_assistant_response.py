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
class DeleteAssistantResponse(ExtraFields["Any"]):
    """The answer to deleting assistant.

    Attributes:
        id (str): ID of the deleted assistant.
        object (Literal['assistant.deleted']): Always `assistant.deleted`.
        deleted (bool): Whether it was deleted.
    """

    id: str
    deleted: bool
    object: Literal["assistant.deleted"] = "assistant.deleted"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[Literal["assistant.deleted"]]("object")


table_of(
    DeleteAssistantResponse,
    field("id", STRING, required=True),
    field("object", const("assistant.deleted", fixes_kind=True), required=True),
    field("deleted", BOOLEAN, required=True),
    extra=ANY,
)
