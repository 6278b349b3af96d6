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
from ..models.apply_patch_call_output_status_param import ApplyPatchCallOutputStatusParam
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_call_output_status_param import ApplyPatchCallOutputStatusParamLiteral
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParamParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParamParam


def _convert_status(
    value: ApplyPatchCallOutputStatusParam | ApplyPatchCallOutputStatusParamLiteral,
) -> ApplyPatchCallOutputStatusParam:
    return ApplyPatchToolCallOutputItemParam.__table__.convert("status", value)  # type: ignore[no-any-return]


def _convert_caller(
    value: DirectToolCallCallerParam
    | DirectToolCallCallerParamParam
    | ProgramToolCallCallerParam
    | ProgramToolCallCallerParamParam
    | UnknownToolCallCallerParam
    | None
    | Unset,
) -> DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset:
    return ApplyPatchToolCallOutputItemParam.__table__.convert("caller", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ApplyPatchToolCallOutputItemParam(ExtraFields["Any"]):
    """ApplyPatchToolCallOutputItemParam

    Attributes:
        type (Literal['apply_patch_call_output'])
        call_id (str)
        status (ApplyPatchCallOutputStatusParam)
        id (None | str | Unset)
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset)
        output (None | str | Unset)
    """

    call_id: str
    status: ApplyPatchCallOutputStatusParam = _attrs_field(converter=_convert_status)
    type: Literal["apply_patch_call_output"] = "apply_patch_call_output"
    id: None | str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset = (
        _attrs_field(default=UNSET, converter=_convert_caller)
    )
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["apply_patch_call_output"]]("type")


class ApplyPatchToolCallOutputItemParamParam(TypedDict, total=False):
    """The dict form of ApplyPatchToolCallOutputItemParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["apply_patch_call_output"]]
    call_id: Required[str]
    status: Required[ApplyPatchCallOutputStatusParam | ApplyPatchCallOutputStatusParamLiteral]
    id: str | None
    caller: (
        DirectToolCallCallerParam
        | DirectToolCallCallerParamParam
        | ProgramToolCallCallerParam
        | ProgramToolCallCallerParamParam
        | UnknownToolCallCallerParam
        | None
    )
    output: str | None


from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
from ..models.unknown_tool_call_caller_param import UnknownToolCallCallerParam

table_of(
    ApplyPatchToolCallOutputItemParam,
    field("type", const("apply_patch_call_output"), required=True),
    field("call_id", STRING, required=True),
    field("status", enum_of(ApplyPatchCallOutputStatusParam), required=True),
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
    field("output", STRING, nullable=True),
    extra=ANY,
)
