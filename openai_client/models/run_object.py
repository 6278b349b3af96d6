from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    BOOLEAN,
    INTEGER,
    NUMBER,
    STRING,
    const,
    enum_of,
    field,
    list_of,
    model_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from ..models.run_status import RunStatus
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunObject(ExtraFields["Any"]):
    """A run: one execution of an assistant on a thread.

    Attributes:
        id (str): The identifier, which can be referenced in API endpoints.
        object (Literal['thread.run']): The object type, which is always `thread.run`.
        created_at (int): The Unix timestamp (in seconds) for when the run was created.
        thread_id (str): The ID of the thread that was executed on as a part of this run.
        assistant_id (str): The ID of the assistant used for execution of this run.
        status (RunStatus): The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`,
            `cancelled`, `failed`, `completed`, `incomplete`, or `expired`. Foundry Agent Service's description has no
            `incomplete` (its runs end `completed` or `failed` instead); the value stays here for OpenAI's servers.
        required_action (None | RunRequiredAction | RunRequiredActionSubmitToolApproval | UnknownRunObjectRequiredAction): What the run needs before it can go on; only set while the status is `requires_action`.
        last_error (None | RunLastError): The last error of the run; `null` when there was none.
        expires_at (int | None): The Unix timestamp (in seconds) for when the run will expire.
        started_at (int | None): The Unix timestamp (in seconds) for when the run was started.
        cancelled_at (int | None): The Unix timestamp (in seconds) for when the run was cancelled.
        failed_at (int | None): The Unix timestamp (in seconds) for when the run failed.
        completed_at (int | None): The Unix timestamp (in seconds) for when the run was completed.
        incomplete_details (None | RunIncompleteDetails): Why the run ended `incomplete`; `null` when it did not.
        model (str): The model that the assistant used for this run.
        instructions (None | str): The instructions that the assistant used for this run; `null` when it had none.
        tools (list[AssistantToolsAzureAISearch | AssistantToolsAzureFunction | AssistantToolsBingCustomSearch | AssistantToolsBingGrounding | AssistantToolsBrowserAutomation | AssistantToolsCode | AssistantToolsConnectedAgent | AssistantToolsDeepResearch | AssistantToolsFabric | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsMcp | AssistantToolsOpenApi | AssistantToolsSharepoint | UnknownAssistantTool]): The list of tools that the assistant used for this run.
        metadata (Metadata | None): Metadata, or `null`.
        usage (None | RunCompletionUsage): Token usage of the run; `null` until the run is in a terminal state.
        max_prompt_tokens (int | None): The maximum number of prompt tokens specified to have been used over the course of the run.
        max_completion_tokens (int | None): The maximum number of completion tokens specified to have been used over the course of the run.
        truncation_strategy (None | TruncationObject): How the thread was truncated before the run.
        tool_choice (AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None): Which tool, if any, the model was steered to call.
        parallel_tool_calls (bool): Whether the model may call several tools at once.
        response_format (AssistantsApiResponseFormatAuto | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | UnknownAssistantsApiResponseFormatOption): The format the model was asked to answer in.
        temperature (float | None | Unset): The sampling temperature used for this run. If not set, defaults to 1.
        top_p (float | None | Unset): The nucleus sampling value used for this run. If not set, defaults to 1.
        tool_resources (None | ThreadObjectToolResources | Unset): Foundry: the tool resources this run used in place of its assistant's (sent by Foundry Agent Service only;
            OpenAI's runs have no such field).
    """

    id: str
    created_at: int
    thread_id: str
    assistant_id: str
    status: RunStatus
    required_action: None | RunRequiredAction | RunRequiredActionSubmitToolApproval | UnknownRunObjectRequiredAction
    last_error: None | RunLastError
    expires_at: int | None
    started_at: int | None
    cancelled_at: int | None
    failed_at: int | None
    completed_at: int | None
    incomplete_details: None | RunIncompleteDetails
    model: str
    instructions: None | str
    tools: list[
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
    metadata: Metadata | None
    usage: None | RunCompletionUsage
    max_prompt_tokens: int | None
    max_completion_tokens: int | None
    truncation_strategy: None | TruncationObject
    tool_choice: AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None
    parallel_tool_calls: bool
    response_format: (
        AssistantsApiResponseFormatAuto
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | UnknownAssistantsApiResponseFormatOption
    )
    object: Literal["thread.run"] = "thread.run"
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    tool_resources: None | ThreadObjectToolResources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[Literal["thread.run"]]("object")


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
from ..models.metadata import Metadata
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.run_completion_usage import RunCompletionUsage
from ..models.run_incomplete_details import RunIncompleteDetails
from ..models.run_last_error import RunLastError
from ..models.run_required_action import RunRequiredAction
from ..models.run_required_action_submit_tool_approval import RunRequiredActionSubmitToolApproval
from ..models.thread_object_tool_resources import ThreadObjectToolResources
from ..models.truncation_object import TruncationObject
from ..models.unknown_assistant_tool import UnknownAssistantTool
from ..models.unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption
from ..models.unknown_run_object_required_action import UnknownRunObjectRequiredAction

table_of(
    RunObject,
    field("id", STRING, required=True),
    field("object", const("thread.run", fixes_kind=True), required=True),
    field("created_at", INTEGER, required=True),
    field("thread_id", STRING, required=True),
    field("assistant_id", STRING, required=True),
    field("status", enum_of(RunStatus), required=True),
    field(
        "required_action",
        union_of(
            "type",
            {"submit_tool_outputs": RunRequiredAction, "submit_tool_approval": RunRequiredActionSubmitToolApproval},
            fallback=UnknownRunObjectRequiredAction,
        ),
        required=True,
        nullable=True,
    ),
    field("last_error", model_of(RunLastError), required=True, nullable=True),
    field("expires_at", INTEGER, required=True, nullable=True),
    field("started_at", INTEGER, required=True, nullable=True),
    field("cancelled_at", INTEGER, required=True, nullable=True),
    field("failed_at", INTEGER, required=True, nullable=True),
    field("completed_at", INTEGER, required=True, nullable=True),
    field("incomplete_details", model_of(RunIncompleteDetails), required=True, nullable=True),
    field("model", STRING, required=True),
    field("instructions", STRING, required=True, nullable=True),
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
        required=True,
    ),
    field("metadata", model_of(Metadata), required=True, nullable=True),
    field("usage", model_of(RunCompletionUsage), required=True, nullable=True),
    field("max_prompt_tokens", INTEGER, required=True, nullable=True),
    field("max_completion_tokens", INTEGER, required=True, nullable=True),
    field("truncation_strategy", model_of(TruncationObject), required=True, nullable=True),
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
        required=True,
        nullable=True,
    ),
    field("parallel_tool_calls", BOOLEAN, required=True),
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
        required=True,
        nullable=True,
    ),
    field("temperature", NUMBER, nullable=True),
    field("top_p", NUMBER, nullable=True),
    field("tool_resources", model_of(ThreadObjectToolResources), nullable=True),
    extra=ANY,
)
