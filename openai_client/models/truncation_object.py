from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..models.truncation_type import TruncationType
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("type", (str,), required=True),
    FieldSpec("last_messages", (int,), nullable=True),
)


@_attrs_define
class TruncationObject(ExtraFields[Any]):
    """How a thread is cut down to fit the context before a run.

    Attributes:
        type_ (TruncationType): `auto` drops messages from the middle of the thread; `last_messages` keeps only the most
            recent `last_messages` messages.
        last_messages (int | None | Unset): With `last_messages`, how many recent messages are kept.
    """

    type_: TruncationType
    last_messages: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": self.type_.value,
        }
        if not isinstance(last_messages := self.last_messages, Unset):
            field_dict["last_messages"] = last_messages
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a TruncationObject from decoded JSON.

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
            at = "type"
            v_type_ = TruncationType.from_value(d.pop("type"))
            v_last_messages = d.pop("last_messages", UNSET)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            type_=v_type_,
            last_messages=v_last_messages,
        )
        obj.additional_properties = d
        return obj
