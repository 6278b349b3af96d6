from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    BOOLEAN,
    STRING,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, Page
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ListThreadsResponse(Page["ThreadObject"]):
    """Foundry: one page of threads.

    Attributes:
        data (list[ThreadObject])
        has_more (bool): Whether more threads follow this page.
        object (str | Unset): Always `list`.
        first_id (None | str | Unset): ID of the first thread on the page; `null` on an empty page.
        last_id (None | str | Unset): ID of the last thread on the page (pass it as `after` for the next page).
    """

    data: list[ThreadObject]
    has_more: bool
    object: str | Unset = UNSET
    first_id: None | str | Unset = UNSET
    last_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[str | Unset]("object")


from ..models.thread_object import ThreadObject

table_of(
    ListThreadsResponse,
    field("data", list_of(model_of(ThreadObject)), required=True),
    field("has_more", BOOLEAN, required=True),
    field("object", STRING),
    field("first_id", STRING, nullable=True),
    field("last_id", STRING, nullable=True),
    extra=ANY,
)
