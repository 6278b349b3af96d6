from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError

if TYPE_CHECKING:
    from ..models.function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParamParam
    from ..models.function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParamParam,
    )


def _parse_outcome(
    data: Any, strict: bool
) -> FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam:
    if type(data) is dict:
        return FunctionShellCallOutputTimeoutOutcomeParam.from_dict(data, strict)
    if isinstance(data, (FunctionShellCallOutputTimeoutOutcomeParam, FunctionShellCallOutputExitOutcomeParam)):
        return data
    if isinstance(data, Mapping):
        return _parse_outcome(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_outcome(value: Any) -> Any:
    if isinstance(value, (FunctionShellCallOutputTimeoutOutcomeParam, FunctionShellCallOutputExitOutcomeParam)):
        return value.to_dict()
    return value


def _convert_outcome(
    value: FunctionShellCallOutputTimeoutOutcomeParam
    | FunctionShellCallOutputTimeoutOutcomeParamParam
    | FunctionShellCallOutputExitOutcomeParam
    | FunctionShellCallOutputExitOutcomeParamParam,
) -> FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam:
    """`outcome` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_outcome(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "outcome") from exc


_FIELD_SPECS = (
    FieldSpec("stdout", "stdout", (str,), required=True),
    FieldSpec("stderr", "stderr", (str,), required=True),
    FieldSpec("outcome", "outcome", (dict,), required=True, read=_parse_outcome, dump=_dump_outcome),
)
_KNOWN = frozenset({"stdout", "stderr", "outcome"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionShellCallOutputContentParam(ExtraFields[Any]):
    """FunctionShellCallOutputContentParam

    Attributes:
        stdout (str):
        stderr (str):
        outcome (FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    stdout: str
    stderr: str
    outcome: FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam = _attrs_field(
        converter=_convert_outcome
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["stdout"] = self.stdout
            field_dict["stderr"] = self.stderr
            at = "outcome"
            field_dict["outcome"] = as_request_json(self.outcome, _parse_outcome)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FunctionShellCallOutputContentParam from decoded JSON.

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
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class FunctionShellCallOutputContentParamParam(TypedDict, total=False):
    """The dict form of FunctionShellCallOutputContentParam: what a request takes in its place (checked before sending)."""

    stdout: Required[str]
    stderr: Required[str]
    outcome: Required[
        FunctionShellCallOutputTimeoutOutcomeParam
        | FunctionShellCallOutputTimeoutOutcomeParamParam
        | FunctionShellCallOutputExitOutcomeParam
        | FunctionShellCallOutputExitOutcomeParamParam
    ]


from ..models.function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam
from ..models.function_shell_call_output_timeout_outcome_param import FunctionShellCallOutputTimeoutOutcomeParam
