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


def _parse_outcome(
    data: Any, strict: bool
) -> FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome:
    if type(data) is dict:
        return FunctionShellCallOutputTimeoutOutcome.from_dict(data, strict)
    if isinstance(data, (FunctionShellCallOutputTimeoutOutcome, FunctionShellCallOutputExitOutcome)):
        return data
    if isinstance(data, Mapping):
        return _parse_outcome(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_outcome(value: Any) -> Any:
    if isinstance(value, (FunctionShellCallOutputTimeoutOutcome, FunctionShellCallOutputExitOutcome)):
        return value.to_dict()
    return value


_FIELD_SPECS = (
    FieldSpec("stdout", "stdout", (str,), required=True),
    FieldSpec("stderr", "stderr", (str,), required=True),
    FieldSpec("outcome", "outcome", (dict,), required=True, read=_parse_outcome, dump=_dump_outcome),
    FieldSpec("created_by", "created_by", (str,)),
)
_KNOWN = frozenset({"stdout", "stderr", "outcome", "created_by"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionShellCallOutputContent(ExtraFields[Any]):
    """FunctionShellCallOutputContent

    Attributes:
        stdout (str):
        stderr (str):
        outcome (FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome):
        created_by (str | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    stdout: str
    stderr: str
    outcome: FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "stdout": self.stdout,
                "stderr": self.stderr,
                "outcome": _dump_outcome(self.outcome),
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (created_by := self.created_by) is not UNSET:
            field_dict["created_by"] = created_by
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FunctionShellCallOutputContent from decoded JSON.

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
            obj.stdout = d["stdout"]
            obj.stderr = d["stderr"]
            at = "outcome"
            obj.outcome = _parse_outcome(d["outcome"], strict)
            obj.created_by = d.get("created_by", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3 + (obj.created_by is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
from ..models.function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome
