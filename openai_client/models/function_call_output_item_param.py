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
from ..models.function_call_item_status import FunctionCallItemStatus
from ..models.function_call_output_item_param_type import FunctionCallOutputItemParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParamParam
    from ..models.function_call_item_status import FunctionCallItemStatusLiteral
    from ..models.function_call_output_item_param_type import FunctionCallOutputItemParamTypeLiteral
    from ..models.input_file_content_param import InputFileContentParamParam
    from ..models.input_image_content_param_auto_param import InputImageContentParamAutoParamParam
    from ..models.input_text_content_param import InputTextContentParamParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParamParam


def _parse_type_(data: Any, strict: bool) -> FunctionCallOutputItemParamType:
    return FunctionCallOutputItemParamType.known(data) or FunctionCallOutputItemParamType.from_value(data)


def _convert_type_(
    value: FunctionCallOutputItemParamType | FunctionCallOutputItemParamTypeLiteral,
) -> FunctionCallOutputItemParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_output_type_1_item(
    data: Any, strict: bool
) -> InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam:
    if type(data) is dict:
        return InputTextContentParam.from_dict(data, strict)
    if isinstance(data, (InputTextContentParam, InputImageContentParamAutoParam, InputFileContentParam)):
        return data
    if isinstance(data, Mapping):
        return _parse_output_type_1_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_output_type_1_item(value: Any) -> Any:
    if isinstance(value, (InputTextContentParam, InputImageContentParamAutoParam, InputFileContentParam)):
        return value.to_dict()
    return value


def _parse_output_type_1(
    data: Any, strict: bool
) -> list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam]:
    listed = data if type(data) is list else as_list(data)
    items: list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] = []
    try:
        for item in listed:
            items.append(_parse_output_type_1_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_output_type_1(value: Any) -> Any:
    return [_dump_output_type_1_item(item) for item in value]


def _parse_output(
    data: Any, strict: bool
) -> list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str:
    if isinstance(data, str):
        return data
    if type(data) is list or isinstance(data, tuple):
        return _parse_output_type_1(data, strict)
    raise TypeError(f"expected string or array, got {type(data).__name__}")


def _dump_output(value: Any) -> Any:
    if isinstance(value, list):
        return [_dump_output_type_1_item(item) for item in value]
    return value


def _convert_output(
    value: str
    | Sequence[
        InputTextContentParam
        | InputTextContentParamParam
        | InputImageContentParamAutoParam
        | InputImageContentParamAutoParamParam
        | InputFileContentParam
        | InputFileContentParamParam
    ],
) -> list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str:
    """`output` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_output(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "output") from exc


def _parse_caller(data: Any, strict: bool) -> DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return DirectToolCallCallerParam.from_dict(data, strict)
    if isinstance(data, (DirectToolCallCallerParam, ProgramToolCallCallerParam)):
        return data
    if isinstance(data, Mapping):
        return _parse_caller(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_caller(value: Any) -> Any:
    if isinstance(value, (DirectToolCallCallerParam, ProgramToolCallCallerParam)):
        return value.to_dict()
    return value


def _convert_caller(
    value: DirectToolCallCallerParam
    | DirectToolCallCallerParamParam
    | ProgramToolCallCallerParam
    | ProgramToolCallCallerParamParam
    | None
    | Unset,
) -> DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset:
    """`caller` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_caller(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "caller") from exc


def _parse_status(data: Any, strict: bool) -> FunctionCallItemStatus | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return FunctionCallItemStatus.known(data) or FunctionCallItemStatus.from_value(data)
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_status(value: Any) -> Any:
    return value


def _convert_status(
    value: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None | Unset,
) -> FunctionCallItemStatus | None | Unset:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("output", "output", (str, list), required=True, read=_parse_output, dump=_dump_output),
    FieldSpec("id", "id", (str,), nullable=True),
    FieldSpec("call_id", "call_id", (str,), nullable=True),
    FieldSpec("name", "name", (str,), nullable=True),
    FieldSpec("namespace", "namespace", (str,), nullable=True),
    FieldSpec("caller", "caller", (dict,), nullable=True, read=_parse_caller, dump=_dump_caller),
    FieldSpec("status", "status", (str,), nullable=True, read=_parse_status, dump=_dump_status),
)
_KNOWN = frozenset({"type", "output", "id", "call_id", "name", "namespace", "caller", "status"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionCallOutputItemParam(ExtraFields[Any]):
    """FunctionCallOutputItemParam

    Attributes:
        type_ (FunctionCallOutputItemParamType):  Default: FunctionCallOutputItemParamType.FUNCTION_CALL_OUTPUT.
        output (list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str):
        id (None | str | Unset):
        call_id (None | str | Unset):
        name (None | str | Unset):
        namespace (None | str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset):
        status (FunctionCallItemStatus | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: FunctionCallOutputItemParamType = _attrs_field(converter=_convert_type_)
    output: list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str = _attrs_field(
        converter=_convert_output
    )
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset = _attrs_field(
        default=UNSET, converter=_convert_caller
    )
    status: FunctionCallItemStatus | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "output"
            field_dict["output"] = as_request_json(self.output, _parse_output)
            if (id := self.id) is not UNSET:
                field_dict["id"] = id
            if (call_id := self.call_id) is not UNSET:
                field_dict["call_id"] = call_id
            if (name := self.name) is not UNSET:
                field_dict["name"] = name
            if (namespace := self.namespace) is not UNSET:
                field_dict["namespace"] = namespace
            at = "caller"
            if (caller := self.caller) is not UNSET:
                field_dict["caller"] = as_request_json(caller, _parse_caller)
            at = "status"
            if (status := self.status) is not UNSET:
                field_dict["status"] = as_request_json(status, _parse_status)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FunctionCallOutputItemParam from decoded JSON.

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
            at = "output"
            obj.output = _parse_output(d["output"], strict)
            obj.id = d.get("id", UNSET)
            obj.call_id = d.get("call_id", UNSET)
            obj.name = d.get("name", UNSET)
            obj.namespace = d.get("namespace", UNSET)
            at = "caller"
            obj.caller = _parse_caller(d.get("caller", UNSET), strict)
            at = "status"
            obj.status = _parse_status(d.get("status", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs one subset test.
        obj.additional_properties = {} if _KNOWN.issuperset(d) else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class FunctionCallOutputItemParamParam(TypedDict, total=False):
    """The dict form of FunctionCallOutputItemParam: what a request takes in its place (checked before sending)."""

    type: Required[FunctionCallOutputItemParamType | FunctionCallOutputItemParamTypeLiteral]
    output: Required[
        str
        | Sequence[
            InputTextContentParam
            | InputTextContentParamParam
            | InputImageContentParamAutoParam
            | InputImageContentParamAutoParamParam
            | InputFileContentParam
            | InputFileContentParamParam
        ]
    ]
    id: str | None
    call_id: str | None
    name: str | None
    namespace: str | None
    caller: (
        DirectToolCallCallerParam
        | DirectToolCallCallerParamParam
        | ProgramToolCallCallerParam
        | ProgramToolCallCallerParamParam
        | None
    )
    status: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None


from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
from ..models.input_file_content_param import InputFileContentParam
from ..models.input_image_content_param_auto_param import InputImageContentParamAutoParam
from ..models.input_text_content_param import InputTextContentParam
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
