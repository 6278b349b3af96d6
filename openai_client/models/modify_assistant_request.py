from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    CLOSED,
    NUMBER,
    STRING,
    enum_of,
    field,
    list_of,
    model_of,
    table_of,
    union_of,
)
from .._model import Model
from ..models.assistant_supported_models import AssistantSupportedModels
from ..models.assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from ..models.reasoning_effort import ReasoningEffort
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_supported_models import AssistantSupportedModelsLiteral
    from ..models.assistant_tools_azure_ai_search import AssistantToolsAzureAISearchParam
    from ..models.assistant_tools_azure_function import AssistantToolsAzureFunctionParam
    from ..models.assistant_tools_bing_custom_search import AssistantToolsBingCustomSearchParam
    from ..models.assistant_tools_bing_grounding import AssistantToolsBingGroundingParam
    from ..models.assistant_tools_browser_automation import AssistantToolsBrowserAutomationParam
    from ..models.assistant_tools_code import AssistantToolsCodeParam
    from ..models.assistant_tools_connected_agent import AssistantToolsConnectedAgentParam
    from ..models.assistant_tools_deep_research import AssistantToolsDeepResearchParam
    from ..models.assistant_tools_fabric import AssistantToolsFabricParam
    from ..models.assistant_tools_file_search import AssistantToolsFileSearchParam
    from ..models.assistant_tools_function import AssistantToolsFunctionParam
    from ..models.assistant_tools_mcp import AssistantToolsMcpParam
    from ..models.assistant_tools_open_api import AssistantToolsOpenApiParam
    from ..models.assistant_tools_sharepoint import AssistantToolsSharepointParam
    from ..models.assistants_api_response_format_auto import AssistantsApiResponseFormatAutoLiteral
    from ..models.reasoning_effort import ReasoningEffortLiteral
    from ..models.response_format_json_object import ResponseFormatJsonObjectParam
    from ..models.response_format_json_schema import ResponseFormatJsonSchemaParam
    from ..models.response_format_text import ResponseFormatTextParam
    from ..models.thread_object_tool_resources import ThreadObjectToolResourcesParam


def _convert_model(
    value: str | AssistantSupportedModels | AssistantSupportedModelsLiteral | Unset,
) -> AssistantSupportedModels | str | Unset:
    return ModifyAssistantRequest.__table__.convert("model", value)  # type: ignore[no-any-return]


def _convert_reasoning_effort(
    value: ReasoningEffort | ReasoningEffortLiteral | None | Unset,
) -> None | ReasoningEffort | Unset:
    return ModifyAssistantRequest.__table__.convert("reasoning_effort", value)  # type: ignore[no-any-return]


def _convert_tools(
    value: Sequence[
        AssistantToolsCode
        | AssistantToolsCodeParam
        | AssistantToolsFileSearch
        | AssistantToolsFileSearchParam
        | AssistantToolsFunction
        | AssistantToolsFunctionParam
        | AssistantToolsAzureAISearch
        | AssistantToolsAzureAISearchParam
        | AssistantToolsBingGrounding
        | AssistantToolsBingGroundingParam
        | AssistantToolsBingCustomSearch
        | AssistantToolsBingCustomSearchParam
        | AssistantToolsOpenApi
        | AssistantToolsOpenApiParam
        | AssistantToolsAzureFunction
        | AssistantToolsAzureFunctionParam
        | AssistantToolsConnectedAgent
        | AssistantToolsConnectedAgentParam
        | AssistantToolsMcp
        | AssistantToolsMcpParam
        | AssistantToolsDeepResearch
        | AssistantToolsDeepResearchParam
        | AssistantToolsFabric
        | AssistantToolsFabricParam
        | AssistantToolsSharepoint
        | AssistantToolsSharepointParam
        | AssistantToolsBrowserAutomation
        | AssistantToolsBrowserAutomationParam
        | UnknownAssistantTool
    ]
    | Unset,
) -> (
    list[
        AssistantToolsAzureAISearch
        | AssistantToolsAzureFunction
        | AssistantToolsBingCustomSearch
        | AssistantToolsBingGrounding
        | AssistantToolsBrowserAutomation
        | AssistantToolsCode
        | AssistantToolsConnectedAgent
        | AssistantToolsDeepResearch
        | AssistantToolsFabric
        | AssistantToolsFileSearch
        | AssistantToolsFunction
        | AssistantToolsMcp
        | AssistantToolsOpenApi
        | AssistantToolsSharepoint
        | UnknownAssistantTool
    ]
    | Unset
):
    return ModifyAssistantRequest.__table__.convert("tools", value)  # type: ignore[no-any-return]


def _convert_tool_resources(
    value: ThreadObjectToolResources | ThreadObjectToolResourcesParam | None | Unset,
) -> None | ThreadObjectToolResources | Unset:
    return ModifyAssistantRequest.__table__.convert("tool_resources", value)  # type: ignore[no-any-return]


def _convert_metadata(value: Metadata | Mapping[str, str] | None | Unset) -> Metadata | None | Unset:
    return ModifyAssistantRequest.__table__.convert("metadata", value)  # type: ignore[no-any-return]


def _convert_response_format(
    value: AssistantsApiResponseFormatAuto
    | AssistantsApiResponseFormatAutoLiteral
    | ResponseFormatText
    | ResponseFormatTextParam
    | ResponseFormatJsonObject
    | ResponseFormatJsonObjectParam
    | ResponseFormatJsonSchema
    | ResponseFormatJsonSchemaParam
    | UnknownAssistantsApiResponseFormatOption
    | None
    | Unset,
) -> (
    AssistantsApiResponseFormatAuto
    | None
    | ResponseFormatJsonObject
    | ResponseFormatJsonSchema
    | ResponseFormatText
    | UnknownAssistantsApiResponseFormatOption
    | Unset
):
    return ModifyAssistantRequest.__table__.convert("response_format", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ModifyAssistantRequest(Model):
    """The fields of an assistant to change; those left out keep their value.

    Attributes:
        model (AssistantSupportedModels | str | Unset): Model ID, one of the known names or any other.
        name (None | str | Unset): A name for the assistant, up to 256 characters.
        description (None | str | Unset): What the assistant is for, up to 512 characters.
        instructions (None | str | Unset): The system instructions the assistant follows, up to 256,000 characters.
        reasoning_effort (None | ReasoningEffort | Unset): Reasoning effort, or `null`.
        tools (list[AssistantToolsAzureAISearch | AssistantToolsAzureFunction | AssistantToolsBingCustomSearch | AssistantToolsBingGrounding | AssistantToolsBrowserAutomation | AssistantToolsCode | AssistantToolsConnectedAgent | AssistantToolsDeepResearch | AssistantToolsFabric | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsMcp | AssistantToolsOpenApi | AssistantToolsSharepoint | UnknownAssistantTool] | Unset): Tools the assistant may use (code interpreter, file search, functions), at most 128.
        tool_resources (None | ThreadObjectToolResources | Unset): Files for the code interpreter, and the vector store for file search.
        metadata (Metadata | None | Unset): Metadata, or `null`.
        temperature (float | None | Unset): Sampling temperature, 0 to 2.
        top_p (float | None | Unset): Nucleus sampling mass, 0 to 1.
        response_format (AssistantsApiResponseFormatAuto | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | UnknownAssistantsApiResponseFormatOption | Unset): The format the model answers in.
    """

    model: AssistantSupportedModels | str | Unset = _attrs_field(default=UNSET, converter=_convert_model)
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    reasoning_effort: None | ReasoningEffort | Unset = _attrs_field(default=UNSET, converter=_convert_reasoning_effort)
    tools: (
        list[
            AssistantToolsAzureAISearch
            | AssistantToolsAzureFunction
            | AssistantToolsBingCustomSearch
            | AssistantToolsBingGrounding
            | AssistantToolsBrowserAutomation
            | AssistantToolsCode
            | AssistantToolsConnectedAgent
            | AssistantToolsDeepResearch
            | AssistantToolsFabric
            | AssistantToolsFileSearch
            | AssistantToolsFunction
            | AssistantToolsMcp
            | AssistantToolsOpenApi
            | AssistantToolsSharepoint
            | UnknownAssistantTool
        ]
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_tools)
    tool_resources: None | ThreadObjectToolResources | Unset = _attrs_field(
        default=UNSET, converter=_convert_tool_resources
    )
    metadata: Metadata | None | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    response_format: (
        AssistantsApiResponseFormatAuto
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | UnknownAssistantsApiResponseFormatOption
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_response_format)


class ModifyAssistantRequestParam(TypedDict, total=False):
    """The dict form of ModifyAssistantRequest: what a request takes in its place (checked before sending)."""

    model: str | AssistantSupportedModels | AssistantSupportedModelsLiteral
    name: str | None
    description: str | None
    instructions: str | None
    reasoning_effort: ReasoningEffort | ReasoningEffortLiteral | None
    tools: Sequence[
        AssistantToolsCode
        | AssistantToolsCodeParam
        | AssistantToolsFileSearch
        | AssistantToolsFileSearchParam
        | AssistantToolsFunction
        | AssistantToolsFunctionParam
        | AssistantToolsAzureAISearch
        | AssistantToolsAzureAISearchParam
        | AssistantToolsBingGrounding
        | AssistantToolsBingGroundingParam
        | AssistantToolsBingCustomSearch
        | AssistantToolsBingCustomSearchParam
        | AssistantToolsOpenApi
        | AssistantToolsOpenApiParam
        | AssistantToolsAzureFunction
        | AssistantToolsAzureFunctionParam
        | AssistantToolsConnectedAgent
        | AssistantToolsConnectedAgentParam
        | AssistantToolsMcp
        | AssistantToolsMcpParam
        | AssistantToolsDeepResearch
        | AssistantToolsDeepResearchParam
        | AssistantToolsFabric
        | AssistantToolsFabricParam
        | AssistantToolsSharepoint
        | AssistantToolsSharepointParam
        | AssistantToolsBrowserAutomation
        | AssistantToolsBrowserAutomationParam
        | UnknownAssistantTool
    ]
    tool_resources: ThreadObjectToolResources | ThreadObjectToolResourcesParam | None
    metadata: Metadata | Mapping[str, str] | None
    temperature: float | None
    top_p: float | None
    response_format: (
        AssistantsApiResponseFormatAuto
        | AssistantsApiResponseFormatAutoLiteral
        | ResponseFormatText
        | ResponseFormatTextParam
        | ResponseFormatJsonObject
        | ResponseFormatJsonObjectParam
        | ResponseFormatJsonSchema
        | ResponseFormatJsonSchemaParam
        | UnknownAssistantsApiResponseFormatOption
        | None
    )


from ..models.assistant_tools_azure_ai_search import AssistantToolsAzureAISearch
from ..models.assistant_tools_azure_function import AssistantToolsAzureFunction
from ..models.assistant_tools_bing_custom_search import AssistantToolsBingCustomSearch
from ..models.assistant_tools_bing_grounding import AssistantToolsBingGrounding
from ..models.assistant_tools_browser_automation import AssistantToolsBrowserAutomation
from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_connected_agent import AssistantToolsConnectedAgent
from ..models.assistant_tools_deep_research import AssistantToolsDeepResearch
from ..models.assistant_tools_fabric import AssistantToolsFabric
from ..models.assistant_tools_file_search import AssistantToolsFileSearch
from ..models.assistant_tools_function import AssistantToolsFunction
from ..models.assistant_tools_mcp import AssistantToolsMcp
from ..models.assistant_tools_open_api import AssistantToolsOpenApi
from ..models.assistant_tools_sharepoint import AssistantToolsSharepoint
from ..models.metadata import Metadata
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.thread_object_tool_resources import ThreadObjectToolResources
from ..models.unknown_assistant_tool import UnknownAssistantTool
from ..models.unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption

table_of(
    ModifyAssistantRequest,
    field(
        "model",
        union_of(
            None,
            {},
            others=(
                STRING,
                enum_of(AssistantSupportedModels),
            ),
        ),
    ),
    field("name", STRING, nullable=True),
    field("description", STRING, nullable=True),
    field("instructions", STRING, nullable=True),
    field("reasoning_effort", enum_of(ReasoningEffort), nullable=True),
    field(
        "tools",
        list_of(
            union_of(
                "type",
                {
                    "code_interpreter": AssistantToolsCode,
                    "file_search": AssistantToolsFileSearch,
                    "function": AssistantToolsFunction,
                    "azure_ai_search": AssistantToolsAzureAISearch,
                    "bing_grounding": AssistantToolsBingGrounding,
                    "bing_custom_search": AssistantToolsBingCustomSearch,
                    "openapi": AssistantToolsOpenApi,
                    "azure_function": AssistantToolsAzureFunction,
                    "connected_agent": AssistantToolsConnectedAgent,
                    "mcp": AssistantToolsMcp,
                    "deep_research": AssistantToolsDeepResearch,
                    "fabric_dataagent": AssistantToolsFabric,
                    "sharepoint_grounding": AssistantToolsSharepoint,
                    "browser_automation": AssistantToolsBrowserAutomation,
                },
                fallback=UnknownAssistantTool,
            )
        ),
    ),
    field("tool_resources", model_of(ThreadObjectToolResources), nullable=True),
    field("metadata", model_of(Metadata), nullable=True),
    field("temperature", NUMBER, nullable=True),
    field("top_p", NUMBER, nullable=True),
    field(
        "response_format",
        union_of(
            "type",
            {
                "text": ResponseFormatText,
                "json_object": ResponseFormatJsonObject,
                "json_schema": ResponseFormatJsonSchema,
            },
            fallback=UnknownAssistantsApiResponseFormatOption,
            others=(enum_of(AssistantsApiResponseFormatAuto),),
        ),
        nullable=True,
    ),
    extra=CLOSED,
)
