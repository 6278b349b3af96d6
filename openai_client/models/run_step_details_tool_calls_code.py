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


def _parse_outputs_item(
    data: Any, strict: bool
) -> (
    RunStepDetailsToolCallsCodeOutputImageObject
    | RunStepDetailsToolCallsCodeOutputLogsObject
    | UnknownRunStepDetailsToolCallsCodeOutput
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "logs":
            return RunStepDetailsToolCallsCodeOutputLogsObject.from_dict(data, strict)
        if tag == "image":
            return RunStepDetailsToolCallsCodeOutputImageObject.from_dict(data, strict)
        return UnknownRunStepDetailsToolCallsCodeOutput.from_dict(data, strict)
    if isinstance(
        data,
        (
            RunStepDetailsToolCallsCodeOutputLogsObject,
            RunStepDetailsToolCallsCodeOutputImageObject,
            UnknownRunStepDetailsToolCallsCodeOutput,
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
            RunStepDetailsToolCallsCodeOutputLogsObject,
            RunStepDetailsToolCallsCodeOutputImageObject,
            UnknownRunStepDetailsToolCallsCodeOutput,
        ),
    ):
        return value.to_dict()
    return value


def _parse_outputs(
    data: Any, strict: bool
) -> list[
    RunStepDetailsToolCallsCodeOutputImageObject
    | RunStepDetailsToolCallsCodeOutputLogsObject
    | UnknownRunStepDetailsToolCallsCodeOutput
]:
    listed = data if type(data) is list else as_list(data)
    items: list[
        RunStepDetailsToolCallsCodeOutputImageObject
        | RunStepDetailsToolCallsCodeOutputLogsObject
        | UnknownRunStepDetailsToolCallsCodeOutput
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
    FieldSpec("input", "input_", (str,), required=True),
    FieldSpec("outputs", "outputs", (list,), required=True, read=_parse_outputs, dump=_dump_outputs),
)
_KNOWN = frozenset({"input", "outputs"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsCode(ExtraFields[Any]):
    """Code that was run and what it produced.

    Attributes:
        input_ (str): The code.
        outputs (list[RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject |
            UnknownRunStepDetailsToolCallsCodeOutput]): Logs and images the code produced.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    input_: str
    outputs: list[
        RunStepDetailsToolCallsCodeOutputImageObject
        | RunStepDetailsToolCallsCodeOutputLogsObject
        | UnknownRunStepDetailsToolCallsCodeOutput
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "input": self.input_,
                "outputs": [_dump_outputs_item(item) for item in self.outputs],
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDetailsToolCallsCode from decoded JSON.

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
            obj.input_ = d["input"]
            at = "outputs"
            obj.outputs = _parse_outputs(d["outputs"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.run_step_details_tool_calls_code_output_image_object import RunStepDetailsToolCallsCodeOutputImageObject
from ..models.run_step_details_tool_calls_code_output_logs_object import RunStepDetailsToolCallsCodeOutputLogsObject
from ..models.unknown_run_step_details_tool_calls_code_output import UnknownRunStepDetailsToolCallsCodeOutput
