from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
    union_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class FunctionShellCallOutputContent(ExtraFields["Any"]):
    """FunctionShellCallOutputContent

    Attributes:
        stdout (str)
        stderr (str)
        outcome (FunctionShellCallOutputExitOutcome | FunctionShellCallOutputTimeoutOutcome | UnknownFunctionShellCallOutputContentOutcome)
        created_by (str | Unset)
    """

    stdout: str
    stderr: str
    outcome: (
        FunctionShellCallOutputExitOutcome
        | FunctionShellCallOutputTimeoutOutcome
        | UnknownFunctionShellCallOutputContentOutcome
    )
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
from ..models.function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome
from ..models.unknown_function_shell_call_output_content_outcome import UnknownFunctionShellCallOutputContentOutcome

table_of(
    FunctionShellCallOutputContent,
    field("stdout", STRING, required=True),
    field("stderr", STRING, required=True),
    field(
        "outcome",
        union_of(
            "type",
            {"timeout": FunctionShellCallOutputTimeoutOutcome, "exit": FunctionShellCallOutputExitOutcome},
            fallback=UnknownFunctionShellCallOutputContentOutcome,
        ),
        required=True,
    ),
    field("created_by", STRING),
    extra=ANY,
)
