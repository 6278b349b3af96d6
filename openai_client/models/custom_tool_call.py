from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_tool_call_caller import DirectToolCallCallerParam
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
    return CustomToolCall.__table__.convert("caller", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CustomToolCall(ExtraFields["Any"]):
    """CustomToolCall

    Attributes:
        type (Literal['custom_tool_call'])
        call_id (str)
        name (str)
        input_ (str)
        id (str | Unset)
        caller (DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset)
        namespace (str | Unset)
    """

    call_id: str
    name: str
    input_: str
    type: Literal["custom_tool_call"] = "custom_tool_call"
    id: str | Unset = UNSET
    caller: DirectToolCallCaller | None | ProgramToolCallCaller | UnknownToolCallCaller | Unset = _attrs_field(
        default=UNSET, converter=_convert_caller
    )
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["custom_tool_call"]]("type")


class CustomToolCallParam(TypedDict, total=False):
    """The dict form of CustomToolCall: what a request takes in its place (checked before sending)."""

    type: Required[Literal["custom_tool_call"]]
    call_id: Required[str]
    name: Required[str]
    input: Required[str]
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


from ..models.direct_tool_call_caller import DirectToolCallCaller
from ..models.program_tool_call_caller import ProgramToolCallCaller
from ..models.unknown_tool_call_caller import UnknownToolCallCaller

table_of(
    CustomToolCall,
    field("type", const("custom_tool_call"), required=True),
    field("call_id", STRING, required=True),
    field("name", STRING, required=True),
    field("input", STRING, attr="input_", required=True),
    field("id", STRING),
    field(
        "caller",
        union_of(
            "type", {"direct": DirectToolCallCaller, "program": ProgramToolCallCaller}, fallback=UnknownToolCallCaller
        ),
        nullable=True,
    ),
    field("namespace", STRING),
    extra=ANY,
)
