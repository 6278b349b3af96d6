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
from ..types import UNSET, Unset


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
    if isinstance(
        data,
        (
            RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
            UnknownRunStepDeltaStepDetailsToolCallsCodeOutput,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_outputs_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_outputs_item(value: Any) -> Any:
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
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
        | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
        | UnknownRunStepDeltaStepDetailsToolCallsCodeOutput
    ] = []
    try:
        for item in listed:
            items.append(_parse_outputs_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_outputs(value: Any) -> Any:
    return [_dump_outputs_item(item) for item in value]


_FIELD_SPECS = (
    FieldSpec("input", "input_", (str,)),
    FieldSpec("outputs", "outputs", (list,), read=_parse_outputs, dump=_dump_outputs),
)
_KNOWN = frozenset({"input", "outputs"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsCode(ExtraFields[Any]):
    """The code written so far, and outputs.

    Attributes:
        input_ (str | Unset): The code, as written so far.
        outputs (list[RunStepDeltaStepDetailsToolCallsCodeOutputImageObject |
            RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject | UnknownRunStepDeltaStepDetailsToolCallsCodeOutput] |
            Unset): What the code printed or drew.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
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

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (input_ := self.input_) is not UNSET:
            field_dict["input"] = input_
        if (outputs := self.outputs) is not UNSET:
            field_dict["outputs"] = [_dump_outputs_item(item) for item in outputs]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDeltaStepDetailsToolCallsCode from decoded JSON.

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
            obj.input_ = d.get("input", UNSET)
            at = "outputs"
            obj.outputs = _parse_outputs(d.get("outputs", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.input_ is not UNSET) + (obj.outputs is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
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
