from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    union_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_chunking_strategy import AutoChunkingStrategyParam
    from ..models.static_chunking_strategy import StaticChunkingStrategyParam


def _convert_file_ids(value: Sequence[str] | Unset) -> list[str] | Unset:
    return ThreadVectorStore.__table__.convert("file_ids", value)  # type: ignore[no-any-return]


def _convert_chunking_strategy(
    value: AutoChunkingStrategy
    | AutoChunkingStrategyParam
    | StaticChunkingStrategy
    | StaticChunkingStrategyParam
    | UnknownChunkingStrategy
    | Unset,
) -> AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset:
    return ThreadVectorStore.__table__.convert("chunking_strategy", value)  # type: ignore[no-any-return]


def _convert_metadata(value: Metadata | Mapping[str, str] | None | Unset) -> Metadata | None | Unset:
    return ThreadVectorStore.__table__.convert("metadata", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ThreadVectorStore(ExtraFields["Any"]):
    """A vector store to create with the thread.

    Attributes:
        file_ids (list[str] | Unset): Files to add to the store.
        chunking_strategy (AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset): How files are split into chunks (`auto` when not given).
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    file_ids: list[str] | Unset = _attrs_field(default=UNSET, converter=_convert_file_ids)
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset = _attrs_field(
        default=UNSET, converter=_convert_chunking_strategy
    )
    metadata: Metadata | None | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ThreadVectorStoreParam(TypedDict, total=False):
    """The dict form of ThreadVectorStore: what a request takes in its place (checked before sending)."""

    file_ids: Sequence[str]
    chunking_strategy: (
        AutoChunkingStrategy
        | AutoChunkingStrategyParam
        | StaticChunkingStrategy
        | StaticChunkingStrategyParam
        | UnknownChunkingStrategy
    )
    metadata: Metadata | Mapping[str, str] | None


from ..models.auto_chunking_strategy import AutoChunkingStrategy
from ..models.metadata import Metadata
from ..models.static_chunking_strategy import StaticChunkingStrategy
from ..models.unknown_chunking_strategy import UnknownChunkingStrategy

table_of(
    ThreadVectorStore,
    field("file_ids", list_of(STRING)),
    field(
        "chunking_strategy",
        union_of(
            "type", {"auto": AutoChunkingStrategy, "static": StaticChunkingStrategy}, fallback=UnknownChunkingStrategy
        ),
    ),
    field("metadata", model_of(Metadata), nullable=True),
    extra=ANY,
)
