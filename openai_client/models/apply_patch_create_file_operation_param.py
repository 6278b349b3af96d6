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
class ApplyPatchCreateFileOperationParam(ExtraFields["Any"]):
    """ApplyPatchCreateFileOperationParam

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


class ApplyPatchCreateFileOperationParamParam(TypedDict, total=False):
    """The dict form of ApplyPatchCreateFileOperationParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["create_file"]]
    path: Required[str]
    diff: Required[str]


table_of(
    ApplyPatchCreateFileOperationParam,
    field("type", const("create_file"), required=True),
    field("path", STRING, required=True),
    field("diff", STRING, required=True),
    extra=ANY,
)
