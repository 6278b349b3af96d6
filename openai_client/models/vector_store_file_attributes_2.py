from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    scalar,
    table_of,
)
from .._model import FreeForm


@_attrs_define(eq=False, repr=False, getstate_setstate=False, init=False, on_setattr=_attrs_setters.NO_OP)
class VectorStoreFileAttributes2(FreeForm["bool | float | str"]):
    """VectorStoreFileAttributes2"""

    additional_properties: dict[str, bool | float | str] = _attrs_field(init=False, factory=dict)


table_of(
    VectorStoreFileAttributes2,
    extra=scalar(str, float, int, bool),
)
