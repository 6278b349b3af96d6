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
class ApplyPatchCreateFileOperation(ExtraFields["Any"]):
    """ApplyPatchCreateFileOperation

    Attributes:
        type (Literal['create_file'])
        path (str)
        diff (str)
    """

    path: str
    diff: str
    type: Literal["create_file"] = "create_file"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["create_file"]]("type")


table_of(
    ApplyPatchCreateFileOperation,
    field("type", const("create_file"), required=True),
    field("path", STRING, required=True),
    field("diff", STRING, required=True),
    extra=ANY,
)
