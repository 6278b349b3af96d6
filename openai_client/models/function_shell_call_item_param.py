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
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.function_shell_call_item_status import FunctionShellCallItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_reference_param import ContainerReferenceParamParam
    from ..models.direct_tool_call_caller_param import DirectToolCallCallerParamParam
    from ..models.function_shell_action_param import FunctionShellActionParamParam
    from ..models.function_shell_call_item_status import FunctionShellCallItemStatusLiteral
    from ..models.local_environment_param import LocalEnvironmentParamParam
    from ..models.program_tool_call_caller_param import ProgramToolCallCallerParamParam


def _convert_action(value: FunctionShellActionParam | FunctionShellActionParamParam) -> FunctionShellActionParam:
    return FunctionShellCallItemParam.__table__.convert("action", value)  # type: ignore[no-any-return]


def _convert_caller(
    value: DirectToolCallCallerParam
    | DirectToolCallCallerParamParam
    | ProgramToolCallCallerParam
    | ProgramToolCallCallerParamParam
    | UnknownToolCallCallerParam
    | None
    | Unset,
) -> DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset:
    return FunctionShellCallItemParam.__table__.convert("caller", value)  # type: ignore[no-any-return]


def _convert_status(
    value: FunctionShellCallItemStatus | FunctionShellCallItemStatusLiteral | None | Unset,
) -> FunctionShellCallItemStatus | None | Unset:
    return FunctionShellCallItemParam.__table__.convert("status", value)  # type: ignore[no-any-return]


def _convert_environment(
    value: LocalEnvironmentParam
    | LocalEnvironmentParamParam
    | ContainerReferenceParam
    | ContainerReferenceParamParam
    | UnknownFunctionShellCallItemParamEnvironment
    | None
    | Unset,
) -> ContainerReferenceParam | LocalEnvironmentParam | None | UnknownFunctionShellCallItemParamEnvironment | Unset:
    return FunctionShellCallItemParam.__table__.convert("environment", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionShellCallItemParam(ExtraFields["Any"]):
    """FunctionShellCallItemParam

    Attributes:
        call_id (str)
        type (Literal['shell_call'])
        action (FunctionShellActionParam)
        id (None | str | Unset)
        caller (DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset)
        status (FunctionShellCallItemStatus | None | Unset)
        environment (ContainerReferenceParam | LocalEnvironmentParam | None | UnknownFunctionShellCallItemParamEnvironment | Unset)
    """

    call_id: str
    action: FunctionShellActionParam = _attrs_field(converter=_convert_action)
    type: Literal["shell_call"] = "shell_call"
    id: None | str | Unset = UNSET
    caller: DirectToolCallCallerParam | None | ProgramToolCallCallerParam | UnknownToolCallCallerParam | Unset = (
        _attrs_field(default=UNSET, converter=_convert_caller)
    )
    status: FunctionShellCallItemStatus | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    environment: (
        ContainerReferenceParam | LocalEnvironmentParam | None | UnknownFunctionShellCallItemParamEnvironment | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_environment)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["shell_call"]]("type")


class FunctionShellCallItemParamParam(TypedDict, total=False):
    """The dict form of FunctionShellCallItemParam: what a request takes in its place (checked before sending)."""

    call_id: Required[str]
    type: Required[Literal["shell_call"]]
    action: Required[FunctionShellActionParam | FunctionShellActionParamParam]
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
    environment: (
        LocalEnvironmentParam
        | LocalEnvironmentParamParam
        | ContainerReferenceParam
        | ContainerReferenceParamParam
        | UnknownFunctionShellCallItemParamEnvironment
        | None
    )


from ..models.container_reference_param import ContainerReferenceParam
from ..models.direct_tool_call_caller_param import DirectToolCallCallerParam
from ..models.function_shell_action_param import FunctionShellActionParam
from ..models.local_environment_param import LocalEnvironmentParam
from ..models.program_tool_call_caller_param import ProgramToolCallCallerParam
from ..models.unknown_function_shell_call_item_param_environment import UnknownFunctionShellCallItemParamEnvironment
from ..models.unknown_tool_call_caller_param import UnknownToolCallCallerParam

table_of(
    FunctionShellCallItemParam,
    field("call_id", STRING, required=True),
    field("type", const("shell_call"), required=True),
    field("action", model_of(FunctionShellActionParam), required=True),
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
    field(
        "environment",
        union_of(
            "type",
            {"local": LocalEnvironmentParam, "container_reference": ContainerReferenceParam},
            fallback=UnknownFunctionShellCallItemParamEnvironment,
        ),
        nullable=True,
    ),
    extra=ANY,
)
