from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import ExtraFields

if TYPE_CHECKING:
    from ..models.vector_store_data_source import VectorStoreDataSourceParam


def _convert_data_sources(
    value: Sequence[VectorStoreDataSource | VectorStoreDataSourceParam],
) -> list[VectorStoreDataSource]:
    return VectorStoreConfiguration.__table__.convert("data_sources", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class VectorStoreConfiguration(ExtraFields["Any"]):
    """The assets a vector store is made of.

    Attributes:
        data_sources (list[VectorStoreDataSource]): The assets.
    """

    data_sources: list[VectorStoreDataSource] = _attrs_field(converter=_convert_data_sources)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class VectorStoreConfigurationParam(TypedDict, total=False):
    """The dict form of VectorStoreConfiguration: what a request takes in its place (checked before sending)."""

    data_sources: Required[Sequence[VectorStoreDataSource | VectorStoreDataSourceParam]]


from ..models.vector_store_data_source import VectorStoreDataSource

table_of(
    VectorStoreConfiguration,
    field("data_sources", list_of(model_of(VectorStoreDataSource)), required=True),
    extra=ANY,
)
