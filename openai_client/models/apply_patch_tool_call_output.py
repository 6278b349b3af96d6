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
from ..models.apply_patch_call_output_status import ApplyPatchCallOutputStatus
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ApplyPatchToolCallOutput(ExtraFields["Any"]):
    """ApplyPatchToolCallOutput

    Attributes:
        type (Literal['apply_patch_call_output'])
        id (str)
        call_id (str)
        status (ApplyPatchCallOutputStatus)
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset)
        output (None | str | Unset)
        created_by (str | Unset)
    """

    id: str
    call_id: str
    status: ApplyPatchCallOutputStatus
    type: Literal["apply_patch_call_output"] = "apply_patch_call_output"
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset = UNSET
    output: None | str | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["apply_patch_call_output"]]("type")


from ..models.direct_tool_call_caller import DirectToolCallCaller
from ..models.program_tool_call_caller import ProgramToolCallCaller
from ..models.unknown_tool_call_caller import UnknownToolCallCaller

table_of(
    ApplyPatchToolCallOutput,
    field("type", const("apply_patch_call_output"), required=True),
    field("id", STRING, required=True),
    field("call_id", STRING, required=True),
    field("status", enum_of(ApplyPatchCallOutputStatus), required=True),
    field(
        "caller",
        union_of(
            "type", {"direct": DirectToolCallCaller, "program": ProgramToolCallCaller}, fallback=UnknownToolCallCaller
        ),
        nullable=True,
    ),
    field("output", STRING, nullable=True),
    field("created_by", STRING),
    extra=ANY,
)
