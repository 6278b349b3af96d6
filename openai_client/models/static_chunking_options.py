from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError

_FIELDS = (
    FieldSpec("max_chunk_size_tokens", (int,), required=True),
    FieldSpec("chunk_overlap_tokens", (int,), required=True),
)


@_attrs_define
class StaticChunkingOptions:
    """Chunk size and overlap, in tokens.

    Attributes:
        max_chunk_size_tokens (int): Chunk size, 100 to 4096 tokens.
        chunk_overlap_tokens (int): Overlap between chunks; at most half the chunk size.
    """

    max_chunk_size_tokens: int
    chunk_overlap_tokens: int
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            "max_chunk_size_tokens": self.max_chunk_size_tokens,
            "chunk_overlap_tokens": self.chunk_overlap_tokens,
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a StaticChunkingOptions from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS)
        at = ""
        try:
            v_max_chunk_size_tokens = d.pop("max_chunk_size_tokens")
            v_chunk_overlap_tokens = d.pop("chunk_overlap_tokens")
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            max_chunk_size_tokens=v_max_chunk_size_tokens,
            chunk_overlap_tokens=v_chunk_overlap_tokens,
        )
        return obj
