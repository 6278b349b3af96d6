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
class FileCitationBody(ExtraFields["Any"]):
    """FileCitationBody

    Attributes:
        type (Literal['file_citation'])
        file_id (str)
        index (int)
        filename (str)
    """

    file_id: str
    index: int
    filename: str
    type: Literal["file_citation"] = "file_citation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["file_citation"]]("type")


class FileCitationBodyParam(TypedDict, total=False):
    """The dict form of FileCitationBody: what a request takes in its place (checked before sending)."""

    type: Required[Literal["file_citation"]]
    file_id: Required[str]
    index: Required[int]
    filename: Required[str]


table_of(
    FileCitationBody,
    field("type", const("file_citation"), required=True),
    field("file_id", STRING, required=True),
    field("index", INTEGER, required=True),
    field("filename", STRING, required=True),
    extra=ANY,
)
