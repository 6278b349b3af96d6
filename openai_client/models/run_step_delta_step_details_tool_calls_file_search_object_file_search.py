from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, as_object, check_strict, drop_absent_nulls

_FIELDS = ()


@_attrs_define
class RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch(ExtraFields[Any]):
    """The file search call (empty while streaming)."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS, None)
        obj = cls()
        obj.additional_properties = d
        return obj
