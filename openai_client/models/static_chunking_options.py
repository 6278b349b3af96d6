from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..errors import InvalidPayloadError

T = TypeVar("T", bound="StaticChunkingOptions")


@_attrs_define
class StaticChunkingOptions:
    """Chunk size and overlap, in tokens.

    Attributes:
        max_chunk_size_tokens (int): Chunk size, 100 to 4096 tokens.
        chunk_overlap_tokens (int): Overlap between chunks; at most half the chunk size.
    """

    max_chunk_size_tokens: int
    chunk_overlap_tokens: int

    def to_dict(self) -> dict[str, Any]:
        max_chunk_size_tokens = self.max_chunk_size_tokens

        chunk_overlap_tokens = self.chunk_overlap_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "max_chunk_size_tokens": max_chunk_size_tokens,
                "chunk_overlap_tokens": chunk_overlap_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a StaticChunkingOptions from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            max_chunk_size_tokens = d.pop("max_chunk_size_tokens")

            chunk_overlap_tokens = d.pop("chunk_overlap_tokens")

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        static_chunking_options = cls(
            max_chunk_size_tokens=max_chunk_size_tokens,
            chunk_overlap_tokens=chunk_overlap_tokens,
        )

        return static_chunking_options
