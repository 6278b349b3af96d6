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
from ..types import UNSET, Unset

_FIELD_SPECS = (
    FieldSpec("name", "name", (str,)),
    FieldSpec("arguments", "arguments", (str,)),
    FieldSpec("output", "output", (str,)),
)
_KNOWN = frozenset({"name", "arguments", "output"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AzureFunctionToolCallDetails(ExtraFields[Any]):
    """The Azure Function called, its arguments and output (a delta carries some of them).

    Attributes:
        name (str | Unset): Function name.
        arguments (str | Unset): Arguments, a JSON text.
        output (str | Unset): What the function answered.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    output: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (name := self.name) is not UNSET:
            field_dict["name"] = name
        if (arguments := self.arguments) is not UNSET:
            field_dict["arguments"] = arguments
        if (output := self.output) is not UNSET:
            field_dict["output"] = output
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a AzureFunctionToolCallDetails from decoded JSON.

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
            obj.name = d.get("name", UNSET)
            obj.arguments = d.get("arguments", UNSET)
            obj.output = d.get("output", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.name is not UNSET) + (obj.arguments is not UNSET) + (obj.output is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj
