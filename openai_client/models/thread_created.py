from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("event", (str,), required=True, const="thread.created"),
    FieldSpec("data", (dict,), required=True),
    FieldSpec("enabled", (bool,)),
)


@_attrs_define
class ThreadCreated(ExtraFields[Any]):
    """`thread.created`: sent when a thread is created.

    Attributes:
        event (Literal['thread.created']): The event name: always `thread.created`.
        data (ThreadObject): A thread: the conversation that runs work on.
        enabled (bool | Unset): A flag that OpenAI's spec lists on this event without saying what it means here (its
            description there belongs to another API); the event carries it rarely, if ever.
    """

    data: ThreadObject
    event: Literal["thread.created"] = "thread.created"
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "event": self.event,
            "data": self.data.to_dict(),
        }
        if not isinstance(enabled := self.enabled, Unset):
            field_dict["enabled"] = enabled
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ThreadCreated from decoded JSON.

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
            v_event = d.pop("event")
            at = "data"
            v_data = ThreadObject.from_dict(d.pop("data"), strict)
            v_enabled = d.pop("enabled", UNSET)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            event=v_event,
            data=v_data,
            enabled=v_enabled,
        )
        obj.additional_properties = d
        return obj


from ..models.thread_object import ThreadObject
