from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    BOOLEAN,
    CLOSED,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_approval import ToolApprovalParam
    from ..models.tool_output import ToolOutputParam


def _convert_tool_outputs(value: Sequence[ToolOutput | ToolOutputParam] | Unset) -> list[ToolOutput] | Unset:
    return SubmitToolOutputsRunRequest.__table__.convert("tool_outputs", value)  # type: ignore[no-any-return]


def _convert_tool_approvals(value: Sequence[ToolApproval | ToolApprovalParam] | Unset) -> list[ToolApproval] | Unset:
    return SubmitToolOutputsRunRequest.__table__.convert("tool_approvals", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class SubmitToolOutputsRunRequest(Model):
    """Outputs of the tool calls a run asked for.

    Attributes:
        tool_outputs (list[ToolOutput] | Unset): One output per tool call, each call once.
        tool_approvals (list[ToolApproval] | Unset): Foundry (2025-05-15-preview): the caller's answers to the calls a `submit_tool_approval` action waits for, each
            call once (instead of `tool_outputs`).
        stream (bool | None | Unset): Answer with server-sent events instead of the run. Set for you by the endpoint's `stream`/`astream`;
            `sync`/`asyncio` read a run and refuse it.
    """

    tool_outputs: list[ToolOutput] | Unset = _attrs_field(default=UNSET, converter=_convert_tool_outputs)
    tool_approvals: list[ToolApproval] | Unset = _attrs_field(default=UNSET, converter=_convert_tool_approvals)
    stream: bool | None | Unset = UNSET


class SubmitToolOutputsRunRequestParam(TypedDict, total=False):
    """The dict form of SubmitToolOutputsRunRequest: what a request takes in its place (checked before sending)."""

    tool_outputs: Sequence[ToolOutput | ToolOutputParam]
    tool_approvals: Sequence[ToolApproval | ToolApprovalParam]
    stream: bool | None


from ..models.tool_approval import ToolApproval
from ..models.tool_output import ToolOutput

table_of(
    SubmitToolOutputsRunRequest,
    field("tool_outputs", list_of(model_of(ToolOutput)), unique_by="tool_call_id"),
    field("tool_approvals", list_of(model_of(ToolApproval)), unique_by="tool_call_id"),
    field("stream", BOOLEAN, nullable=True),
    extra=CLOSED,
)
