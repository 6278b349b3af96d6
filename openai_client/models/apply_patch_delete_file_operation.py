from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ApplyPatchDeleteFileOperation(ExtraFields["Any"]):
    """ApplyPatchDeleteFileOperation

    Attributes:
        type (Literal['delete_file'])
        path (str)
    """

    path: str
    type: Literal["delete_file"] = "delete_file"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["delete_file"]]("type")


table_of(
    ApplyPatchDeleteFileOperation,
    field("type", const("delete_file"), required=True),
    field("path", STRING, required=True),
    extra=ANY,
)
