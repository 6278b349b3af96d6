from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunRequiredActionSubmitToolApproval(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): the run waits for the caller to approve or deny tool calls (MCP calls whose server
    requires approval); answer with `tool_approvals` on `submit_tool_outputs`.

    Attributes:
        type (Literal['submit_tool_approval']): Always `submit_tool_approval`.
        submit_tool_approval (RunSubmitToolApproval): The tool calls waiting for approval.
    """

    submit_tool_approval: RunSubmitToolApproval
    type: Literal["submit_tool_approval"] = "submit_tool_approval"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["submit_tool_approval"]]("type")


from ..models.run_submit_tool_approval import RunSubmitToolApproval

table_of(
    RunRequiredActionSubmitToolApproval,
    field("type", const("submit_tool_approval"), required=True),
    field("submit_tool_approval", model_of(RunSubmitToolApproval), required=True),
    extra=ANY,
)
