from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreadFileSearchResources")


@_attrs_define
class ThreadFileSearchResources:
    """The vector store for file search: give exactly one of `vector_store_ids` (an existing store) or `vector_stores` (a
    store to create).

        Attributes:
            vector_store_ids (list[str] | Unset): At most one existing vector store ID.
            vector_stores (list[ThreadVectorStore] | Unset): At most one vector store to create.
    """

    vector_store_ids: list[str] | Unset = UNSET
    vector_stores: list[ThreadVectorStore] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vector_store_ids: list[str] | Unset = UNSET
        if not isinstance(self.vector_store_ids, Unset):
            vector_store_ids = self.vector_store_ids

        vector_stores: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vector_stores, Unset):
            vector_stores = []
            for vector_stores_item_data in self.vector_stores:
                vector_stores_item = vector_stores_item_data.to_dict()
                vector_stores.append(vector_stores_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vector_store_ids is not UNSET:
            field_dict["vector_store_ids"] = vector_store_ids
        if vector_stores is not UNSET:
            field_dict["vector_stores"] = vector_stores

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a ThreadFileSearchResources from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                vector_store_ids = cast(list[str], d.pop("vector_store_ids", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "vector_store_ids") from _exc

            try:
                _vector_stores_source = d.pop("vector_stores", UNSET)
                vector_stores: list[ThreadVectorStore] | Unset = UNSET
                if _vector_stores_source is not UNSET:
                    _vector_stores = _vector_stores_source
                    if not isinstance(_vector_stores, list):
                        raise TypeError(f"expected an array, got {type(_vector_stores).__name__}")
                    vector_stores = []
                    try:
                        for vector_stores_item_data in _vector_stores:
                            vector_stores_item = ThreadVectorStore.from_dict(vector_stores_item_data)

                            vector_stores.append(vector_stores_item)
                    except (TypeError, ValueError, AttributeError, KeyError) as _exc:
                        raise InvalidPayloadError.wrap(_exc, f"[{len(vector_stores)}]") from _exc

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "vector_stores") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        thread_file_search_resources = cls(
            vector_store_ids=vector_store_ids,
            vector_stores=vector_stores,
        )

        thread_file_search_resources.additional_properties = d
        return thread_file_search_resources

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


from ..models.thread_vector_store import ThreadVectorStore
