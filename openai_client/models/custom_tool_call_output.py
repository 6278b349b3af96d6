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
from ..models.custom_tool_call_output_type import CustomToolCallOutputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_call_output_type import CustomToolCallOutputTypeLiteral
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParamParam
    from ..models.input_file_content import InputFileContentParam
    from ..models.input_image_content import InputImageContentParam
    from ..models.input_text_content import InputTextContentParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParamParam


def _parse_type_(data: Any, strict: bool) -> CustomToolCallOutputType:
    return CustomToolCallOutputType.known(data) or CustomToolCallOutputType.from_value(data)


def _convert_type_(value: CustomToolCallOutputType | CustomToolCallOutputTypeLiteral) -> CustomToolCallOutputType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_output_type_1_item(data: Any, strict: bool) -> InputFileContent | InputImageContent | InputTextContent:
    if type(data) is dict:
        return InputTextContent.from_dict(data, strict)
    if isinstance(data, (InputTextContent, InputImageContent, InputFileContent)):
        return data
    if isinstance(data, Mapping):
        return _parse_output_type_1_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_output_type_1_item(value: Any) -> Any:
    if isinstance(value, (InputTextContent, InputImageContent, InputFileContent)):
        return value.to_dict()
    return value


def _parse_output_type_1(data: Any, strict: bool) -> list[InputFileContent | InputImageContent | InputTextContent]:
    listed = data if type(data) is list else as_list(data)
    items: list[InputFileContent | InputImageContent | InputTextContent] = []
    try:
        for item in listed:
            items.append(_parse_output_type_1_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_output_type_1(value: Any) -> Any:
    return [_dump_output_type_1_item(item) for item in value]


def _parse_output(data: Any, strict: bool) -> list[InputFileContent | InputImageContent | InputTextContent] | str:
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
        InputTextContent
        | InputTextContentParam
        | InputImageContent
        | InputImageContentParam
        | InputFileContent
        | InputFileContentParam
    ],
) -> list[InputFileContent | InputImageContent | InputTextContent] | str:
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


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("call_id", "call_id", (str,), required=True),
    FieldSpec("output", "output", (str, list), required=True, read=_parse_output, dump=_dump_output),
    FieldSpec("id", "id", (str,)),
    FieldSpec("caller", "caller", (dict,), nullable=True, read=_parse_caller, dump=_dump_caller),
)
_KNOWN = frozenset({"type", "call_id", "output", "id", "caller"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CustomToolCallOutput(ExtraFields[Any]):
    """CustomToolCallOutput

    Attributes:
        type_ (CustomToolCallOutputType):
        call_id (str):
        output (list[InputFileContent | InputImageContent | InputTextContent] | str):
        id (str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: CustomToolCallOutputType = _attrs_field(converter=_convert_type_)
    call_id: str
    output: list[InputFileContent | InputImageContent | InputTextContent] | str = _attrs_field(
        converter=_convert_output
    )
    id: str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset = _attrs_field(
        default=UNSET, converter=_convert_caller
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            field_dict["call_id"] = self.call_id
            at = "output"
            field_dict["output"] = as_request_json(self.output, _parse_output)
            if (id := self.id) is not UNSET:
                field_dict["id"] = id
            at = "caller"
            if (caller := self.caller) is not UNSET:
                field_dict["caller"] = as_request_json(caller, _parse_caller)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a CustomToolCallOutput from decoded JSON.

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
            obj.call_id = d["call_id"]
            at = "output"
            obj.output = _parse_output(d["output"], strict)
            obj.id = d.get("id", UNSET)
            at = "caller"
            obj.caller = _parse_caller(d.get("caller", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 3 + (obj.id is not UNSET) + (obj.caller is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class CustomToolCallOutputParam(TypedDict, total=False):
    """The dict form of CustomToolCallOutput: what a request takes in its place (checked before sending)."""

    type: Required[CustomToolCallOutputType | CustomToolCallOutputTypeLiteral]
    call_id: Required[str]
    output: Required[
        str
        | Sequence[
            InputTextContent
            | InputTextContentParam
            | InputImageContent
            | InputImageContentParam
            | InputFileContent
            | InputFileContentParam
        ]
    ]
    id: str
    caller: (
        DirectToolCallCallerParam
        | DirectToolCallCallerParamParam
        | ProgramToolCallCallerParam
        | ProgramToolCallCallerParamParam
        | None
    )


from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
from ..models.input_file_content import InputFileContent
from ..models.input_image_content import InputImageContent
from ..models.input_text_content import InputTextContent
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
