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


def _parse_commands(data: Any, strict: bool) -> list[str]:
    return as_list(data)


def _dump_commands(value: Any) -> Any:
    return list(value)


_FIELD_SPECS = (
    FieldSpec("commands", "commands", (list,), required=True, items=(str,), read=_parse_commands, dump=_dump_commands),
    FieldSpec("timeout_ms", "timeout_ms", (int,), required=True, nullable=True),
    FieldSpec("max_output_length", "max_output_length", (int,), required=True, nullable=True),
)
_KNOWN = frozenset({"commands", "timeout_ms", "max_output_length"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionShellAction(ExtraFields[Any]):
    """FunctionShellAction

    Attributes:
        commands (list[str]):
        timeout_ms (int | None):
        max_output_length (int | None):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    commands: list[str]
    timeout_ms: int | None
    max_output_length: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "commands": list(self.commands),
                "timeout_ms": self.timeout_ms,
                "max_output_length": self.max_output_length,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FunctionShellAction from decoded JSON.

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
            at = "commands"
            obj.commands = _parse_commands(d["commands"], strict)
            obj.timeout_ms = d["timeout_ms"]
            obj.max_output_length = d["max_output_length"]
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj
