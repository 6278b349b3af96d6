from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..models.run_incomplete_reason import RunIncompleteReason
from ..types import UNSET, Unset

_FIELDS = (FieldSpec("reason", (str,)),)


def _parse_reason(data: Any, strict: bool) -> RunIncompleteReason | Unset:
    if isinstance(data, Unset):
        return data
    return RunIncompleteReason.from_value(data)


@_attrs_define
class RunIncompleteDetails(ExtraFields[Any]):
    """Why a run ended incomplete.

    Attributes:
        reason (RunIncompleteReason | Unset): The token limit that was reached.
    """

    reason: RunIncompleteReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if not isinstance(reason := self.reason, Unset):
            field_dict["reason"] = reason.value
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunIncompleteDetails from decoded JSON.

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
            at = "reason"
            v_reason = _parse_reason(d.pop("reason", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            reason=v_reason,
        )
        obj.additional_properties = d
        return obj
