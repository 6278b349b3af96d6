from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..models.apply_patch_call_status import ApplyPatchCallStatus
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ApplyPatchToolCall(ExtraFields["Any"]):
    """ApplyPatchToolCall

    Attributes:
        type (Literal['apply_patch_call'])
        id (str)
        call_id (str)
        status (ApplyPatchCallStatus)
        operation (ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation | UnknownApplyPatchToolCallOperation)
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset)
        created_by (str | Unset)
    """

    id: str
    call_id: str
    status: ApplyPatchCallStatus
    operation: (
        ApplyPatchCreateFileOperation
        | ApplyPatchDeleteFileOperation
        | ApplyPatchUpdateFileOperation
        | UnknownApplyPatchToolCallOperation
    )
    type: Literal["apply_patch_call"] = "apply_patch_call"
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["apply_patch_call"]]("type")


from ..models.apply_patch_create_file_operation import ApplyPatchCreateFileOperation
from ..models.apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
from ..models.apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
from ..models.direct_tool_call_caller import DirectToolCallCaller
from ..models.program_tool_call_caller import ProgramToolCallCaller
from ..models.unknown_apply_patch_tool_call_operation import UnknownApplyPatchToolCallOperation
from ..models.unknown_tool_call_caller import UnknownToolCallCaller

table_of(
    ApplyPatchToolCall,
    field("type", const("apply_patch_call"), required=True),
    field("id", STRING, required=True),
    field("call_id", STRING, required=True),
    field("status", enum_of(ApplyPatchCallStatus), required=True),
    field(
        "operation",
        union_of(
            "type",
            {
                "create_file": ApplyPatchCreateFileOperation,
                "delete_file": ApplyPatchDeleteFileOperation,
                "update_file": ApplyPatchUpdateFileOperation,
            },
            fallback=UnknownApplyPatchToolCallOperation,
        ),
        required=True,
    ),
    field(
        "caller",
        union_of(
            "type", {"direct": DirectToolCallCaller, "program": ProgramToolCallCaller}, fallback=UnknownToolCallCaller
        ),
        nullable=True,
    ),
    field("created_by", STRING),
    extra=ANY,
)
