from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import setters as _attrs_setters

from .._model import (
    FieldSpec,
    Model,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError

_FIELD_SPECS = (
    FieldSpec("max_chunk_size_tokens", "max_chunk_size_tokens", (int,), required=True),
    FieldSpec("chunk_overlap_tokens", "chunk_overlap_tokens", (int,), required=True),
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class StaticChunkingOptions(Model):
    """Chunk size and overlap, in tokens.

    Attributes:
        max_chunk_size_tokens (int): Chunk size, 100 to 4096 tokens.
        chunk_overlap_tokens (int): Overlap between chunks; at most half the chunk size.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    max_chunk_size_tokens: int
    chunk_overlap_tokens: int

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = {}
            field_dict["max_chunk_size_tokens"] = self.max_chunk_size_tokens
            field_dict["chunk_overlap_tokens"] = self.chunk_overlap_tokens
        except AttributeError:
            field_dict = dump_sent(self, None)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a StaticChunkingOptions from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, closed=True)
        obj = _new(cls)
        at = ""
        try:
            obj.max_chunk_size_tokens = d["max_chunk_size_tokens"]
            obj.chunk_overlap_tokens = d["chunk_overlap_tokens"]
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, False)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return obj


class StaticChunkingOptionsParam(TypedDict, total=False):
    """The dict form of StaticChunkingOptions: what a request takes in its place (checked before sending)."""

    max_chunk_size_tokens: Required[int]
    chunk_overlap_tokens: Required[int]
