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
class ApplyPatchUpdateFileOperation(ExtraFields["Any"]):
    """ApplyPatchUpdateFileOperation

    Attributes:
        type (Literal['update_file'])
        path (str)
        diff (str)
    """

    path: str
    diff: str
    type: Literal["update_file"] = "update_file"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["update_file"]]("type")


table_of(
    ApplyPatchUpdateFileOperation,
    field("type", const("update_file"), required=True),
    field("path", STRING, required=True),
    field("diff", STRING, required=True),
    extra=ANY,
)
