from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsObject(ExtraFields["Any"]):
    """Changes to the tool calls of a tool-calls step.

    Attributes:
        type (Literal['tool_calls']): Always `tool_calls`.
        tool_calls (list[RunStepDeltaStepDetailsToolCallsAzureAISearchObject | RunStepDeltaStepDetailsToolCallsAzureFunctionObject | RunStepDeltaStepDetailsToolCallsBingCustomSearchObject | RunStepDeltaStepDetailsToolCallsBingGroundingObject | RunStepDeltaStepDetailsToolCallsCodeObject | RunStepDeltaStepDetailsToolCallsConnectedAgentObject | RunStepDeltaStepDetailsToolCallsDeepResearchObject | RunStepDeltaStepDetailsToolCallsFabricObject | RunStepDeltaStepDetailsToolCallsFileSearchObject | RunStepDeltaStepDetailsToolCallsFunctionObject | RunStepDeltaStepDetailsToolCallsMcpObject | RunStepDeltaStepDetailsToolCallsOpenApiObject | RunStepDeltaStepDetailsToolCallsSharepointObject | UnknownRunStepDeltaStepDetailsToolCall] | Unset): Changes to tool calls.
    """

    type: Literal["tool_calls"] = "tool_calls"
    tool_calls: (
        list[
            RunStepDeltaStepDetailsToolCallsAzureAISearchObject
            | RunStepDeltaStepDetailsToolCallsAzureFunctionObject
            | RunStepDeltaStepDetailsToolCallsBingCustomSearchObject
            | RunStepDeltaStepDetailsToolCallsBingGroundingObject
            | RunStepDeltaStepDetailsToolCallsCodeObject
            | RunStepDeltaStepDetailsToolCallsConnectedAgentObject
            | RunStepDeltaStepDetailsToolCallsDeepResearchObject
            | RunStepDeltaStepDetailsToolCallsFabricObject
            | RunStepDeltaStepDetailsToolCallsFileSearchObject
            | RunStepDeltaStepDetailsToolCallsFunctionObject
            | RunStepDeltaStepDetailsToolCallsMcpObject
            | RunStepDeltaStepDetailsToolCallsOpenApiObject
            | RunStepDeltaStepDetailsToolCallsSharepointObject
            | UnknownRunStepDeltaStepDetailsToolCall
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["tool_calls"]]("type")


from ..models.run_step_delta_step_details_tool_calls_azure_ai_search_object import (
    RunStepDeltaStepDetailsToolCallsAzureAISearchObject,
)
from ..models.run_step_delta_step_details_tool_calls_azure_function_object import (
    RunStepDeltaStepDetailsToolCallsAzureFunctionObject,
)
from ..models.run_step_delta_step_details_tool_calls_bing_custom_search_object import (
    RunStepDeltaStepDetailsToolCallsBingCustomSearchObject,
)
from ..models.run_step_delta_step_details_tool_calls_bing_grounding_object import (
    RunStepDeltaStepDetailsToolCallsBingGroundingObject,
)
from ..models.run_step_delta_step_details_tool_calls_code_object import RunStepDeltaStepDetailsToolCallsCodeObject
from ..models.run_step_delta_step_details_tool_calls_connected_agent_object import (
    RunStepDeltaStepDetailsToolCallsConnectedAgentObject,
)
from ..models.run_step_delta_step_details_tool_calls_deep_research_object import (
    RunStepDeltaStepDetailsToolCallsDeepResearchObject,
)
from ..models.run_step_delta_step_details_tool_calls_fabric_object import RunStepDeltaStepDetailsToolCallsFabricObject
from ..models.run_step_delta_step_details_tool_calls_file_search_object import (
    RunStepDeltaStepDetailsToolCallsFileSearchObject,
)
from ..models.run_step_delta_step_details_tool_calls_function_object import (
    RunStepDeltaStepDetailsToolCallsFunctionObject,
)
from ..models.run_step_delta_step_details_tool_calls_mcp_object import RunStepDeltaStepDetailsToolCallsMcpObject
from ..models.run_step_delta_step_details_tool_calls_open_api_object import (
    RunStepDeltaStepDetailsToolCallsOpenApiObject,
)
from ..models.run_step_delta_step_details_tool_calls_sharepoint_object import (
    RunStepDeltaStepDetailsToolCallsSharepointObject,
)
from ..models.unknown_run_step_delta_step_details_tool_call import UnknownRunStepDeltaStepDetailsToolCall

table_of(
    RunStepDeltaStepDetailsToolCallsObject,
    field("type", const("tool_calls"), required=True),
    field(
        "tool_calls",
        list_of(
            union_of(
                "type",
                {
                    "code_interpreter": RunStepDeltaStepDetailsToolCallsCodeObject,
                    "file_search": RunStepDeltaStepDetailsToolCallsFileSearchObject,
                    "function": RunStepDeltaStepDetailsToolCallsFunctionObject,
                    "azure_ai_search": RunStepDeltaStepDetailsToolCallsAzureAISearchObject,
                    "bing_grounding": RunStepDeltaStepDetailsToolCallsBingGroundingObject,
                    "bing_custom_search": RunStepDeltaStepDetailsToolCallsBingCustomSearchObject,
                    "openapi": RunStepDeltaStepDetailsToolCallsOpenApiObject,
                    "azure_function": RunStepDeltaStepDetailsToolCallsAzureFunctionObject,
                    "connected_agent": RunStepDeltaStepDetailsToolCallsConnectedAgentObject,
                    "mcp": RunStepDeltaStepDetailsToolCallsMcpObject,
                    "deep_research": RunStepDeltaStepDetailsToolCallsDeepResearchObject,
                    "fabric_dataagent": RunStepDeltaStepDetailsToolCallsFabricObject,
                    "sharepoint_grounding": RunStepDeltaStepDetailsToolCallsSharepointObject,
                },
                fallback=UnknownRunStepDeltaStepDetailsToolCall,
            )
        ),
    ),
    extra=ANY,
)
