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
from ..models.function_tool_call_output_status import FunctionToolCallOutputStatus
from ..models.function_tool_call_output_type import FunctionToolCallOutputType
from ..types import UNSET, Unset


def _parse_type_(data: Any, strict: bool) -> FunctionToolCallOutputType:
    return FunctionToolCallOutputType.known(data) or FunctionToolCallOutputType.from_value(data)


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


def _parse_status(data: Any, strict: bool) -> FunctionToolCallOutputStatus:
    return FunctionToolCallOutputStatus.known(data) or FunctionToolCallOutputStatus.from_value(data)


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


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("output", "output", (str, list), required=True, read=_parse_output, dump=_dump_output),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec("call_id", "call_id", (str,)),
    FieldSpec("name", "name", (str,)),
    FieldSpec("namespace", "namespace", (str,)),
    FieldSpec("caller", "caller", (dict,), nullable=True, read=_parse_caller, dump=_dump_caller),
    FieldSpec("created_by", "created_by", (str,)),
)
_KNOWN = frozenset({"type", "output", "id", "status", "call_id", "name", "namespace", "caller", "created_by"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionToolCallOutputResource(ExtraFields[Any]):
    """FunctionToolCallOutputResource

    Attributes:
        type_ (FunctionToolCallOutputType):
        output (list[InputFileContent | InputImageContent | InputTextContent] | str):
        id (str):
        status (FunctionToolCallOutputStatus):
        call_id (str | Unset):
        name (str | Unset):
        namespace (str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset):
        created_by (str | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: FunctionToolCallOutputType
    output: list[InputFileContent | InputImageContent | InputTextContent] | str
    id: str
    status: FunctionToolCallOutputStatus
    call_id: str | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
                "output": _dump_output(self.output),
                "id": self.id,
                "status": self.status,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (call_id := self.call_id) is not UNSET:
            field_dict["call_id"] = call_id
        if (name := self.name) is not UNSET:
            field_dict["name"] = name
        if (namespace := self.namespace) is not UNSET:
            field_dict["namespace"] = namespace
        if (caller := self.caller) is not UNSET:
            field_dict["caller"] = _dump_caller(caller)
        if (created_by := self.created_by) is not UNSET:
            field_dict["created_by"] = created_by
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a FunctionToolCallOutputResource from decoded JSON.

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
            value = d["type"]
            obj.type_ = FunctionToolCallOutputType.known(value) or FunctionToolCallOutputType.from_value(value)
            at = "output"
            obj.output = _parse_output(d["output"], strict)
            obj.id = d["id"]
            at = "status"
            value = d["status"]
            obj.status = FunctionToolCallOutputStatus.known(value) or FunctionToolCallOutputStatus.from_value(value)
            obj.call_id = d.get("call_id", UNSET)
            obj.name = d.get("name", UNSET)
            obj.namespace = d.get("namespace", UNSET)
            at = "caller"
            value = d.get("caller", UNSET)
            obj.caller = None if value is None else _parse_caller(value, strict)
            obj.created_by = d.get("created_by", UNSET)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs one subset test.
        obj.additional_properties = {} if _KNOWN.issuperset(d) else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
from ..models.input_file_content import InputFileContent
from ..models.input_image_content import InputImageContent
from ..models.input_text_content import InputTextContent
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
