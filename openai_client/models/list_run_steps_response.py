from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError

_FIELDS = (
    FieldSpec("object", (str,), required=True),
    FieldSpec("data", (list,), required=True),
    FieldSpec("first_id", (str,), required=True),
    FieldSpec("last_id", (str,), required=True),
    FieldSpec("has_more", (bool,), required=True),
)


def _parse_data(data: Any, strict: bool) -> list[RunStepObject]:
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[RunStepObject] = []
    try:
        for item in data:
            items.append(RunStepObject.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


@_attrs_define
class ListRunStepsResponse(ExtraFields[Any]):
    """One page of run steps.

    Attributes:
        object_ (str): Always `list`.
        data (list[RunStepObject]):
        first_id (str): ID of the first step on the page.
        last_id (str): ID of the last step on the page; pass it as `after` for the next page.
        has_more (bool): Whether more steps follow this page.
    """

    object_: str
    data: list[RunStepObject]
    first_id: str
    last_id: str
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "object": self.object_,
            "data": [item.to_dict() for item in self.data],
            "first_id": self.first_id,
            "last_id": self.last_id,
            "has_more": self.has_more,
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ListRunStepsResponse from decoded JSON.

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
            v_object_ = d.pop("object")
            at = "data"
            v_data = _parse_data(d.pop("data"), strict)
            v_first_id = d.pop("first_id")
            v_last_id = d.pop("last_id")
            v_has_more = d.pop("has_more")
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            object_=v_object_,
            data=v_data,
            first_id=v_first_id,
            last_id=v_last_id,
            has_more=v_has_more,
        )
        obj.additional_properties = d
        return obj


from ..models.run_step_object import RunStepObject
