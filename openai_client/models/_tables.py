"""The spec's named unions and the table of stream events (written by codegen/emit_tables.py)."""

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeAlias

from .assistant_tools_azure_ai_search import AssistantToolsAzureAISearch
from .assistant_tools_azure_function import AssistantToolsAzureFunction
from .assistant_tools_bing_custom_search import AssistantToolsBingCustomSearch
from .assistant_tools_bing_grounding import AssistantToolsBingGrounding
from .assistant_tools_browser_automation import AssistantToolsBrowserAutomation
from .assistant_tools_code import AssistantToolsCode
from .assistant_tools_connected_agent import AssistantToolsConnectedAgent
from .assistant_tools_deep_research import AssistantToolsDeepResearch
from .assistant_tools_fabric import AssistantToolsFabric
from .assistant_tools_file_search import AssistantToolsFileSearch
from .assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
from .assistant_tools_function import AssistantToolsFunction
from .assistant_tools_mcp import AssistantToolsMcp
from .assistant_tools_open_api import AssistantToolsOpenApi
from .assistant_tools_sharepoint import AssistantToolsSharepoint
from .assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from .assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from .assistants_named_tool_choice import AssistantsNamedToolChoice
from .auto_chunking_strategy import AutoChunkingStrategy
from .done_event import DoneEvent
from .error_event import ErrorEvent
from .mcp_approval_per_tool import MCPApprovalPerTool
from .mcp_required_approval_mode import MCPRequiredApprovalMode
from .message_content_image_file_object import MessageContentImageFileObject
from .message_content_image_url_object import MessageContentImageUrlObject
from .message_content_refusal_object import MessageContentRefusalObject
from .message_content_text_annotations_file_citation_object import MessageContentTextAnnotationsFileCitationObject
from .message_content_text_annotations_file_path_object import MessageContentTextAnnotationsFilePathObject
from .message_content_text_annotations_url_citation_object import MessageContentTextAnnotationsUrlCitationObject
from .message_content_text_object import MessageContentTextObject
from .message_delta_content_image_file_object import MessageDeltaContentImageFileObject
from .message_delta_content_image_url_object import MessageDeltaContentImageUrlObject
from .message_delta_content_refusal_object import MessageDeltaContentRefusalObject
from .message_delta_content_text_annotations_file_citation_object import (
    MessageDeltaContentTextAnnotationsFileCitationObject,
)
from .message_delta_content_text_annotations_file_path_object import MessageDeltaContentTextAnnotationsFilePathObject
from .message_delta_content_text_annotations_url_citation_object import (
    MessageDeltaContentTextAnnotationsUrlCitationObject,
)
from .message_delta_content_text_object import MessageDeltaContentTextObject
from .message_delta_object import MessageDeltaObject
from .message_object import MessageObject
from .message_request_content_text_object import MessageRequestContentTextObject
from .metadata import Metadata
from .open_api_anonymous_auth_details import OpenApiAnonymousAuthDetails
from .open_api_connection_auth_details import OpenApiConnectionAuthDetails
from .open_api_managed_auth_details import OpenApiManagedAuthDetails
from .reasoning_effort import ReasoningEffort
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_json_schema import ResponseFormatJsonSchema
from .response_format_text import ResponseFormatText
from .run_object import RunObject
from .run_step_delta_object import RunStepDeltaObject
from .run_step_delta_step_details_mcp_object import RunStepDeltaStepDetailsMcpObject
from .run_step_delta_step_details_message_creation_object import RunStepDeltaStepDetailsMessageCreationObject
from .run_step_delta_step_details_open_api_object import RunStepDeltaStepDetailsOpenApiObject
from .run_step_delta_step_details_tool_calls_azure_ai_search_object import (
    RunStepDeltaStepDetailsToolCallsAzureAISearchObject,
)
from .run_step_delta_step_details_tool_calls_azure_function_object import (
    RunStepDeltaStepDetailsToolCallsAzureFunctionObject,
)
from .run_step_delta_step_details_tool_calls_bing_custom_search_object import (
    RunStepDeltaStepDetailsToolCallsBingCustomSearchObject,
)
from .run_step_delta_step_details_tool_calls_bing_grounding_object import (
    RunStepDeltaStepDetailsToolCallsBingGroundingObject,
)
from .run_step_delta_step_details_tool_calls_code_object import RunStepDeltaStepDetailsToolCallsCodeObject
from .run_step_delta_step_details_tool_calls_code_output_image_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
)
from .run_step_delta_step_details_tool_calls_code_output_logs_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
)
from .run_step_delta_step_details_tool_calls_connected_agent_object import (
    RunStepDeltaStepDetailsToolCallsConnectedAgentObject,
)
from .run_step_delta_step_details_tool_calls_deep_research_object import (
    RunStepDeltaStepDetailsToolCallsDeepResearchObject,
)
from .run_step_delta_step_details_tool_calls_fabric_object import RunStepDeltaStepDetailsToolCallsFabricObject
from .run_step_delta_step_details_tool_calls_file_search_object import RunStepDeltaStepDetailsToolCallsFileSearchObject
from .run_step_delta_step_details_tool_calls_function_object import RunStepDeltaStepDetailsToolCallsFunctionObject
from .run_step_delta_step_details_tool_calls_mcp_object import RunStepDeltaStepDetailsToolCallsMcpObject
from .run_step_delta_step_details_tool_calls_object import RunStepDeltaStepDetailsToolCallsObject
from .run_step_delta_step_details_tool_calls_open_api_object import RunStepDeltaStepDetailsToolCallsOpenApiObject
from .run_step_delta_step_details_tool_calls_sharepoint_object import RunStepDeltaStepDetailsToolCallsSharepointObject
from .run_step_details_activities_object import RunStepDetailsActivitiesObject
from .run_step_details_message_creation_object import RunStepDetailsMessageCreationObject
from .run_step_details_tool_calls_azure_ai_search_object import RunStepDetailsToolCallsAzureAISearchObject
from .run_step_details_tool_calls_azure_function_object import RunStepDetailsToolCallsAzureFunctionObject
from .run_step_details_tool_calls_bing_custom_search_object import RunStepDetailsToolCallsBingCustomSearchObject
from .run_step_details_tool_calls_bing_grounding_object import RunStepDetailsToolCallsBingGroundingObject
from .run_step_details_tool_calls_browser_automation_object import RunStepDetailsToolCallsBrowserAutomationObject
from .run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
from .run_step_details_tool_calls_code_output_image_object import RunStepDetailsToolCallsCodeOutputImageObject
from .run_step_details_tool_calls_code_output_logs_object import RunStepDetailsToolCallsCodeOutputLogsObject
from .run_step_details_tool_calls_connected_agent_object import RunStepDetailsToolCallsConnectedAgentObject
from .run_step_details_tool_calls_deep_research_object import RunStepDetailsToolCallsDeepResearchObject
from .run_step_details_tool_calls_fabric_object import RunStepDetailsToolCallsFabricObject
from .run_step_details_tool_calls_file_search_object import RunStepDetailsToolCallsFileSearchObject
from .run_step_details_tool_calls_function_object import RunStepDetailsToolCallsFunctionObject
from .run_step_details_tool_calls_mcp_object import RunStepDetailsToolCallsMcpObject
from .run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
from .run_step_details_tool_calls_open_api_object import RunStepDetailsToolCallsOpenApiObject
from .run_step_details_tool_calls_sharepoint_object import RunStepDetailsToolCallsSharepointObject
from .run_step_object import RunStepObject
from .run_tool_call_mcp_object import RunToolCallMcpObject
from .run_tool_call_object import RunToolCallObject
from .static_chunking_strategy import StaticChunkingStrategy
from .thread_created import ThreadCreated
from .thread_message_completed import ThreadMessageCompleted
from .thread_message_created import ThreadMessageCreated
from .thread_message_delta import ThreadMessageDelta
from .thread_message_in_progress import ThreadMessageInProgress
from .thread_message_incomplete import ThreadMessageIncomplete
from .thread_object import ThreadObject
from .thread_run_cancelled import ThreadRunCancelled
from .thread_run_cancelling import ThreadRunCancelling
from .thread_run_completed import ThreadRunCompleted
from .thread_run_created import ThreadRunCreated
from .thread_run_expired import ThreadRunExpired
from .thread_run_failed import ThreadRunFailed
from .thread_run_in_progress import ThreadRunInProgress
from .thread_run_incomplete import ThreadRunIncomplete
from .thread_run_queued import ThreadRunQueued
from .thread_run_requires_action import ThreadRunRequiresAction
from .thread_run_step_cancelled import ThreadRunStepCancelled
from .thread_run_step_completed import ThreadRunStepCompleted
from .thread_run_step_created import ThreadRunStepCreated
from .thread_run_step_delta import ThreadRunStepDelta
from .thread_run_step_expired import ThreadRunStepExpired
from .thread_run_step_failed import ThreadRunStepFailed
from .thread_run_step_in_progress import ThreadRunStepInProgress
from .unknown_assistant_tool import UnknownAssistantTool
from .unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption
from .unknown_chunking_strategy import UnknownChunkingStrategy
from .unknown_message_attachment_tool import UnknownMessageAttachmentTool
from .unknown_message_content import UnknownMessageContent
from .unknown_message_content_part import UnknownMessageContentPart
from .unknown_message_content_text_annotation import UnknownMessageContentTextAnnotation
from .unknown_message_delta_content import UnknownMessageDeltaContent
from .unknown_message_delta_content_text_annotation import UnknownMessageDeltaContentTextAnnotation
from .unknown_open_api_auth_details import UnknownOpenApiAuthDetails
from .unknown_run_approval_tool_call import UnknownRunApprovalToolCall
from .unknown_run_step_delta_step_details import UnknownRunStepDeltaStepDetails
from .unknown_run_step_delta_step_details_tool_call import UnknownRunStepDeltaStepDetailsToolCall
from .unknown_run_step_delta_step_details_tool_calls_code_output import (
    UnknownRunStepDeltaStepDetailsToolCallsCodeOutput,
)
from .unknown_run_step_details import UnknownRunStepDetails
from .unknown_run_step_details_tool_call import UnknownRunStepDetailsToolCall
from .unknown_run_step_details_tool_calls_code_output import UnknownRunStepDetailsToolCallsCodeOutput
from .unknown_stream_event import UnknownStreamEvent

NullableMetadata: TypeAlias = Metadata | None
AssistantTool: TypeAlias = (
    AssistantToolsCode
    | AssistantToolsFileSearch
    | AssistantToolsFunction
    | AssistantToolsAzureAISearch
    | AssistantToolsBingGrounding
    | AssistantToolsBingCustomSearch
    | AssistantToolsOpenApi
    | AssistantToolsAzureFunction
    | AssistantToolsConnectedAgent
    | AssistantToolsMcp
    | AssistantToolsDeepResearch
    | AssistantToolsFabric
    | AssistantToolsSharepoint
    | AssistantToolsBrowserAutomation
    | UnknownAssistantTool
)
AssistantsApiToolChoiceOption: TypeAlias = AssistantsApiToolChoiceMode | AssistantsNamedToolChoice
AssistantsApiResponseFormatOption: TypeAlias = (
    AssistantsApiResponseFormatAuto
    | ResponseFormatText
    | ResponseFormatJsonObject
    | ResponseFormatJsonSchema
    | UnknownAssistantsApiResponseFormatOption
)
RunStepDetails: TypeAlias = (
    RunStepDetailsMessageCreationObject
    | RunStepDetailsToolCallsObject
    | RunStepDetailsActivitiesObject
    | UnknownRunStepDetails
)
RunStepDetailsToolCall: TypeAlias = (
    RunStepDetailsToolCallsCodeObject
    | RunStepDetailsToolCallsFileSearchObject
    | RunStepDetailsToolCallsFunctionObject
    | RunStepDetailsToolCallsAzureAISearchObject
    | RunStepDetailsToolCallsBingGroundingObject
    | RunStepDetailsToolCallsBingCustomSearchObject
    | RunStepDetailsToolCallsOpenApiObject
    | RunStepDetailsToolCallsAzureFunctionObject
    | RunStepDetailsToolCallsConnectedAgentObject
    | RunStepDetailsToolCallsMcpObject
    | RunStepDetailsToolCallsDeepResearchObject
    | RunStepDetailsToolCallsFabricObject
    | RunStepDetailsToolCallsSharepointObject
    | RunStepDetailsToolCallsBrowserAutomationObject
    | UnknownRunStepDetailsToolCall
)
RunStepDetailsToolCallsCodeOutput: TypeAlias = (
    RunStepDetailsToolCallsCodeOutputLogsObject
    | RunStepDetailsToolCallsCodeOutputImageObject
    | UnknownRunStepDetailsToolCallsCodeOutput
)
ChunkingStrategy: TypeAlias = AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy
MessageContentPart: TypeAlias = (
    MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageRequestContentTextObject
    | UnknownMessageContentPart
)
MessageAttachmentTool: TypeAlias = AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownMessageAttachmentTool
NullableReasoningEffort: TypeAlias = ReasoningEffort | None
ThreadStreamEvent: TypeAlias = ThreadCreated
RunStreamEvent: TypeAlias = (
    ThreadRunCreated
    | ThreadRunQueued
    | ThreadRunInProgress
    | ThreadRunRequiresAction
    | ThreadRunCompleted
    | ThreadRunIncomplete
    | ThreadRunFailed
    | ThreadRunCancelling
    | ThreadRunCancelled
    | ThreadRunExpired
)
RunStepStreamEvent: TypeAlias = (
    ThreadRunStepCreated
    | ThreadRunStepInProgress
    | ThreadRunStepDelta
    | ThreadRunStepCompleted
    | ThreadRunStepFailed
    | ThreadRunStepCancelled
    | ThreadRunStepExpired
)
MessageStreamEvent: TypeAlias = (
    ThreadMessageCreated
    | ThreadMessageInProgress
    | ThreadMessageDelta
    | ThreadMessageCompleted
    | ThreadMessageIncomplete
)
AssistantStreamEvent: TypeAlias = (
    ThreadStreamEvent | RunStreamEvent | RunStepStreamEvent | MessageStreamEvent | ErrorEvent | DoneEvent
)
MessageContent: TypeAlias = (
    MessageContentImageFileObject
    | MessageContentImageUrlObject
    | MessageContentTextObject
    | MessageContentRefusalObject
    | UnknownMessageContent
)
MessageDeltaContent: TypeAlias = (
    MessageDeltaContentImageFileObject
    | MessageDeltaContentTextObject
    | MessageDeltaContentRefusalObject
    | MessageDeltaContentImageUrlObject
    | UnknownMessageDeltaContent
)
MessageContentTextAnnotation: TypeAlias = (
    MessageContentTextAnnotationsFileCitationObject
    | MessageContentTextAnnotationsFilePathObject
    | MessageContentTextAnnotationsUrlCitationObject
    | UnknownMessageContentTextAnnotation
)
MessageDeltaContentTextAnnotation: TypeAlias = (
    MessageDeltaContentTextAnnotationsFileCitationObject
    | MessageDeltaContentTextAnnotationsFilePathObject
    | MessageDeltaContentTextAnnotationsUrlCitationObject
    | UnknownMessageDeltaContentTextAnnotation
)
RunStepDeltaStepDetails: TypeAlias = (
    RunStepDeltaStepDetailsMessageCreationObject
    | RunStepDeltaStepDetailsToolCallsObject
    | RunStepDeltaStepDetailsMcpObject
    | RunStepDeltaStepDetailsOpenApiObject
    | UnknownRunStepDeltaStepDetails
)
RunStepDeltaStepDetailsToolCall: TypeAlias = (
    RunStepDeltaStepDetailsToolCallsCodeObject
    | RunStepDeltaStepDetailsToolCallsFileSearchObject
    | RunStepDeltaStepDetailsToolCallsFunctionObject
    | RunStepDeltaStepDetailsToolCallsAzureAISearchObject
    | RunStepDeltaStepDetailsToolCallsBingGroundingObject
    | RunStepDeltaStepDetailsToolCallsBingCustomSearchObject
    | RunStepDeltaStepDetailsToolCallsOpenApiObject
    | RunStepDeltaStepDetailsToolCallsAzureFunctionObject
    | RunStepDeltaStepDetailsToolCallsConnectedAgentObject
    | RunStepDeltaStepDetailsToolCallsMcpObject
    | RunStepDeltaStepDetailsToolCallsDeepResearchObject
    | RunStepDeltaStepDetailsToolCallsFabricObject
    | RunStepDeltaStepDetailsToolCallsSharepointObject
    | UnknownRunStepDeltaStepDetailsToolCall
)
RunStepDeltaStepDetailsToolCallsCodeOutput: TypeAlias = (
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
    | RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
    | UnknownRunStepDeltaStepDetailsToolCallsCodeOutput
)
OpenApiAuthDetails: TypeAlias = (
    OpenApiAnonymousAuthDetails | OpenApiConnectionAuthDetails | OpenApiManagedAuthDetails | UnknownOpenApiAuthDetails
)
MCPRequiredApproval: TypeAlias = MCPRequiredApprovalMode | MCPApprovalPerTool
RunApprovalToolCall: TypeAlias = RunToolCallMcpObject | RunToolCallObject | UnknownRunApprovalToolCall

StreamEvent: TypeAlias = (
    ThreadStreamEvent | RunStreamEvent | RunStepStreamEvent | MessageStreamEvent | UnknownStreamEvent
)
"""What a run stream yields: every event of the spec but `done` and `error`, or an event
this client does not know yet (UnknownStreamEvent)."""

STREAM_EVENTS: Final[Mapping[str, tuple[type[StreamEvent], Callable[[Any, bool], Any]]]] = {
    "thread.created": (ThreadCreated, ThreadObject.from_dict),
    "thread.run.created": (ThreadRunCreated, RunObject.from_dict),
    "thread.run.queued": (ThreadRunQueued, RunObject.from_dict),
    "thread.run.in_progress": (ThreadRunInProgress, RunObject.from_dict),
    "thread.run.requires_action": (ThreadRunRequiresAction, RunObject.from_dict),
    "thread.run.completed": (ThreadRunCompleted, RunObject.from_dict),
    "thread.run.incomplete": (ThreadRunIncomplete, RunObject.from_dict),
    "thread.run.failed": (ThreadRunFailed, RunObject.from_dict),
    "thread.run.cancelling": (ThreadRunCancelling, RunObject.from_dict),
    "thread.run.cancelled": (ThreadRunCancelled, RunObject.from_dict),
    "thread.run.expired": (ThreadRunExpired, RunObject.from_dict),
    "thread.run.step.created": (ThreadRunStepCreated, RunStepObject.from_dict),
    "thread.run.step.in_progress": (ThreadRunStepInProgress, RunStepObject.from_dict),
    "thread.run.step.delta": (ThreadRunStepDelta, RunStepDeltaObject.from_dict),
    "thread.run.step.completed": (ThreadRunStepCompleted, RunStepObject.from_dict),
    "thread.run.step.failed": (ThreadRunStepFailed, RunStepObject.from_dict),
    "thread.run.step.cancelled": (ThreadRunStepCancelled, RunStepObject.from_dict),
    "thread.run.step.expired": (ThreadRunStepExpired, RunStepObject.from_dict),
    "thread.message.created": (ThreadMessageCreated, MessageObject.from_dict),
    "thread.message.in_progress": (ThreadMessageInProgress, MessageObject.from_dict),
    "thread.message.delta": (ThreadMessageDelta, MessageDeltaObject.from_dict),
    "thread.message.completed": (ThreadMessageCompleted, MessageObject.from_dict),
    "thread.message.incomplete": (ThreadMessageIncomplete, MessageObject.from_dict),
}
"""Event name -> (event class, reader of the event's data)."""

__all__ = [
    "STREAM_EVENTS",
    "AssistantStreamEvent",
    "AssistantTool",
    "AssistantsApiResponseFormatOption",
    "AssistantsApiToolChoiceOption",
    "ChunkingStrategy",
    "MCPRequiredApproval",
    "MessageAttachmentTool",
    "MessageContent",
    "MessageContentPart",
    "MessageContentTextAnnotation",
    "MessageDeltaContent",
    "MessageDeltaContentTextAnnotation",
    "MessageStreamEvent",
    "NullableMetadata",
    "NullableReasoningEffort",
    "OpenApiAuthDetails",
    "RunApprovalToolCall",
    "RunStepDeltaStepDetails",
    "RunStepDeltaStepDetailsToolCall",
    "RunStepDeltaStepDetailsToolCallsCodeOutput",
    "RunStepDetails",
    "RunStepDetailsToolCall",
    "RunStepDetailsToolCallsCodeOutput",
    "RunStepStreamEvent",
    "RunStreamEvent",
    "StreamEvent",
    "ThreadStreamEvent",
]
