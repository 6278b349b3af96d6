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
class ContainerFileCitationBody(ExtraFields["Any"]):
    """ContainerFileCitationBody

    Attributes:
        type (Literal['container_file_citation'])
        container_id (str)
        file_id (str)
        start_index (int)
        end_index (int)
        filename (str)
    """

    container_id: str
    file_id: str
    start_index: int
    end_index: int
    filename: str
    type: Literal["container_file_citation"] = "container_file_citation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["container_file_citation"]]("type")


class ContainerFileCitationBodyParam(TypedDict, total=False):
    """The dict form of ContainerFileCitationBody: what a request takes in its place (checked before sending)."""

    type: Required[Literal["container_file_citation"]]
    container_id: Required[str]
    file_id: Required[str]
    start_index: Required[int]
    end_index: Required[int]
    filename: Required[str]


table_of(
    ContainerFileCitationBody,
    field("type", const("container_file_citation"), required=True),
    field("container_id", STRING, required=True),
    field("file_id", STRING, required=True),
    field("start_index", INTEGER, required=True),
    field("end_index", INTEGER, required=True),
    field("filename", STRING, required=True),
    extra=ANY,
)
