from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    BOOLEAN,
    CLOSED,
    INTEGER,
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
from ..models.assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from ..models.thread_and_run_supported_models import ThreadAndRunSupportedModels
from ..types import UNSET, Unset

if TYPE_CHECKING:
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
    from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceModeLiteral
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoiceParam
    from ..models.create_thread_request import CreateThreadRequestParam
    from ..models.response_format_json_object import ResponseFormatJsonObjectParam
    from ..models.response_format_json_schema import ResponseFormatJsonSchemaParam
    from ..models.response_format_text import ResponseFormatTextParam
    from ..models.thread_and_run_supported_models import ThreadAndRunSupportedModelsLiteral
    from ..models.thread_and_run_tool_resources import ThreadAndRunToolResourcesParam
    from ..models.truncation_object import TruncationObjectParam


def _convert_thread(value: CreateThreadRequest | CreateThreadRequestParam | Unset) -> CreateThreadRequest | Unset:
    return CreateThreadAndRunRequest.__table__.convert("thread", value)  # type: ignore[no-any-return]


def _convert_model(
    value: str | ThreadAndRunSupportedModels | ThreadAndRunSupportedModelsLiteral | None | Unset,
) -> None | str | ThreadAndRunSupportedModels | Unset:
    return CreateThreadAndRunRequest.__table__.convert("model", value)  # type: ignore[no-any-return]


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
    | None
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
    | None
    | Unset
):
    return CreateThreadAndRunRequest.__table__.convert("tools", value)  # type: ignore[no-any-return]


def _convert_tool_resources(
    value: ThreadAndRunToolResources | ThreadAndRunToolResourcesParam | None | Unset,
) -> None | ThreadAndRunToolResources | Unset:
    return CreateThreadAndRunRequest.__table__.convert("tool_resources", value)  # type: ignore[no-any-return]


def _convert_metadata(value: Metadata | Mapping[str, str] | None | Unset) -> Metadata | None | Unset:
    return CreateThreadAndRunRequest.__table__.convert("metadata", value)  # type: ignore[no-any-return]


def _convert_truncation_strategy(
    value: TruncationObject | TruncationObjectParam | None | Unset,
) -> None | TruncationObject | Unset:
    return CreateThreadAndRunRequest.__table__.convert("truncation_strategy", value)  # type: ignore[no-any-return]


def _convert_tool_choice(
    value: AssistantsApiToolChoiceMode
    | AssistantsApiToolChoiceModeLiteral
    | AssistantsNamedToolChoice
    | AssistantsNamedToolChoiceParam
    | None
    | Unset,
) -> AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset:
    return CreateThreadAndRunRequest.__table__.convert("tool_choice", value)  # type: ignore[no-any-return]


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
    return CreateThreadAndRunRequest.__table__.convert("response_format", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CreateThreadAndRunRequest(Model):
    """A new thread and what to run on it.

    Attributes:
        assistant_id (str): Assistant to run.
        thread (CreateThreadRequest | Unset): A thread to create.
        model (None | str | ThreadAndRunSupportedModels | Unset): Model to use instead of the assistant's.
        instructions (None | str | Unset): Instructions that replace the assistant's for this run.
        tools (list[AssistantToolsAzureAISearch | AssistantToolsAzureFunction | AssistantToolsBingCustomSearch | AssistantToolsBingGrounding | AssistantToolsBrowserAutomation | AssistantToolsCode | AssistantToolsConnectedAgent | AssistantToolsDeepResearch | AssistantToolsFabric | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsMcp | AssistantToolsOpenApi | AssistantToolsSharepoint | UnknownAssistantTool] | None | Unset): Tools that replace the assistant's for this run.
        tool_resources (None | ThreadAndRunToolResources | Unset): Files and vector stores for the tools of this run.
        metadata (Metadata | None | Unset): Metadata, or `null`.
        temperature (float | None | Unset): Sampling temperature, 0 to 2.
        top_p (float | None | Unset): Nucleus sampling mass, 0 to 1.
        stream (bool | None | Unset): Answer with server-sent events instead of the run. Set for you by the endpoint's `stream`/`astream`;
            `sync`/`asyncio` read a run and refuse it.
        max_prompt_tokens (int | None | Unset): Most prompt tokens the run may use.
        max_completion_tokens (int | None | Unset): Most completion tokens the run may use.
        truncation_strategy (None | TruncationObject | Unset): How to truncate the thread before the run.
        tool_choice (AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset): Which tool, if any, the model must call.
        parallel_tool_calls (bool | Unset): Whether the model may call several tools at once.
        response_format (AssistantsApiResponseFormatAuto | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | UnknownAssistantsApiResponseFormatOption | Unset): Format the model must answer in.
    """

    assistant_id: str
    thread: CreateThreadRequest | Unset = _attrs_field(default=UNSET, converter=_convert_thread)
    model: None | str | ThreadAndRunSupportedModels | Unset = _attrs_field(default=UNSET, converter=_convert_model)
    instructions: None | str | Unset = UNSET
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
        | None
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_tools)
    tool_resources: None | ThreadAndRunToolResources | Unset = _attrs_field(
        default=UNSET, converter=_convert_tool_resources
    )
    metadata: Metadata | None | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    max_prompt_tokens: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    truncation_strategy: None | TruncationObject | Unset = _attrs_field(
        default=UNSET, converter=_convert_truncation_strategy
    )
    tool_choice: AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_tool_choice
    )
    parallel_tool_calls: bool | Unset = UNSET
    response_format: (
        AssistantsApiResponseFormatAuto
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | UnknownAssistantsApiResponseFormatOption
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_response_format)


class CreateThreadAndRunRequestParam(TypedDict, total=False):
    """The dict form of CreateThreadAndRunRequest: what a request takes in its place (checked before sending)."""

    assistant_id: Required[str]
    thread: CreateThreadRequest | CreateThreadRequestParam
    model: str | ThreadAndRunSupportedModels | ThreadAndRunSupportedModelsLiteral | None
    instructions: str | None
    tools: (
        Sequence[
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
        | None
    )
    tool_resources: ThreadAndRunToolResources | ThreadAndRunToolResourcesParam | None
    metadata: Metadata | Mapping[str, str] | None
    temperature: float | None
    top_p: float | None
    stream: bool | None
    max_prompt_tokens: int | None
    max_completion_tokens: int | None
    truncation_strategy: TruncationObject | TruncationObjectParam | None
    tool_choice: (
        AssistantsApiToolChoiceMode
        | AssistantsApiToolChoiceModeLiteral
        | AssistantsNamedToolChoice
        | AssistantsNamedToolChoiceParam
        | None
    )
    parallel_tool_calls: bool
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
from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
from ..models.create_thread_request import CreateThreadRequest
from ..models.metadata import Metadata
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.thread_and_run_tool_resources import ThreadAndRunToolResources
from ..models.truncation_object import TruncationObject
from ..models.unknown_assistant_tool import UnknownAssistantTool
from ..models.unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption

table_of(
    CreateThreadAndRunRequest,
    field("assistant_id", STRING, required=True),
    field("thread", model_of(CreateThreadRequest)),
    field(
        "model",
        union_of(
            None,
            {},
            others=(
                STRING,
                enum_of(ThreadAndRunSupportedModels),
            ),
        ),
        nullable=True,
    ),
    field("instructions", STRING, nullable=True),
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
        nullable=True,
    ),
    field("tool_resources", model_of(ThreadAndRunToolResources), nullable=True),
    field("metadata", model_of(Metadata), nullable=True),
    field("temperature", NUMBER, nullable=True),
    field("top_p", NUMBER, nullable=True),
    field("stream", BOOLEAN, nullable=True),
    field("max_prompt_tokens", INTEGER, nullable=True),
    field("max_completion_tokens", INTEGER, nullable=True),
    field("truncation_strategy", model_of(TruncationObject), nullable=True),
    field(
        "tool_choice",
        union_of(
            "type",
            {
                "function": AssistantsNamedToolChoice,
                "code_interpreter": AssistantsNamedToolChoice,
                "file_search": AssistantsNamedToolChoice,
                "bing_grounding": AssistantsNamedToolChoice,
                "fabric_dataagent": AssistantsNamedToolChoice,
                "sharepoint_grounding": AssistantsNamedToolChoice,
                "azure_ai_search": AssistantsNamedToolChoice,
                "bing_custom_search": AssistantsNamedToolChoice,
                "connected_agent": AssistantsNamedToolChoice,
                "deep_research": AssistantsNamedToolChoice,
                "mcp": AssistantsNamedToolChoice,
            },
            others=(enum_of(AssistantsApiToolChoiceMode),),
        ),
        nullable=True,
    ),
    field("parallel_tool_calls", BOOLEAN),
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
