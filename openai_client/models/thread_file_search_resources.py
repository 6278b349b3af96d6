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
    table_of,
    union_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thread_vector_store import ThreadVectorStoreParam
    from ..models.vector_store_configurations import VectorStoreConfigurationsParam


def _convert_vector_store_ids(value: Sequence[str] | Unset) -> list[str] | Unset:
    return ThreadFileSearchResources.__table__.convert("vector_store_ids", value)  # type: ignore[no-any-return]


def _convert_vector_stores(
    value: Sequence[
        VectorStoreConfigurations | VectorStoreConfigurationsParam | ThreadVectorStore | ThreadVectorStoreParam
    ]
    | Unset,
) -> list[ThreadVectorStore | VectorStoreConfigurations] | Unset:
    return ThreadFileSearchResources.__table__.convert("vector_stores", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ThreadFileSearchResources(ExtraFields["Any"]):
    """The vector store for file search: give exactly one of `vector_store_ids` (an existing store) or `vector_stores` (a
    store to create).

    Attributes:
        vector_store_ids (list[str] | Unset): At most one existing vector store ID.
        vector_stores (list[ThreadVectorStore | VectorStoreConfigurations] | Unset): At most one vector store to create: of files (OpenAI's form) or, on Foundry, of Azure data assets by name
            (Foundry's form, told apart by its `name` and `configuration`).
    """

    vector_store_ids: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_vector_store_ids)
    vector_stores: list[ThreadVectorStore | VectorStoreConfigurations] | Unset = _attrs_field(
        default=UNSET, converter=_convert_vector_stores
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ThreadFileSearchResourcesParam(TypedDict, total=False):
    """The dict form of ThreadFileSearchResources: what a request takes in its place (checked before sending)."""

    vector_store_ids: Sequence[str]
    vector_stores: Sequence[
        VectorStoreConfigurations | VectorStoreConfigurationsParam | ThreadVectorStore | ThreadVectorStoreParam
    ]


from ..models.thread_vector_store import ThreadVectorStore
from ..models.vector_store_configurations import VectorStoreConfigurations

table_of(
    ThreadFileSearchResources,
    field("vector_store_ids", list_of(STRING)),
    field(
        "vector_stores",
        list_of(
            union_of(
                None,
                {},
                shapes=(
                    VectorStoreConfigurations,
                    ThreadVectorStore,
                ),
            )
        ),
    ),
    extra=ANY,
)
