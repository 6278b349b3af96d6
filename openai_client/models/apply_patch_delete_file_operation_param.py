from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ApplyPatchDeleteFileOperationParam(ExtraFields["Any"]):
    """ApplyPatchDeleteFileOperationParam

    Attributes:
        type (Literal['delete_file'])
        path (str)
    """

    path: str
    type: Literal["delete_file"] = "delete_file"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["delete_file"]]("type")


class ApplyPatchDeleteFileOperationParamParam(TypedDict, total=False):
    """The dict form of ApplyPatchDeleteFileOperationParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["delete_file"]]
    path: Required[str]


table_of(
    ApplyPatchDeleteFileOperationParam,
    field("type", const("delete_file"), required=True),
    field("path", STRING, required=True),
    extra=ANY,
)
