from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
    union_of,
)
from .._model import ExtraFields

if TYPE_CHECKING:
    from ..models.function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParamParam
    from ..models.function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParamParam,
    )


def _convert_outcome(
    value: FunctionShellCallOutputTimeoutOutcomeParam
    | FunctionShellCallOutputTimeoutOutcomeParamParam
    | FunctionShellCallOutputExitOutcomeParam
    | FunctionShellCallOutputExitOutcomeParamParam
    | UnknownFunctionShellCallOutputOutcomeParam,
) -> (
    FunctionShellCallOutputExitOutcomeParam
    | FunctionShellCallOutputTimeoutOutcomeParam
    | UnknownFunctionShellCallOutputOutcomeParam
):
    return FunctionShellCallOutputContentParam.__table__.convert("outcome", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class FunctionShellCallOutputContentParam(ExtraFields["Any"]):
    """FunctionShellCallOutputContentParam

    Attributes:
        stdout (str)
        stderr (str)
        outcome (FunctionShellCallOutputExitOutcomeParam | FunctionShellCallOutputTimeoutOutcomeParam | UnknownFunctionShellCallOutputOutcomeParam)
    """

    stdout: str
    stderr: str
    outcome: (
        FunctionShellCallOutputExitOutcomeParam
        | FunctionShellCallOutputTimeoutOutcomeParam
        | UnknownFunctionShellCallOutputOutcomeParam
    ) = _attrs_field(converter=_convert_outcome)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class FunctionShellCallOutputContentParamParam(TypedDict, total=False):
    """The dict form of FunctionShellCallOutputContentParam: what a request takes in its place (checked before sending)."""

    stdout: Required[str]
    stderr: Required[str]
    outcome: Required[
        FunctionShellCallOutputTimeoutOutcomeParam
        | FunctionShellCallOutputTimeoutOutcomeParamParam
        | FunctionShellCallOutputExitOutcomeParam
        | FunctionShellCallOutputExitOutcomeParamParam
        | UnknownFunctionShellCallOutputOutcomeParam
    ]


from ..models.function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam
from ..models.function_shell_call_output_timeout_outcome_param import FunctionShellCallOutputTimeoutOutcomeParam
from ..models.unknown_function_shell_call_output_outcome_param import UnknownFunctionShellCallOutputOutcomeParam

table_of(
    FunctionShellCallOutputContentParam,
    field("stdout", STRING, required=True),
    field("stderr", STRING, required=True),
    field(
        "outcome",
        union_of(
            "type",
            {"timeout": FunctionShellCallOutputTimeoutOutcomeParam, "exit": FunctionShellCallOutputExitOutcomeParam},
            fallback=UnknownFunctionShellCallOutputOutcomeParam,
        ),
        required=True,
    ),
    extra=ANY,
)
