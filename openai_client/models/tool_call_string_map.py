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
)

_FIELD_SPECS = ()
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, init=False)
class ToolCallStringMap(ExtraFields[Any]):
    """What the service records of a call to one of its own tools, as string pairs (requests, URLs, results); a value not
    known yet is `null` while streaming.

    Build it from a dict or keywords: `ToolCallStringMap({"key": value})`, `ToolCallStringMap(key=value)`.

    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, fields: Mapping[str, Any] | None = None, /, **more: Any) -> None:
        self.additional_properties = {**(fields or {}), **more}

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ToolCallStringMap from decoded JSON.

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
        obj.additional_properties = dict(d)
        return obj
