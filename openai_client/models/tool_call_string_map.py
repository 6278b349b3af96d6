from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    table_of,
)
from .._model import FreeForm


@_attrs_define(eq=False, repr=False, getstate_setstate=False, init=False)
class ToolCallStringMap(FreeForm["Any"]):
    """What the service records of a call to one of its own tools, as string pairs (requests, URLs, results); a value not
    known yet is `null` while streaming.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    ToolCallStringMap,
    extra=ANY,
)
