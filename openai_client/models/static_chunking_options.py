from __future__ import annotations

from typing import Required, TypedDict

from attrs import define as _attrs_define
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    CLOSED,
    INTEGER,
    field,
    table_of,
)
from .._model import Model


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class StaticChunkingOptions(Model):
    """Chunk size and overlap, in tokens.

    Attributes:
        max_chunk_size_tokens (int): Chunk size, 100 to 4096 tokens.
        chunk_overlap_tokens (int): Overlap between chunks; at most half the chunk size.
    """

    max_chunk_size_tokens: int
    chunk_overlap_tokens: int


class StaticChunkingOptionsParam(TypedDict, total=False):
    """The dict form of StaticChunkingOptions: what a request takes in its place (checked before sending)."""

    max_chunk_size_tokens: Required[int]
    chunk_overlap_tokens: Required[int]


table_of(
    StaticChunkingOptions,
    field("max_chunk_size_tokens", INTEGER, required=True),
    field("chunk_overlap_tokens", INTEGER, required=True),
    extra=CLOSED,
)
