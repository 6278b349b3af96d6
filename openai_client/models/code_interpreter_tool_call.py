from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

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
from ..models.code_interpreter_tool_call_status import CodeInterpreterToolCallStatus
from ..models.code_interpreter_tool_call_type import CodeInterpreterToolCallType

if TYPE_CHECKING:
    from ..models.code_interpreter_output_image import CodeInterpreterOutputImageParam
    from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogsParam
    from ..models.code_interpreter_tool_call_status import CodeInterpreterToolCallStatusLiteral
    from ..models.code_interpreter_tool_call_type import CodeInterpreterToolCallTypeLiteral


def _parse_type_(data: Any, strict: bool) -> CodeInterpreterToolCallType:
    return CodeInterpreterToolCallType.known(data) or CodeInterpreterToolCallType.from_value(data)


def _convert_type_(
    value: CodeInterpreterToolCallType | CodeInterpreterToolCallTypeLiteral,
) -> CodeInterpreterToolCallType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_status(data: Any, strict: bool) -> CodeInterpreterToolCallStatus:
    return CodeInterpreterToolCallStatus.known(data) or CodeInterpreterToolCallStatus.from_value(data)


def _convert_status(
    value: CodeInterpreterToolCallStatus | CodeInterpreterToolCallStatusLiteral,
) -> CodeInterpreterToolCallStatus:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


def _parse_outputs_type_0_item(data: Any, strict: bool) -> CodeInterpreterOutputImage | CodeInterpreterOutputLogs:
    if type(data) is dict:
        return CodeInterpreterOutputLogs.from_dict(data, strict)
    if isinstance(data, (CodeInterpreterOutputLogs, CodeInterpreterOutputImage)):
        return data
    if isinstance(data, Mapping):
        return _parse_outputs_type_0_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_outputs_type_0_item(value: Any) -> Any:
    if isinstance(value, (CodeInterpreterOutputLogs, CodeInterpreterOutputImage)):
        return value.to_dict()
    return value


def _parse_outputs_type_0(data: Any, strict: bool) -> list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs]:
    listed = data if type(data) is list else as_list(data)
    items: list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] = []
    try:
        for item in listed:
            items.append(_parse_outputs_type_0_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_outputs_type_0(value: Any) -> Any:
    return [_dump_outputs_type_0_item(item) for item in value]


def _parse_outputs(data: Any, strict: bool) -> list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None:
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_outputs_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_outputs(value: Any) -> Any:
    if isinstance(value, list):
        return [_dump_outputs_type_0_item(item) for item in value]
    return value


def _convert_outputs(
    value: Sequence[
        CodeInterpreterOutputLogs
        | CodeInterpreterOutputLogsParam
        | CodeInterpreterOutputImage
        | CodeInterpreterOutputImageParam
    ]
    | None,
) -> list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None:
    """`outputs` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_outputs(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "outputs") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec("container_id", "container_id", (str,), required=True),
    FieldSpec("code", "code", (str,), required=True, nullable=True),
    FieldSpec("outputs", "outputs", (list,), required=True, nullable=True, read=_parse_outputs, dump=_dump_outputs),
)
_KNOWN = frozenset({"type", "id", "status", "container_id", "code", "outputs"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CodeInterpreterToolCall(ExtraFields[Any]):
    """CodeInterpreterToolCall

    Attributes:
        type_ (CodeInterpreterToolCallType):  Default: CodeInterpreterToolCallType.CODE_INTERPRETER_CALL.
        id (str):
        status (CodeInterpreterToolCallStatus):
        container_id (str):
        code (None | str):
        outputs (list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: CodeInterpreterToolCallType = _attrs_field(converter=_convert_type_)
    id: str
    status: CodeInterpreterToolCallStatus = _attrs_field(converter=_convert_status)
    container_id: str
    code: None | str
    outputs: list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None = _attrs_field(
        converter=_convert_outputs
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["id"] = self.id
            field_dict["status"] = self.status
            field_dict["container_id"] = self.container_id
            field_dict["code"] = self.code
            at = "outputs"
            field_dict["outputs"] = as_request_json(self.outputs, _parse_outputs)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a CodeInterpreterToolCall from decoded JSON.

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
            at = "type"
            obj.type_ = _parse_type_(d["type"], strict)
            obj.id = d["id"]
            at = "status"
            obj.status = _parse_status(d["status"], strict)
            obj.container_id = d["container_id"]
            obj.code = d["code"]
            at = "outputs"
            obj.outputs = _parse_outputs(d["outputs"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 6
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class CodeInterpreterToolCallParam(TypedDict, total=False):
    """The dict form of CodeInterpreterToolCall: what a request takes in its place (checked before sending)."""

    type: Required[CodeInterpreterToolCallType | CodeInterpreterToolCallTypeLiteral]
    id: Required[str]
    status: Required[CodeInterpreterToolCallStatus | CodeInterpreterToolCallStatusLiteral]
    container_id: Required[str]
    code: Required[str | None]
    outputs: Required[
        Sequence[
            CodeInterpreterOutputLogs
            | CodeInterpreterOutputLogsParam
            | CodeInterpreterOutputImage
            | CodeInterpreterOutputImageParam
        ]
        | None
    ]


from ..models.code_interpreter_output_image import CodeInterpreterOutputImage
from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs
