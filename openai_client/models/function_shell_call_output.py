from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    enum_of,
    field,
    list_of,
    model_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.function_shell_call_output_status_enum import FunctionShellCallOutputStatusEnum
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionShellCallOutput(ExtraFields["Any"]):
    """FunctionShellCallOutput

    Attributes:
        type (Literal['shell_call_output'])
        id (str)
        call_id (str)
        status (FunctionShellCallOutputStatusEnum)
        output (list[FunctionShellCallOutputContent])
        max_output_length (int | None)
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset)
        created_by (str | Unset)
    """

    id: str
    call_id: str
    status: FunctionShellCallOutputStatusEnum
    output: list[FunctionShellCallOutputContent]
    max_output_length: int | None
    type: Literal["shell_call_output"] = "shell_call_output"
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["shell_call_output"]]("type")


from ..models.direct_tool_call_caller import DirectToolCallCaller
from ..models.function_shell_call_output_content import FunctionShellCallOutputContent
from ..models.program_tool_call_caller import ProgramToolCallCaller
from ..models.unknown_tool_call_caller import UnknownToolCallCaller

table_of(
    FunctionShellCallOutput,
    field("type", const("shell_call_output"), required=True),
    field("id", STRING, required=True),
    field("call_id", STRING, required=True),
    field("status", enum_of(FunctionShellCallOutputStatusEnum), required=True),
    field("output", list_of(model_of(FunctionShellCallOutputContent)), required=True),
    field("max_output_length", INTEGER, required=True, nullable=True),
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
