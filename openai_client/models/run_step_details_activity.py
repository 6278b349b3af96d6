from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsActivity(ExtraFields["Any"]):
    """The tools an MCP server offered.

    Attributes:
        type (Literal['mcp_list_tools']): Always `mcp_list_tools`.
        id (str): The activity's ID.
        server_label (str): The server's label.
        tools (RunStepDetailsActivityTools): The server's tools, by name.
    """

    id: str
    server_label: str
    tools: RunStepDetailsActivityTools
    type: Literal["mcp_list_tools"] = "mcp_list_tools"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp_list_tools"]]("type")


from ..models.run_step_details_activity_tools import RunStepDetailsActivityTools

table_of(
    RunStepDetailsActivity,
    field("type", const("mcp_list_tools"), required=True),
    field("id", STRING, required=True),
    field("server_label", STRING, required=True),
    field("tools", model_of(RunStepDetailsActivityTools), required=True),
    extra=ANY,
)
