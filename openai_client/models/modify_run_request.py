from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModifyRunRequest")


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
class ModifyRunRequest:
    """What to change on a run.

    Attributes:
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    metadata: Metadata | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a ModifyRunRequest from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            try:
                metadata = _parse_metadata(d.pop("metadata", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "metadata") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        modify_run_request = cls(
            metadata=metadata,
        )

        return modify_run_request


from ..models.metadata import Metadata
