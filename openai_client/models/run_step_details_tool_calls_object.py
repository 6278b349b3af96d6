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


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsObject(ExtraFields["Any"]):
    """The step called tools.

    Attributes:
        type (Literal['tool_calls']): Always `tool_calls`.
        tool_calls (list[RunStepDetailsToolCallsAzureAISearchObject | RunStepDetailsToolCallsAzureFunctionObject | RunStepDetailsToolCallsBingCustomSearchObject | RunStepDetailsToolCallsBingGroundingObject | RunStepDetailsToolCallsBrowserAutomationObject | RunStepDetailsToolCallsCodeObject | RunStepDetailsToolCallsConnectedAgentObject | RunStepDetailsToolCallsDeepResearchObject | RunStepDetailsToolCallsFabricObject | RunStepDetailsToolCallsFileSearchObject | RunStepDetailsToolCallsFunctionObject | RunStepDetailsToolCallsMcpObject | RunStepDetailsToolCallsOpenApiObject | RunStepDetailsToolCallsSharepointObject | UnknownRunStepDetailsToolCall]): The calls, one per tool use.
    """

    tool_calls: list[
        RunStepDetailsToolCallsAzureAISearchObject
        | RunStepDetailsToolCallsAzureFunctionObject
        | RunStepDetailsToolCallsBingCustomSearchObject
        | RunStepDetailsToolCallsBingGroundingObject
        | RunStepDetailsToolCallsBrowserAutomationObject
        | RunStepDetailsToolCallsCodeObject
        | RunStepDetailsToolCallsConnectedAgentObject
        | RunStepDetailsToolCallsDeepResearchObject
        | RunStepDetailsToolCallsFabricObject
        | RunStepDetailsToolCallsFileSearchObject
        | RunStepDetailsToolCallsFunctionObject
        | RunStepDetailsToolCallsMcpObject
        | RunStepDetailsToolCallsOpenApiObject
        | RunStepDetailsToolCallsSharepointObject
        | UnknownRunStepDetailsToolCall
    ]
    type: Literal["tool_calls"] = "tool_calls"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["tool_calls"]]("type")


from ..models.run_step_details_tool_calls_azure_ai_search_object import RunStepDetailsToolCallsAzureAISearchObject
from ..models.run_step_details_tool_calls_azure_function_object import RunStepDetailsToolCallsAzureFunctionObject
from ..models.run_step_details_tool_calls_bing_custom_search_object import RunStepDetailsToolCallsBingCustomSearchObject
from ..models.run_step_details_tool_calls_bing_grounding_object import RunStepDetailsToolCallsBingGroundingObject
from ..models.run_step_details_tool_calls_browser_automation_object import (
    RunStepDetailsToolCallsBrowserAutomationObject,
)
from ..models.run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
from ..models.run_step_details_tool_calls_connected_agent_object import RunStepDetailsToolCallsConnectedAgentObject
from ..models.run_step_details_tool_calls_deep_research_object import RunStepDetailsToolCallsDeepResearchObject
from ..models.run_step_details_tool_calls_fabric_object import RunStepDetailsToolCallsFabricObject
from ..models.run_step_details_tool_calls_file_search_object import RunStepDetailsToolCallsFileSearchObject
from ..models.run_step_details_tool_calls_function_object import RunStepDetailsToolCallsFunctionObject
from ..models.run_step_details_tool_calls_mcp_object import RunStepDetailsToolCallsMcpObject
from ..models.run_step_details_tool_calls_open_api_object import RunStepDetailsToolCallsOpenApiObject
from ..models.run_step_details_tool_calls_sharepoint_object import RunStepDetailsToolCallsSharepointObject
from ..models.unknown_run_step_details_tool_call import UnknownRunStepDetailsToolCall

table_of(
    RunStepDetailsToolCallsObject,
    field("type", const("tool_calls"), required=True),
    field(
        "tool_calls",
        list_of(
            union_of(
                "type",
                {
                    "code_interpreter": RunStepDetailsToolCallsCodeObject,
                    "file_search": RunStepDetailsToolCallsFileSearchObject,
                    "function": RunStepDetailsToolCallsFunctionObject,
                    "azure_ai_search": RunStepDetailsToolCallsAzureAISearchObject,
                    "bing_grounding": RunStepDetailsToolCallsBingGroundingObject,
                    "bing_custom_search": RunStepDetailsToolCallsBingCustomSearchObject,
                    "openapi": RunStepDetailsToolCallsOpenApiObject,
                    "azure_function": RunStepDetailsToolCallsAzureFunctionObject,
                    "connected_agent": RunStepDetailsToolCallsConnectedAgentObject,
                    "mcp": RunStepDetailsToolCallsMcpObject,
                    "deep_research": RunStepDetailsToolCallsDeepResearchObject,
                    "fabric_dataagent": RunStepDetailsToolCallsFabricObject,
                    "sharepoint_grounding": RunStepDetailsToolCallsSharepointObject,
                    "browser_automation": RunStepDetailsToolCallsBrowserAutomationObject,
                },
                fallback=UnknownRunStepDetailsToolCall,
            )
        ),
        required=True,
    ),
    extra=ANY,
)
