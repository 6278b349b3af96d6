from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    NUMBER,
    STRING,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


def _convert_attributes(
    value: VectorStoreFileAttributes2 | Mapping[str, Any] | None | Unset,
) -> None | Unset | VectorStoreFileAttributes2:
    return FileSearchToolCallResultsItem.__table__.convert("attributes", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FileSearchToolCallResultsItem(ExtraFields["Any"]):
    """FileSearchToolCallResultsItem

    Attributes:
        file_id (str | Unset)
        text (str | Unset)
        filename (str | Unset)
        attributes (None | Unset | VectorStoreFileAttributes2)
        score (float | Unset)
    """

    file_id: str | Unset = UNSET
    text: str | Unset = UNSET
    filename: str | Unset = UNSET
    attributes: None | Unset | VectorStoreFileAttributes2 = _attrs_field(default=UNSET, converter=_convert_attributes)
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class FileSearchToolCallResultsItemParam(TypedDict, total=False):
    """The dict form of FileSearchToolCallResultsItem: what a request takes in its place (checked before sending)."""

    file_id: str
    text: str
    filename: str
    attributes: VectorStoreFileAttributes2 | Mapping[str, Any] | None
    score: float


from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2

table_of(
    FileSearchToolCallResultsItem,
    field("file_id", STRING),
    field("text", STRING),
    field("filename", STRING),
    field("attributes", model_of(VectorStoreFileAttributes2), nullable=True),
    field("score", NUMBER),
    extra=ANY,
)
