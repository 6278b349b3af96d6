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


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ListRunsResponse(Page["RunObject"]):
    """One page of runs.

    Attributes:
        object (str): Always `list`.
        data (list[RunObject])
        first_id (None | str): ID of the first run on the page; `null` on an empty page.
        last_id (None | str): ID of the last run on the page (pass it as `after` for the next page); `null` on an empty page.
        has_more (bool): Whether more runs follow this page.
    """

    object: str
    data: list[RunObject]
    first_id: None | str
    last_id: None | str
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[str]("object")


from ..models.run_object import RunObject

table_of(
    ListRunsResponse,
    field("object", STRING, required=True),
    field("data", list_of(model_of(RunObject)), required=True),
    field("first_id", STRING, required=True, nullable=True),
    field("last_id", STRING, required=True, nullable=True),
    field("has_more", BOOLEAN, required=True),
    extra=ANY,
)
