from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    enum_of,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.callable_tool_allowed_caller import CallableToolAllowedCaller
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callable_tool_allowed_caller import CallableToolAllowedCallerLiteral
    from ..models.container_auto_param import ContainerAutoParamParam
    from ..models.container_reference_param import ContainerReferenceParamParam
    from ..models.local_environment_param import LocalEnvironmentParamParam


def _convert_environment(
    value: ContainerAutoParam
    | ContainerAutoParamParam
    | LocalEnvironmentParam
    | LocalEnvironmentParamParam
    | ContainerReferenceParam
    | ContainerReferenceParamParam
    | UnknownFunctionShellToolParamEnvironment
    | None
    | Unset,
) -> (
    ContainerAutoParam
    | ContainerReferenceParam
    | LocalEnvironmentParam
    | None
    | UnknownFunctionShellToolParamEnvironment
    | Unset
):
    return FunctionShellToolParam.__table__.convert("environment", value)  # type: ignore[no-any-return]


def _convert_allowed_callers(
    value: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None | Unset,
) -> list[CallableToolAllowedCaller] | None | Unset:
    return FunctionShellToolParam.__table__.convert("allowed_callers", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionShellToolParam(ExtraFields["Any"]):
    """FunctionShellToolParam

    Attributes:
        type (Literal['shell'])
        environment (ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | UnknownFunctionShellToolParamEnvironment | Unset)
        allowed_callers (list[CallableToolAllowedCaller] | None | Unset)
    """

    type: Literal["shell"] = "shell"
    environment: (
        ContainerAutoParam
        | ContainerReferenceParam
        | LocalEnvironmentParam
        | None
        | UnknownFunctionShellToolParamEnvironment
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_environment)
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_allowed_callers
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["shell"]]("type")


class FunctionShellToolParamParam(TypedDict, total=False):
    """The dict form of FunctionShellToolParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["shell"]]
    environment: (
        ContainerAutoParam
        | ContainerAutoParamParam
        | LocalEnvironmentParam
        | LocalEnvironmentParamParam
        | ContainerReferenceParam
        | ContainerReferenceParamParam
        | UnknownFunctionShellToolParamEnvironment
        | None
    )
    allowed_callers: Sequence[CallableToolAllowedCaller | CallableToolAllowedCallerLiteral] | None


from ..models.container_auto_param import ContainerAutoParam
from ..models.container_reference_param import ContainerReferenceParam
from ..models.local_environment_param import LocalEnvironmentParam
from ..models.unknown_function_shell_tool_param_environment import UnknownFunctionShellToolParamEnvironment

table_of(
    FunctionShellToolParam,
    field("type", const("shell"), required=True),
    field(
        "environment",
        union_of(
            "type",
            {
                "container_auto": ContainerAutoParam,
                "local": LocalEnvironmentParam,
                "container_reference": ContainerReferenceParam,
            },
            fallback=UnknownFunctionShellToolParamEnvironment,
        ),
        nullable=True,
    ),
    field("allowed_callers", list_of(enum_of(CallableToolAllowedCaller)), nullable=True),
    extra=ANY,
)
