from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (FieldSpec("step_details", (dict,)),)


def _dump_step_details(
    value: RunStepDeltaStepDetailsMessageCreationObject
    | RunStepDeltaStepDetailsToolCallsObject
    | UnknownRunStepDeltaStepDetails,
) -> Any:
    if isinstance(
        value,
        (
            RunStepDeltaStepDetailsMessageCreationObject,
            RunStepDeltaStepDetailsToolCallsObject,
            UnknownRunStepDeltaStepDetails,
        ),
    ):
        return value.to_dict()
    return value


def _parse_step_details(
    data: Any, strict: bool
) -> (
    RunStepDeltaStepDetailsMessageCreationObject
    | RunStepDeltaStepDetailsToolCallsObject
    | UnknownRunStepDeltaStepDetails
    | Unset
):
    if isinstance(data, Unset):
        return data
    if type(data) is dict:
        tag = data.get("type")
        if tag == "message_creation":
            return RunStepDeltaStepDetailsMessageCreationObject.from_dict(data, strict)
        if tag == "tool_calls":
            return RunStepDeltaStepDetailsToolCallsObject.from_dict(data, strict)
        return UnknownRunStepDeltaStepDetails.from_dict(data, strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


@_attrs_define
class RunStepDelta(ExtraFields[Any]):
    """What changed in the step.

    Attributes:
        step_details (RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsToolCallsObject |
            UnknownRunStepDeltaStepDetails | Unset): The change to the step's details: a message created, or tool calls.
    """

    step_details: (
        RunStepDeltaStepDetailsMessageCreationObject
        | RunStepDeltaStepDetailsToolCallsObject
        | UnknownRunStepDeltaStepDetails
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if not isinstance(step_details := self.step_details, Unset):
            field_dict["step_details"] = _dump_step_details(step_details)
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDelta from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS, None)
        at = ""
        try:
            at = "step_details"
            v_step_details = _parse_step_details(d.pop("step_details", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            step_details=v_step_details,
        )
        obj.additional_properties = d
        return obj


from ..models.run_step_delta_step_details_message_creation_object import RunStepDeltaStepDetailsMessageCreationObject
from ..models.run_step_delta_step_details_tool_calls_object import RunStepDeltaStepDetailsToolCallsObject
from ..models.unknown_run_step_delta_step_details import UnknownRunStepDeltaStepDetails
