from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.deleted_conversation_resource_object import DeletedConversationResourceObject


def _parse_object_(data: Any, strict: bool) -> DeletedConversationResourceObject:
    return DeletedConversationResourceObject.known(data) or DeletedConversationResourceObject.from_value(data)


_FIELD_SPECS = (
    FieldSpec("object", "object_", (str,), required=True, read=_parse_object_),
    FieldSpec("deleted", "deleted", (bool,), required=True),
    FieldSpec("id", "id", (str,), required=True),
)
_KNOWN = frozenset({"object", "deleted", "id"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DeletedConversationResource(ExtraFields[Any]):
    """DeletedConversationResource

    Attributes:
        object_ (DeletedConversationResourceObject):  Default: DeletedConversationResourceObject.CONVERSATION_DELETED.
        deleted (bool):
        id (str):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    object_: DeletedConversationResourceObject
    deleted: bool
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "object": self.object_,
                "deleted": self.deleted,
                "id": self.id,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a DeletedConversationResource from decoded JSON.

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
            at = "object"
            value = d["object"]
            obj.object_ = DeletedConversationResourceObject.known(
                value
            ) or DeletedConversationResourceObject.from_value(value)
            obj.deleted = d["deleted"]
            obj.id = d["id"]
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj
