from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    enum_of,
    field,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.apply_patch_call_status_param import ApplyPatchCallStatusParam
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_call_status_param import ApplyPatchCallStatusParamLiteral
    from ..models.apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParamParam
    from ..models.apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParamParam
    from ..models.apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParamParam
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParamParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParamParam


def _convert_status(value: ApplyPatchCallStatusParam | ApplyPatchCallStatusParamLiteral) -> ApplyPatchCallStatusParam:
    return ApplyPatchToolCallItemParam.__table__.convert("status", value)  # type: ignore[no-any-return]


def _convert_operation(
    value: ApplyPatchCreateFileOperationParam
    | ApplyPatchCreateFileOperationParamParam
    | ApplyPatchDeleteFileOperationParam
    | ApplyPatchDeleteFileOperationParamParam
    | ApplyPatchUpdateFileOperationParam
    | ApplyPatchUpdateFileOperationParamParam
    | UnknownApplyPatchOperationParam,
) -> (
    ApplyPatchCreateFileOperationParam
    | ApplyPatchDeleteFileOperationParam
    | ApplyPatchUpdateFileOperationParam
    | UnknownApplyPatchOperationParam
):
    return ApplyPatchToolCallItemParam.__table__.convert("operation", value)  # type: ignore[no-any-return]


def _convert_caller(
    value: DirectToolCallCallerParam
    | DirectToolCallCallerParamParam
    | ProgramToolCallCallerParam
    | ProgramToolCallCallerParamParam
    | UnknownToolCallCallerParam
    | None
    | Unset,
) -> DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset:
    return ApplyPatchToolCallItemParam.__table__.convert("caller", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ApplyPatchToolCallItemParam(ExtraFields["Any"]):
    """ApplyPatchToolCallItemParam

    Attributes:
        type (Literal['apply_patch_call'])
        call_id (str)
        status (ApplyPatchCallStatusParam)
        operation (ApplyPatchCreateFileOperationParam | ApplyPatchDeleteFileOperationParam | ApplyPatchUpdateFileOperationParam | UnknownApplyPatchOperationParam)
        id (None | str | Unset)
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset)
    """

    call_id: str
    status: ApplyPatchCallStatusParam = _attrs_field(converter=_convert_status)
    operation: (
        ApplyPatchCreateFileOperationParam
        | ApplyPatchDeleteFileOperationParam
        | ApplyPatchUpdateFileOperationParam
        | UnknownApplyPatchOperationParam
    ) = _attrs_field(converter=_convert_operation)
    type: Literal["apply_patch_call"] = "apply_patch_call"
    id: None | str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset = (
        _attrs_field(default=UNSET, converter=_convert_caller)
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["apply_patch_call"]]("type")


class ApplyPatchToolCallItemParamParam(TypedDict, total=False):
    """The dict form of ApplyPatchToolCallItemParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["apply_patch_call"]]
    call_id: Required[str]
    status: Required[ApplyPatchCallStatusParam | ApplyPatchCallStatusParamLiteral]
    operation: Required[
        ApplyPatchCreateFileOperationParam
        | ApplyPatchCreateFileOperationParamParam
        | ApplyPatchDeleteFileOperationParam
        | ApplyPatchDeleteFileOperationParamParam
        | ApplyPatchUpdateFileOperationParam
        | ApplyPatchUpdateFileOperationParamParam
        | UnknownApplyPatchOperationParam
    ]
    id: str | None
    caller: (
        DirectToolCallCallerParam
        | DirectToolCallCallerParamParam
        | ProgramToolCallCallerParam
        | ProgramToolCallCallerParamParam
        | UnknownToolCallCallerParam
        | None
    )


from ..models.apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
from ..models.apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
from ..models.apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam
from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
from ..models.unknown_apply_patch_operation_param import UnknownApplyPatchOperationParam
from ..models.unknown_tool_call_caller_param import UnknownToolCallCallerParam

table_of(
    ApplyPatchToolCallItemParam,
    field("type", const("apply_patch_call"), required=True),
    field("call_id", STRING, required=True),
    field("status", enum_of(ApplyPatchCallStatusParam), required=True),
    field(
        "operation",
        union_of(
            "type",
            {
                "create_file": ApplyPatchCreateFileOperationParam,
                "delete_file": ApplyPatchDeleteFileOperationParam,
                "update_file": ApplyPatchUpdateFileOperationParam,
            },
            fallback=UnknownApplyPatchOperationParam,
        ),
        required=True,
    ),
    field("id", STRING, nullable=True),
    field(
        "caller",
        union_of(
            "type",
            {"direct": DirectToolCallCallerParam, "program": ProgramToolCallCallerParam},
            fallback=UnknownToolCallCallerParam,
        ),
        nullable=True,
    ),
    extra=ANY,
)
