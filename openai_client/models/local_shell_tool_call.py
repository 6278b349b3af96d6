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
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.local_shell_tool_call_status import LocalShellToolCallStatus

if TYPE_CHECKING:
    from ..models.local_shell_exec_action import LocalShellExecActionParam
    from ..models.local_shell_tool_call_status import LocalShellToolCallStatusLiteral


def _convert_action(value: LocalShellExecAction | LocalShellExecActionParam) -> LocalShellExecAction:
    return LocalShellToolCall.__table__.convert("action", value)  # type: ignore[no-any-return]


def _convert_status(value: LocalShellToolCallStatus | LocalShellToolCallStatusLiteral) -> LocalShellToolCallStatus:
    return LocalShellToolCall.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class LocalShellToolCall(ExtraFields["Any"]):
    """LocalShellToolCall

    Attributes:
        type (Literal['local_shell_call'])
        id (str)
        call_id (str)
        action (LocalShellExecAction)
        status (LocalShellToolCallStatus)
    """

    id: str
    call_id: str
    action: LocalShellExecAction = _attrs_field(converter=_convert_action)
    status: LocalShellToolCallStatus = _attrs_field(converter=_convert_status)
    type: Literal["local_shell_call"] = "local_shell_call"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["local_shell_call"]]("type")


class LocalShellToolCallParam(TypedDict, total=False):
    """The dict form of LocalShellToolCall: what a request takes in its place (checked before sending)."""

    type: Required[Literal["local_shell_call"]]
    id: Required[str]
    call_id: Required[str]
    action: Required[LocalShellExecAction | LocalShellExecActionParam]
    status: Required[LocalShellToolCallStatus | LocalShellToolCallStatusLiteral]


from ..models.local_shell_exec_action import LocalShellExecAction

table_of(
    LocalShellToolCall,
    field("type", const("local_shell_call"), required=True),
    field("id", STRING, required=True),
    field("call_id", STRING, required=True),
    field("action", model_of(LocalShellExecAction), required=True),
    field("status", enum_of(LocalShellToolCallStatus), required=True),
    extra=ANY,
)
