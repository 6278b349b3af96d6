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


def _parse_data(data: Any, strict: bool) -> list[AssistantObject]:
    listed = data if type(data) is list else as_list(data)
    items: list[AssistantObject] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, AssistantObject) else AssistantObject.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_data(value: Any) -> Any:
    return [item.to_dict() for item in value]


_FIELD_SPECS = (
    FieldSpec("object", "object_", (str,), required=True),
    FieldSpec("data", "data", (list,), required=True, read=_parse_data, dump=_dump_data),
    FieldSpec("first_id", "first_id", (str,), required=True, nullable=True),
    FieldSpec("last_id", "last_id", (str,), required=True, nullable=True),
    FieldSpec("has_more", "has_more", (bool,), required=True),
)
_KNOWN = frozenset({"object", "data", "first_id", "last_id", "has_more"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ListAssistantsResponse(ExtraFields[Any]):
    """One page of assistants.

    Attributes:
        object_ (str): Always `list`.
        data (list[AssistantObject]):
        first_id (None | str): ID of the first of the page's assistants; `null` on an empty page.
        last_id (None | str): ID of the last of the page's assistants (pass it as `after` for the next page); `null` on
            an empty page.
        has_more (bool): Whether more assistants follow this page.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    object_: str
    data: list[AssistantObject]
    first_id: None | str
    last_id: None | str
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "object": self.object_,
                "data": [item.to_dict() for item in self.data],
                "first_id": self.first_id,
                "last_id": self.last_id,
                "has_more": self.has_more,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ListAssistantsResponse from decoded JSON.

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
            obj.object_ = d["object"]
            at = "data"
            obj.data = _parse_data(d["data"], strict)
            obj.first_id = d["first_id"]
            obj.last_id = d["last_id"]
            obj.has_more = d["has_more"]
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 5
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.assistant_object import AssistantObject
