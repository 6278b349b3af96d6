from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vector_store_data_source import VectorStoreDataSourceParam


def _convert_file_ids(value: Sequence[str] | Unset) -> list[str] | Unset:
    return ToolResourcesCodeInterpreter.__table__.convert("file_ids", value)  # type: ignore[no-any-return]


def _convert_data_sources(
    value: Sequence[VectorStoreDataSource | VectorStoreDataSourceParam] | Unset,
) -> list[VectorStoreDataSource] | Unset:
    return ToolResourcesCodeInterpreter.__table__.convert("data_sources", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolResourcesCodeInterpreter(ExtraFields["Any"]):
    """Files the code interpreter can read.

    Attributes:
        file_ids (list[str] | Unset): File IDs, at most 20.
        data_sources (list[VectorStoreDataSource] | Unset): Foundry: Azure data assets to read, in place of `file_ids`.
    """

    file_ids: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_file_ids)
    data_sources: list[VectorStoreDataSource] | Unset = _attrs_field(default=UNSET, converter=_convert_data_sources)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ToolResourcesCodeInterpreterParam(TypedDict, total=False):
    """The dict form of ToolResourcesCodeInterpreter: what a request takes in its place (checked before sending)."""

    file_ids: Sequence[str]
    data_sources: Sequence[VectorStoreDataSource | VectorStoreDataSourceParam]


from ..models.vector_store_data_source import VectorStoreDataSource

table_of(
    ToolResourcesCodeInterpreter,
    field("file_ids", list_of(STRING)),
    field("data_sources", list_of(model_of(VectorStoreDataSource))),
    extra=ANY,
)
