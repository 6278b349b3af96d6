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


def _parse_step_details(
    data: Any, strict: bool
) -> (
    RunStepDeltaStepDetailsMcpObject
    | RunStepDeltaStepDetailsMessageCreationObject
    | RunStepDeltaStepDetailsOpenApiObject
    | RunStepDeltaStepDetailsToolCallsObject
    | UnknownRunStepDeltaStepDetails
    | Unset
):
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict:
        tag = data.get("type")
        if tag == "message_creation":
            return RunStepDeltaStepDetailsMessageCreationObject.from_dict(data, strict)
        if tag == "tool_calls":
            return RunStepDeltaStepDetailsToolCallsObject.from_dict(data, strict)
        if tag == "mcp":
            return RunStepDeltaStepDetailsMcpObject.from_dict(data, strict)
        if tag == "openapi":
            return RunStepDeltaStepDetailsOpenApiObject.from_dict(data, strict)
        return UnknownRunStepDeltaStepDetails.from_dict(data, strict)
    if isinstance(
        data,
        (
            RunStepDeltaStepDetailsMessageCreationObject,
            RunStepDeltaStepDetailsToolCallsObject,
            RunStepDeltaStepDetailsMcpObject,
            RunStepDeltaStepDetailsOpenApiObject,
            UnknownRunStepDeltaStepDetails,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_step_details(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_step_details(value: Any) -> Any:
    if isinstance(
        value,
        (
            RunStepDeltaStepDetailsMessageCreationObject,
            RunStepDeltaStepDetailsToolCallsObject,
            RunStepDeltaStepDetailsMcpObject,
            RunStepDeltaStepDetailsOpenApiObject,
            UnknownRunStepDeltaStepDetails,
        ),
    ):
        return value.to_dict()
    return value


_FIELD_SPECS = (FieldSpec("step_details", "step_details", (dict,), read=_parse_step_details, dump=_dump_step_details),)
_KNOWN = frozenset({"step_details"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDelta(ExtraFields[Any]):
    """What changed in the step.

    Attributes:
        step_details (RunStepDeltaStepDetailsMcpObject | RunStepDeltaStepDetailsMessageCreationObject |
            RunStepDeltaStepDetailsOpenApiObject | RunStepDeltaStepDetailsToolCallsObject | UnknownRunStepDeltaStepDetails |
            Unset): The change to the step's details: a message created, or tool calls.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    step_details: (
        RunStepDeltaStepDetailsMcpObject
        | RunStepDeltaStepDetailsMessageCreationObject
        | RunStepDeltaStepDetailsOpenApiObject
        | RunStepDeltaStepDetailsToolCallsObject
        | UnknownRunStepDeltaStepDetails
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (step_details := self.step_details) is not UNSET:
            field_dict["step_details"] = _dump_step_details(step_details)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDelta from decoded JSON.

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
            at = "step_details"
            obj.step_details = _parse_step_details(d.get("step_details", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.step_details is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.run_step_delta_step_details_mcp_object import RunStepDeltaStepDetailsMcpObject
from ..models.run_step_delta_step_details_message_creation_object import RunStepDeltaStepDetailsMessageCreationObject
from ..models.run_step_delta_step_details_open_api_object import RunStepDeltaStepDetailsOpenApiObject
from ..models.run_step_delta_step_details_tool_calls_object import RunStepDeltaStepDetailsToolCallsObject
from ..models.unknown_run_step_delta_step_details import UnknownRunStepDeltaStepDetails
