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
from ..models.function_tool_call_status import FunctionToolCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller import DirectToolCallCallerParam
    from ..models.function_tool_call_status import FunctionToolCallStatusLiteral
    from ..models.program_tool_call_caller import ProgramToolCallCallerParam


def _convert_caller(
    value: DirectToolCallCaller
    | DirectToolCallCallerParam
    | ProgramToolCallCaller
    | ProgramToolCallCallerParam
    | UnknownToolCallCaller
    | None
    | Unset,
) -> DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset:
    return FunctionToolCall.__table__.convert("caller", value)  # type: ignore[no-any-return]


def _convert_status(
    value: FunctionToolCallStatus | FunctionToolCallStatusLiteral | Unset,
) -> FunctionToolCallStatus | Unset:
    return FunctionToolCall.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionToolCall(ExtraFields["Any"]):
    """FunctionToolCall

    Attributes:
        type (Literal['function_call'])
        call_id (str)
        name (str)
        arguments (str)
        id (str | Unset)
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset)
        namespace (str | Unset)
        status (FunctionToolCallStatus | Unset)
    """

    call_id: str
    name: str
    arguments: str
    type: Literal["function_call"] = "function_call"
    id: str | Unset = UNSET
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset = _attrs_field(
        default=UNSET, converter=_convert_caller
    )
    namespace: str | Unset = UNSET
    status: FunctionToolCallStatus | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["function_call"]]("type")


class FunctionToolCallParam(TypedDict, total=False):
    """The dict form of FunctionToolCall: what a request takes in its place (checked before sending)."""

    type: Required[Literal["function_call"]]
    call_id: Required[str]
    name: Required[str]
    arguments: Required[str]
    id: str
    caller: (
        DirectToolCallCaller
        | DirectToolCallCallerParam
        | ProgramToolCallCaller
        | ProgramToolCallCallerParam
        | UnknownToolCallCaller
        | None
    )
    namespace: str
    status: FunctionToolCallStatus | FunctionToolCallStatusLiteral


from ..models.direct_tool_call_caller import DirectToolCallCaller
from ..models.program_tool_call_caller import ProgramToolCallCaller
from ..models.unknown_tool_call_caller import UnknownToolCallCaller

table_of(
    FunctionToolCall,
    field("type", const("function_call"), required=True),
    field("call_id", STRING, required=True),
    field("name", STRING, required=True),
    field("arguments", STRING, required=True),
    field("id", STRING),
    field(
        "caller",
        union_of(
            "type", {"direct": DirectToolCallCaller, "program": ProgramToolCallCaller}, fallback=UnknownToolCallCaller
        ),
        nullable=True,
    ),
    field("namespace", STRING),
    field("status", enum_of(FunctionToolCallStatus)),
    extra=ANY,
)
