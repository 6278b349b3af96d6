from typing import Literal, TypeAlias

from .._enum import OpenEnum


class VectorStoreDataSourceAssetType(OpenEnum):
    """`uri_asset`: `uri` is an asset URI; `id_asset`: it is a data ID."""

    ID_ASSET = "id_asset"
    URI_ASSET = "uri_asset"


VectorStoreDataSourceAssetTypeLiteral: TypeAlias = Literal["id_asset", "uri_asset"]
"""The values of VectorStoreDataSourceAssetType as plain strings, which requests take in its place."""
