from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("input", (str,)),
    FieldSpec("outputs", (list,)),
)


def _dump_outputs_item(
    value: RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
    | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
    | UnknownRunStepDeltaStepDetailsToolCallsCodeOutput,
) -> Any:
    if isinstance(
        value,
        (
            RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
            UnknownRunStepDeltaStepDetailsToolCallsCodeOutput,
        ),
    ):
        return value.to_dict()
    return value


def _parse_outputs_item(
    data: Any, strict: bool
) -> (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
    | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
    | UnknownRunStepDeltaStepDetailsToolCallsCodeOutput
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "logs":
            return RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.from_dict(data, strict)
        if tag == "image":
            return RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.from_dict(data, strict)
        return UnknownRunStepDeltaStepDetailsToolCallsCodeOutput.from_dict(data, strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _parse_outputs(
    data: Any, strict: bool
) -> (
    list[
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
        | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
        | UnknownRunStepDeltaStepDetailsToolCallsCodeOutput
    ]
    | Unset
):
    if isinstance(data, Unset):
        return data
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
        | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
        | UnknownRunStepDeltaStepDetailsToolCallsCodeOutput
    ] = []
    try:
        for item in data:
            items.append(_parse_outputs_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


@_attrs_define
class RunStepDeltaStepDetailsToolCallsCode(ExtraFields[Any]):
    """The code written so far, and outputs.

    Attributes:
        input_ (str | Unset): The code, as written so far.
        outputs (list[RunStepDeltaStepDetailsToolCallsCodeOutputImageObject |
            RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject | UnknownRunStepDeltaStepDetailsToolCallsCodeOutput] |
            Unset): What the code printed or drew.
    """

    input_: str | Unset = UNSET
    outputs: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
            | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
            | UnknownRunStepDeltaStepDetailsToolCallsCodeOutput
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if not isinstance(input_ := self.input_, Unset):
            field_dict["input"] = input_
        if not isinstance(outputs := self.outputs, Unset):
            field_dict["outputs"] = [_dump_outputs_item(item) for item in outputs]
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDeltaStepDetailsToolCallsCode from decoded JSON.

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
            v_input_ = d.pop("input", UNSET)
            at = "outputs"
            v_outputs = _parse_outputs(d.pop("outputs", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            input_=v_input_,
            outputs=v_outputs,
        )
        obj.additional_properties = d
        return obj


from ..models.run_step_delta_step_details_tool_calls_code_output_image_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
)
from ..models.run_step_delta_step_details_tool_calls_code_output_logs_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
)
from ..models.unknown_run_step_delta_step_details_tool_calls_code_output import (
    UnknownRunStepDeltaStepDetailsToolCallsCodeOutput,
)
