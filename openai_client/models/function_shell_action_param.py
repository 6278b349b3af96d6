from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset


def _parse_commands(data: Any, strict: bool) -> list[str]:
    return as_list(data)


def _dump_commands(value: Any) -> Any:
    return list(value)


def _convert_commands(value: Sequence[str]) -> list[str]:
    """`commands` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_commands(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "commands") from exc


_FIELD_SPECS = (
    FieldSpec("commands", "commands", (list,), required=True, items=(str,), read=_parse_commands, dump=_dump_commands),
    FieldSpec("timeout_ms", "timeout_ms", (int,), nullable=True),
    FieldSpec("max_output_length", "max_output_length", (int,), nullable=True),
)
_KNOWN = frozenset({"commands", "timeout_ms", "max_output_length"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionShellActionParam(ExtraFields[Any]):
    """FunctionShellActionParam

    Attributes:
        commands (list[str]):
        timeout_ms (int | None | Unset):
        max_output_length (int | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    commands: list[str] = _attrs_field(converter=_convert_commands)
    timeout_ms: int | None | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "commands"
            field_dict["commands"] = as_request_json(self.commands, _parse_commands)
            if (timeout_ms := self.timeout_ms) is not UNSET:
                field_dict["timeout_ms"] = timeout_ms
            if (max_output_length := self.max_output_length) is not UNSET:
                field_dict["max_output_length"] = max_output_length
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FunctionShellActionParam from decoded JSON.

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
            obj.timeout_ms = d.get("timeout_ms", UNSET)
            obj.max_output_length = d.get("max_output_length", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1 + (obj.timeout_ms is not UNSET) + (obj.max_output_length is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class FunctionShellActionParamParam(TypedDict, total=False):
    """The dict form of FunctionShellActionParam: what a request takes in its place (checked before sending)."""

    commands: Required[Sequence[str]]
    timeout_ms: int | None
    max_output_length: int | None
