from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsMcpObject(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): changes to the MCP calls of a step, while streaming.

    Attributes:
        type (Literal['mcp']): Always `mcp`.
        tool_calls (list[RunStepDeltaStepDetailsToolCallsMcpObject] | Unset): Changes to MCP calls.
    """

    type: Literal["mcp"] = "mcp"
    tool_calls: list[RunStepDeltaStepDetailsToolCallsMcpObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp"]]("type")


from ..models.run_step_delta_step_details_tool_calls_mcp_object import RunStepDeltaStepDetailsToolCallsMcpObject

table_of(
    RunStepDeltaStepDetailsMcpObject,
    field("type", const("mcp"), required=True),
    field("tool_calls", list_of(model_of(RunStepDeltaStepDetailsToolCallsMcpObject))),
    extra=ANY,
)
