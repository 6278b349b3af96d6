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
from ..models.apply_patch_call_status_param import ApplyPatchCallStatusParam
from ..models.apply_patch_tool_call_item_param_type import ApplyPatchToolCallItemParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_call_status_param import ApplyPatchCallStatusParamLiteral
    from ..models.apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParamParam
    from ..models.apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParamParam
    from ..models.apply_patch_tool_call_item_param_type import ApplyPatchToolCallItemParamTypeLiteral
    from ..models.apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParamParam
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParamParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParamParam


def _parse_type_(data: Any, strict: bool) -> ApplyPatchToolCallItemParamType:
    return ApplyPatchToolCallItemParamType.known(data) or ApplyPatchToolCallItemParamType.from_value(data)


def _convert_type_(
    value: ApplyPatchToolCallItemParamType | ApplyPatchToolCallItemParamTypeLiteral,
) -> ApplyPatchToolCallItemParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


def _parse_status(data: Any, strict: bool) -> ApplyPatchCallStatusParam:
    return ApplyPatchCallStatusParam.known(data) or ApplyPatchCallStatusParam.from_value(data)


def _convert_status(value: ApplyPatchCallStatusParam | ApplyPatchCallStatusParamLiteral) -> ApplyPatchCallStatusParam:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


def _parse_operation(
    data: Any, strict: bool
) -> ApplyPatchCreateFileOperationParam | ApplyPatchDeleteFileOperationParam | ApplyPatchUpdateFileOperationParam:
    if type(data) is dict:
        return ApplyPatchCreateFileOperationParam.from_dict(data, strict)
    if isinstance(
        data,
        (ApplyPatchCreateFileOperationParam, ApplyPatchDeleteFileOperationParam, ApplyPatchUpdateFileOperationParam),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_operation(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_operation(value: Any) -> Any:
    if isinstance(
        value,
        (ApplyPatchCreateFileOperationParam, ApplyPatchDeleteFileOperationParam, ApplyPatchUpdateFileOperationParam),
    ):
        return value.to_dict()
    return value


def _convert_operation(
    value: ApplyPatchCreateFileOperationParam
    | ApplyPatchCreateFileOperationParamParam
    | ApplyPatchDeleteFileOperationParam
    | ApplyPatchDeleteFileOperationParamParam
    | ApplyPatchUpdateFileOperationParam
    | ApplyPatchUpdateFileOperationParamParam,
) -> ApplyPatchCreateFileOperationParam | ApplyPatchDeleteFileOperationParam | ApplyPatchUpdateFileOperationParam:
    """`operation` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_operation(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "operation") from exc


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
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec("operation", "operation", (dict,), required=True, read=_parse_operation, dump=_dump_operation),
    FieldSpec("id", "id", (str,), nullable=True),
    FieldSpec("caller", "caller", (dict,), nullable=True, read=_parse_caller, dump=_dump_caller),
)
_KNOWN = frozenset({"type", "call_id", "status", "operation", "id", "caller"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ApplyPatchToolCallItemParam(ExtraFields[Any]):
    """ApplyPatchToolCallItemParam

    Attributes:
        type_ (ApplyPatchToolCallItemParamType):  Default: ApplyPatchToolCallItemParamType.APPLY_PATCH_CALL.
        call_id (str):
        status (ApplyPatchCallStatusParam):
        operation (ApplyPatchCreateFileOperationParam | ApplyPatchDeleteFileOperationParam |
            ApplyPatchUpdateFileOperationParam):
        id (None | str | Unset):
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ApplyPatchToolCallItemParamType = _attrs_field(converter=_convert_type_)
    call_id: str
    status: ApplyPatchCallStatusParam = _attrs_field(converter=_convert_status)
    operation: (
        ApplyPatchCreateFileOperationParam | ApplyPatchDeleteFileOperationParam | ApplyPatchUpdateFileOperationParam
    ) = _attrs_field(converter=_convert_operation)
    id: None | str | Unset = UNSET
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
            field_dict["status"] = self.status
            at = "operation"
            field_dict["operation"] = as_request_json(self.operation, _parse_operation)
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
        """Read a ApplyPatchToolCallItemParam from decoded JSON.

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
            at = "status"
            obj.status = _parse_status(d["status"], strict)
            at = "operation"
            obj.operation = _parse_operation(d["operation"], strict)
            obj.id = d.get("id", UNSET)
            at = "caller"
            obj.caller = _parse_caller(d.get("caller", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4 + (obj.id is not UNSET) + (obj.caller is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ApplyPatchToolCallItemParamParam(TypedDict, total=False):
    """The dict form of ApplyPatchToolCallItemParam: what a request takes in its place (checked before sending)."""

    type: Required[ApplyPatchToolCallItemParamType | ApplyPatchToolCallItemParamTypeLiteral]
    call_id: Required[str]
    status: Required[ApplyPatchCallStatusParam | ApplyPatchCallStatusParamLiteral]
    operation: Required[
        ApplyPatchCreateFileOperationParam
        | ApplyPatchCreateFileOperationParamParam
        | ApplyPatchDeleteFileOperationParam
        | ApplyPatchDeleteFileOperationParamParam
        | ApplyPatchUpdateFileOperationParam
        | ApplyPatchUpdateFileOperationParamParam
    ]
    id: str | None
    caller: (
        DirectToolCallCallerParam
        | DirectToolCallCallerParamParam
        | ProgramToolCallCallerParam
        | ProgramToolCallCallerParamParam
        | None
    )


from ..models.apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
from ..models.apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
from ..models.apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam
from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
