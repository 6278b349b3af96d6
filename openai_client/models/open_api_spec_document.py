from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    table_of,
)
from .._model import FreeForm


@_attrs_define(eq=False, repr=False, getstate_setstate=False, init=False, on_setattr=_attrs_setters.NO_OP)
class OpenApiSpecDocument(FreeForm["Any"]):
    """An OpenAPI document, as JSON."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    OpenApiSpecDocument,
    extra=ANY,
)
