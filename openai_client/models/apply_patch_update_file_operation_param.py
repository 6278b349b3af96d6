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
class ApplyPatchUpdateFileOperationParam(ExtraFields["Any"]):
    """ApplyPatchUpdateFileOperationParam

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


class ApplyPatchUpdateFileOperationParamParam(TypedDict, total=False):
    """The dict form of ApplyPatchUpdateFileOperationParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["update_file"]]
    path: Required[str]
    diff: Required[str]


table_of(
    ApplyPatchUpdateFileOperationParam,
    field("type", const("update_file"), required=True),
    field("path", STRING, required=True),
    field("diff", STRING, required=True),
    extra=ANY,
)
