from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("file_ids", (list,), items=(str,)),
    FieldSpec("chunking_strategy", (dict,)),
    FieldSpec("metadata", (dict,), nullable=True),
)


def _parse_file_ids(data: Any, strict: bool) -> list[str] | Unset:
    if isinstance(data, Unset):
        return data
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    return list(data)


def _dump_chunking_strategy(value: AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy) -> Any:
    if isinstance(value, (AutoChunkingStrategy, StaticChunkingStrategy, UnknownChunkingStrategy)):
        return value.to_dict()
    return value


def _parse_chunking_strategy(
    data: Any, strict: bool
) -> AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset:
    if isinstance(data, Unset):
        return data
    if type(data) is dict:
        tag = data.get("type")
        if tag == "auto":
            return AutoChunkingStrategy.from_dict(data, strict)
        if tag == "static":
            return StaticChunkingStrategy.from_dict(data, strict)
        return UnknownChunkingStrategy.from_dict(data, strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_metadata(value: Metadata | None) -> Any:
    if isinstance(value, Metadata):
        return value.to_dict()
    return value


def _parse_metadata(data: Any, strict: bool) -> Metadata | None | Unset:
    if isinstance(data, Unset):
        return data
    if data is None:
        return None
    if type(data) is dict:
        return Metadata.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


@_attrs_define
class ThreadVectorStore(ExtraFields[Any]):
    """A vector store to create with the thread.

    Attributes:
        file_ids (list[str] | Unset): Files to add to the store.
        chunking_strategy (AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset): How files
            are split into chunks (`auto` when not given).
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    file_ids: list[str] | Unset = UNSET
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if not isinstance(file_ids := self.file_ids, Unset):
            field_dict["file_ids"] = list(file_ids)
        if not isinstance(chunking_strategy := self.chunking_strategy, Unset):
            field_dict["chunking_strategy"] = _dump_chunking_strategy(chunking_strategy)
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = _dump_metadata(metadata)
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ThreadVectorStore from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS, None)
        at = ""
        try:
            at = "file_ids"
            v_file_ids = _parse_file_ids(d.pop("file_ids", UNSET), strict)
            at = "chunking_strategy"
            v_chunking_strategy = _parse_chunking_strategy(d.pop("chunking_strategy", UNSET), strict)
            at = "metadata"
            v_metadata = _parse_metadata(d.pop("metadata", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            file_ids=v_file_ids,
            chunking_strategy=v_chunking_strategy,
            metadata=v_metadata,
        )
        obj.additional_properties = d
        return obj


from ..models.auto_chunking_strategy import AutoChunkingStrategy
from ..models.metadata import Metadata
from ..models.static_chunking_strategy import StaticChunkingStrategy
from ..models.unknown_chunking_strategy import UnknownChunkingStrategy
