from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

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
from ..models.function_shell_call_item_status import FunctionShellCallItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParamParam
    from ..models.function_shell_call_item_status import FunctionShellCallItemStatusLiteral
    from ..models.function_shell_call_output_content_param import FunctionShellCallOutputContentParamParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParamParam


def _convert_output(
    value: Sequence[FunctionShellCallOutputContentParam | FunctionShellCallOutputContentParamParam],
) -> list[FunctionShellCallOutputContentParam]:
    return FunctionShellCallOutputItemParam.__table__.convert("output", value)  # type: ignore[no-any-return]


def _convert_caller(
    value: DirectToolCallCallerParam
    | DirectToolCallCallerParamParam
    | ProgramToolCallCallerParam
    | ProgramToolCallCallerParamParam
    | UnknownToolCallCallerParam
    | None
    | Unset,
) -> DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset:
    return FunctionShellCallOutputItemParam.__table__.convert("caller", value)  # type: ignore[no-any-return]


def _convert_status(
    value: FunctionShellCallItemStatus | FunctionShellCallItemStatusLiteral | None | Unset,
) -> FunctionShellCallItemStatus | None | Unset:
    return FunctionShellCallOutputItemParam.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionShellCallOutputItemParam(ExtraFields["Any"]):
    """FunctionShellCallOutputItemParam

    Attributes:
        call_id (str)
        type (Literal['shell_call_output'])
        output (list[FunctionShellCallOutputContentParam])
        id (None | str | Unset)
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset)
        status (FunctionShellCallItemStatus | None | Unset)
        max_output_length (int | None | Unset)
    """

    call_id: str
    output: list[FunctionShellCallOutputContentParam] = _attrs_field(converter=_convert_output)
    type: Literal["shell_call_output"] = "shell_call_output"
    id: None | str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset = (
        _attrs_field(default=UNSET, converter=_convert_caller)
    )
    status: FunctionShellCallItemStatus | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    max_output_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["shell_call_output"]]("type")


class FunctionShellCallOutputItemParamParam(TypedDict, total=False):
    """The dict form of FunctionShellCallOutputItemParam: what a request takes in its place (checked before sending)."""

    call_id: Required[str]
    type: Required[Literal["shell_call_output"]]
    output: Required[Sequence[FunctionShellCallOutputContentParam | FunctionShellCallOutputContentParamParam]]
    id: str | None
    caller: (
        DirectToolCallCallerParam
        | DirectToolCallCallerParamParam
        | ProgramToolCallCallerParam
        | ProgramToolCallCallerParamParam
        | UnknownToolCallCallerParam
        | None
    )
    status: FunctionShellCallItemStatus | FunctionShellCallItemStatusLiteral | None
    max_output_length: int | None


from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
from ..models.function_shell_call_output_content_param import FunctionShellCallOutputContentParam
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
from ..models.unknown_tool_call_caller_param import UnknownToolCallCallerParam

table_of(
    FunctionShellCallOutputItemParam,
    field("call_id", STRING, required=True),
    field("type", const("shell_call_output"), required=True),
    field("output", list_of(model_of(FunctionShellCallOutputContentParam)), required=True),
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
    field("status", enum_of(FunctionShellCallItemStatus), nullable=True),
    field("max_output_length", INTEGER, nullable=True),
    extra=ANY,
)
