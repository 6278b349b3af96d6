from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (FieldSpec("vector_store_ids", (list,), items=(str,)),)


def _parse_vector_store_ids(data: Any, strict: bool) -> list[str] | Unset:
    if isinstance(data, Unset):
        return data
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    return list(data)


@_attrs_define
class ThreadObjectFileSearchResources(ExtraFields[Any]):
    """Vector stores file search may query.

    Attributes:
        vector_store_ids (list[str] | Unset): Vector store IDs, at most 1.
    """

    vector_store_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if not isinstance(vector_store_ids := self.vector_store_ids, Unset):
            field_dict["vector_store_ids"] = list(vector_store_ids)
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ThreadObjectFileSearchResources from decoded JSON.

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
            at = "vector_store_ids"
            v_vector_store_ids = _parse_vector_store_ids(d.pop("vector_store_ids", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            vector_store_ids=v_vector_store_ids,
        )
        obj.additional_properties = d
        return obj
