from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadVectorStore")


def _parse_chunking_strategy(
    data: object,
) -> AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        discriminator = data.get("type")
        if discriminator == "auto":
            return AutoChunkingStrategy.from_dict(data)
        if discriminator == "static":
            return StaticChunkingStrategy.from_dict(data)
    if not isinstance(data, dict):
        raise TypeError(
            f"expected AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset, got {type(data).__name__}"
        )
    componentsschemas_chunking_strategy_type_2 = UnknownChunkingStrategy.from_dict(data)

    return componentsschemas_chunking_strategy_type_2


def _parse_metadata(data: object) -> Metadata | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected Metadata | None | Unset, got {type(data).__name__}")
    componentsschemas_nullable_metadata_type_0 = Metadata.from_dict(data)

    return componentsschemas_nullable_metadata_type_0


@_attrs_define
class ThreadVectorStore:
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

    def to_dict(self) -> dict[str, Any]:
        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        chunking_strategy: dict[str, Any] | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif isinstance(self.chunking_strategy, AutoChunkingStrategy) or isinstance(
            self.chunking_strategy, StaticChunkingStrategy
        ):
            chunking_strategy = self.chunking_strategy.to_dict()
        else:
            chunking_strategy = self.chunking_strategy.to_dict()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a ThreadVectorStore from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                file_ids = cast(list[str], d.pop("file_ids", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "file_ids") from _exc

            try:
                chunking_strategy = _parse_chunking_strategy(d.pop("chunking_strategy", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "chunking_strategy") from _exc

            try:
                metadata = _parse_metadata(d.pop("metadata", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "metadata") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        thread_vector_store = cls(
            file_ids=file_ids,
            chunking_strategy=chunking_strategy,
            metadata=metadata,
        )

        thread_vector_store.additional_properties = d
        return thread_vector_store

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.auto_chunking_strategy import AutoChunkingStrategy
from ..models.metadata import Metadata
from ..models.static_chunking_strategy import StaticChunkingStrategy
from ..models.unknown_chunking_strategy import UnknownChunkingStrategy
