from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset


def _parse_data(data: Any, strict: bool) -> list[ThreadObject]:
    listed = data if type(data) is list else as_list(data)
    items: list[ThreadObject] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, ThreadObject) else ThreadObject.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_data(value: Any) -> Any:
    return [item.to_dict() for item in value]


_FIELD_SPECS = (
    FieldSpec("data", "data", (list,), required=True, read=_parse_data, dump=_dump_data),
    FieldSpec("has_more", "has_more", (bool,), required=True),
    FieldSpec("object", "object_", (str,)),
    FieldSpec("first_id", "first_id", (str,), nullable=True),
    FieldSpec("last_id", "last_id", (str,), nullable=True),
)
_KNOWN = frozenset({"data", "has_more", "object", "first_id", "last_id"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ListThreadsResponse(ExtraFields[Any]):
    """Foundry: one page of threads.

    Attributes:
        data (list[ThreadObject]):
        has_more (bool): Whether more threads follow this page.
        object_ (str | Unset): Always `list`.
        first_id (None | str | Unset): ID of the first thread on the page; `null` on an empty page.
        last_id (None | str | Unset): ID of the last thread on the page (pass it as `after` for the next page).
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    data: list[ThreadObject]
    has_more: bool
    object_: str | Unset = UNSET
    first_id: None | str | Unset = UNSET
    last_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "data": [item.to_dict() for item in self.data],
                "has_more": self.has_more,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (object_ := self.object_) is not UNSET:
            field_dict["object"] = object_
        if (first_id := self.first_id) is not UNSET:
            field_dict["first_id"] = first_id
        if (last_id := self.last_id) is not UNSET:
            field_dict["last_id"] = last_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ListThreadsResponse from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, None)
        obj = _new(cls)
        at = ""
        try:
            at = "data"
            obj.data = _parse_data(d["data"], strict)
            obj.has_more = d["has_more"]
            obj.object_ = d.get("object", UNSET)
            obj.first_id = d.get("first_id", UNSET)
            obj.last_id = d.get("last_id", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2 + (obj.object_ is not UNSET) + (obj.first_id is not UNSET) + (obj.last_id is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.thread_object import ThreadObject
