from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FilePath(ExtraFields["Any"]):
    """FilePath

    Attributes:
        type (Literal['file_path'])
        file_id (str)
        index (int)
    """

    file_id: str
    index: int
    type: Literal["file_path"] = "file_path"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["file_path"]]("type")


class FilePathParam(TypedDict, total=False):
    """The dict form of FilePath: what a request takes in its place (checked before sending)."""

    type: Required[Literal["file_path"]]
    file_id: Required[str]
    index: Required[int]


table_of(
    FilePath,
    field("type", const("file_path"), required=True),
    field("file_id", STRING, required=True),
    field("index", INTEGER, required=True),
    extra=ANY,
)
