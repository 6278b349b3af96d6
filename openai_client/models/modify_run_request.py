from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (FieldSpec("metadata", (dict,), nullable=True),)


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
class ModifyRunRequest:
    """What to change on a run.

    Attributes:
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    metadata: Metadata | None | Unset = UNSET
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {}
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = _dump_metadata(metadata)
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ModifyRunRequest from decoded JSON.

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
            at = "metadata"
            v_metadata = _parse_metadata(d.pop("metadata", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            metadata=v_metadata,
        )
        return obj


from ..models.metadata import Metadata
