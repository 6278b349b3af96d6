from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    enum_of,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.vector_store_data_source_asset_type import VectorStoreDataSourceAssetType

if TYPE_CHECKING:
    from ..models.vector_store_data_source_asset_type import VectorStoreDataSourceAssetTypeLiteral


def _convert_type_(
    value: VectorStoreDataSourceAssetType | VectorStoreDataSourceAssetTypeLiteral,
) -> VectorStoreDataSourceAssetType:
    return VectorStoreDataSource.__table__.convert("type", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class VectorStoreDataSource(ExtraFields["Any"]):
    """Foundry: an Azure data asset a tool reads (a file by URI, or a data asset by ID).

    Attributes:
        uri (str): The asset's URI or ID.
        type (VectorStoreDataSourceAssetType): `uri_asset`: `uri` is an asset URI; `id_asset`: it is a data ID.
    """

    uri: str
    type: VectorStoreDataSourceAssetType = _attrs_field(converter=_convert_type_)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[VectorStoreDataSourceAssetType]("type")


class VectorStoreDataSourceParam(TypedDict, total=False):
    """The dict form of VectorStoreDataSource: what a request takes in its place (checked before sending)."""

    uri: Required[str]
    type: Required[VectorStoreDataSourceAssetType | VectorStoreDataSourceAssetTypeLiteral]


table_of(
    VectorStoreDataSource,
    field("uri", STRING, required=True),
    field("type", enum_of(VectorStoreDataSourceAssetType), required=True),
    extra=ANY,
)
