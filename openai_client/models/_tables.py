"""The spec's named unions and the table of stream events (written by codegen/emit_tables.py)."""

from collections.abc import Mapping
from typing import Final, TypeAlias

from .._fields import UnionOf, union_of
from .._model import Model
from .additional_tools import AdditionalTools
from .additional_tools_item_param import AdditionalToolsItemParam
from .apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
from .apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
from .apply_patch_tool_call import ApplyPatchToolCall
from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
from .apply_patch_tool_call_output import ApplyPatchToolCallOutput
from .apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
from .apply_patch_tool_param import ApplyPatchToolParam
from .apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam
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
from .click_param import ClickParam
from .code_interpreter_tool import CodeInterpreterTool
from .code_interpreter_tool_call import CodeInterpreterToolCall
from .compaction_body import CompactionBody
from .compaction_summary_item_param import CompactionSummaryItemParam
from .compaction_trigger_item_param import CompactionTriggerItemParam
from .comparison_filter import ComparisonFilter
from .compound_filter import CompoundFilter
from .computer_call_output_item_param import ComputerCallOutputItemParam
from .computer_tool import ComputerTool
from .computer_tool_call import ComputerToolCall
from .computer_tool_call_output_resource import ComputerToolCallOutputResource
from .computer_use_preview_tool import ComputerUsePreviewTool
from .container_file_citation_body import ContainerFileCitationBody
from .custom_tool_call import CustomToolCall
from .custom_tool_call_output import CustomToolCallOutput
from .custom_tool_param import CustomToolParam
from .direct_tool_call_caller import DirectToolCallCaller
from .direct_tool_call_caller_param import DirectToolCallCallerParam
from .done_event import DoneEvent
from .double_click_action import DoubleClickAction
from .drag_param import DragParam
from .easy_input_message import EasyInputMessage
from .error_event import ErrorEvent
from .file_citation_body import FileCitationBody
from .file_path import FilePath
from .file_search_tool import FileSearchTool
from .file_search_tool_call import FileSearchToolCall
from .function_call_output_item_param import FunctionCallOutputItemParam
from .function_shell_call import FunctionShellCall
from .function_shell_call_item_param import FunctionShellCallItemParam
from .function_shell_call_output import FunctionShellCallOutput
from .function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam
from .function_shell_call_output_item_param import FunctionShellCallOutputItemParam
from .function_shell_call_output_timeout_outcome_param import FunctionShellCallOutputTimeoutOutcomeParam
from .function_shell_tool_param import FunctionShellToolParam
from .function_tool import FunctionTool
from .function_tool_call import FunctionToolCall
from .function_tool_call_output_resource import FunctionToolCallOutputResource
from .function_tool_call_resource import FunctionToolCallResource
from .http_error import HTTPError
from .image_gen_tool import ImageGenTool
from .image_gen_tool_call import ImageGenToolCall
from .input_file_content import InputFileContent
from .input_image_content import InputImageContent
from .input_message import InputMessage
from .input_text_content import InputTextContent
from .item_reference_param import ItemReferenceParam
from .key_press_action import KeyPressAction
from .local_shell_tool_call import LocalShellToolCall
from .local_shell_tool_call_output import LocalShellToolCallOutput
from .local_shell_tool_param import LocalShellToolParam
from .mcp_approval_per_tool import MCPApprovalPerTool
from .mcp_approval_request import MCPApprovalRequest
from .mcp_approval_response import MCPApprovalResponse
from .mcp_approval_response_resource import MCPApprovalResponseResource
from .mcp_list_tools import MCPListTools
from .mcp_protocol_error import MCPProtocolError
from .mcp_required_approval_mode import MCPRequiredApprovalMode
from .mcp_tool import MCPTool
from .mcp_tool_call import MCPToolCall
from .mcp_tool_execution_error import MCPToolExecutionError
from .message import Message
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
from .move_param import MoveParam
from .namespace_tool_param import NamespaceToolParam
from .open_api_anonymous_auth_details import OpenApiAnonymousAuthDetails
from .open_api_connection_auth_details import OpenApiConnectionAuthDetails
from .open_api_managed_auth_details import OpenApiManagedAuthDetails
from .output_message import OutputMessage
from .output_text_content import OutputTextContent
from .program import Program
from .program_item_param import ProgramItemParam
from .program_output import ProgramOutput
from .program_output_item_param import ProgramOutputItemParam
from .program_tool_call_caller import ProgramToolCallCaller
from .program_tool_call_caller_param import ProgramToolCallCallerParam
from .programmatic_tool_calling_param import ProgrammaticToolCallingParam
from .reasoning_effort import ReasoningEffort
from .reasoning_item import ReasoningItem
from .refusal_content import RefusalContent
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
from .screenshot_param import ScreenshotParam
from .scroll_param import ScrollParam
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
from .tool_search_call import ToolSearchCall
from .tool_search_call_item_param import ToolSearchCallItemParam
from .tool_search_output import ToolSearchOutput
from .tool_search_output_item_param import ToolSearchOutputItemParam
from .tool_search_tool_param import ToolSearchToolParam
from .type_param import TypeParam
from .unknown_annotation import UnknownAnnotation
from .unknown_apply_patch_operation_param import UnknownApplyPatchOperationParam
from .unknown_assistant_tool import UnknownAssistantTool
from .unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption
from .unknown_chunking_strategy import UnknownChunkingStrategy
from .unknown_computer_action import UnknownComputerAction
from .unknown_conversation_item import UnknownConversationItem
from .unknown_filters import UnknownFilters
from .unknown_function_and_custom_tool_call_output import UnknownFunctionAndCustomToolCallOutput
from .unknown_function_shell_call_output_outcome_param import UnknownFunctionShellCallOutputOutcomeParam
from .unknown_input_content import UnknownInputContent
from .unknown_input_item import UnknownInputItem
from .unknown_item import UnknownItem
from .unknown_mcp_tool_call_error import UnknownMCPToolCallError
from .unknown_message_attachment_tool import UnknownMessageAttachmentTool
from .unknown_message_content import UnknownMessageContent
from .unknown_message_content_part import UnknownMessageContentPart
from .unknown_message_content_text_annotation import UnknownMessageContentTextAnnotation
from .unknown_message_delta_content import UnknownMessageDeltaContent
from .unknown_message_delta_content_text_annotation import UnknownMessageDeltaContentTextAnnotation
from .unknown_open_api_auth_details import UnknownOpenApiAuthDetails
from .unknown_output_message_content import UnknownOutputMessageContent
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
from .unknown_tool import UnknownTool
from .unknown_tool_call_caller import UnknownToolCallCaller
from .unknown_tool_call_caller_param import UnknownToolCallCallerParam
from .unknown_web_search_approximate_location import UnknownWebSearchApproximateLocation
from .url_citation_body import UrlCitationBody
from .vector_store_file_attributes_2 import VectorStoreFileAttributes2
from .wait_param import WaitParam
from .web_search_approximate_location_2 import WebSearchApproximateLocation2
from .web_search_preview_tool import WebSearchPreviewTool
from .web_search_tool import WebSearchTool
from .web_search_tool_call import WebSearchToolCall

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
Annotation: TypeAlias = FileCitationBody | UrlCitationBody | ContainerFileCitationBody | FilePath | UnknownAnnotation
ApplyPatchOperationParam: TypeAlias = (
    ApplyPatchCreateFileOperationParam
    | ApplyPatchDeleteFileOperationParam
    | ApplyPatchUpdateFileOperationParam
    | UnknownApplyPatchOperationParam
)
ComputerAction: TypeAlias = (
    ClickParam
    | DoubleClickAction
    | DragParam
    | KeyPressAction
    | MoveParam
    | ScreenshotParam
    | ScrollParam
    | TypeParam
    | WaitParam
    | UnknownComputerAction
)
ConversationItem: TypeAlias = (
    Message
    | FunctionToolCallResource
    | FunctionToolCallOutputResource
    | FileSearchToolCall
    | WebSearchToolCall
    | ImageGenToolCall
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | ToolSearchCall
    | ToolSearchOutput
    | AdditionalTools
    | ReasoningItem
    | Program
    | ProgramOutput
    | CompactionBody
    | CodeInterpreterToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | FunctionShellCall
    | FunctionShellCallOutput
    | ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | MCPListTools
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPToolCall
    | CustomToolCall
    | CustomToolCallOutput
    | UnknownConversationItem
)
Filters: TypeAlias = ComparisonFilter | CompoundFilter | UnknownFilters
FunctionAndCustomToolCallOutput: TypeAlias = (
    InputTextContent | InputImageContent | InputFileContent | UnknownFunctionAndCustomToolCallOutput
)
FunctionShellCallOutputOutcomeParam: TypeAlias = (
    FunctionShellCallOutputTimeoutOutcomeParam
    | FunctionShellCallOutputExitOutcomeParam
    | UnknownFunctionShellCallOutputOutcomeParam
)
InputContent: TypeAlias = InputTextContent | InputImageContent | InputFileContent | UnknownInputContent
Item: TypeAlias = (
    InputMessage
    | OutputMessage
    | FileSearchToolCall
    | ComputerToolCall
    | ComputerCallOutputItemParam
    | WebSearchToolCall
    | FunctionToolCall
    | FunctionCallOutputItemParam
    | ToolSearchCallItemParam
    | ToolSearchOutputItemParam
    | AdditionalToolsItemParam
    | ReasoningItem
    | CompactionSummaryItemParam
    | ImageGenToolCall
    | CodeInterpreterToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | FunctionShellCallItemParam
    | FunctionShellCallOutputItemParam
    | ApplyPatchToolCallItemParam
    | ApplyPatchToolCallOutputItemParam
    | MCPListTools
    | MCPApprovalRequest
    | MCPApprovalResponse
    | MCPToolCall
    | CustomToolCallOutput
    | CustomToolCall
    | UnknownItem
)
InputItem: TypeAlias = (
    EasyInputMessage
    | Item
    | CompactionTriggerItemParam
    | ItemReferenceParam
    | ProgramItemParam
    | ProgramOutputItemParam
    | UnknownInputItem
)
MCPToolCallError: TypeAlias = MCPProtocolError | MCPToolExecutionError | HTTPError | UnknownMCPToolCallError
OutputMessageContent: TypeAlias = OutputTextContent | RefusalContent | UnknownOutputMessageContent
Tool: TypeAlias = (
    FunctionTool
    | FileSearchTool
    | ComputerTool
    | ComputerUsePreviewTool
    | WebSearchTool
    | MCPTool
    | CodeInterpreterTool
    | ProgrammaticToolCallingParam
    | ImageGenTool
    | LocalShellToolParam
    | FunctionShellToolParam
    | CustomToolParam
    | NamespaceToolParam
    | ToolSearchToolParam
    | WebSearchPreviewTool
    | ApplyPatchToolParam
    | UnknownTool
)
ToolCallCaller: TypeAlias = DirectToolCallCaller | ProgramToolCallCaller | UnknownToolCallCaller
ToolCallCallerParam: TypeAlias = DirectToolCallCallerParam | ProgramToolCallCallerParam | UnknownToolCallCallerParam
VectorStoreFileAttributes: TypeAlias = VectorStoreFileAttributes2 | None
WebSearchApproximateLocation: TypeAlias = WebSearchApproximateLocation2 | None | UnknownWebSearchApproximateLocation
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

STREAM_EVENTS: Final[Mapping[str, tuple[type[StreamEvent], type[Model]]]] = {
    "thread.created": (ThreadCreated, ThreadObject),
    "thread.run.created": (ThreadRunCreated, RunObject),
    "thread.run.queued": (ThreadRunQueued, RunObject),
    "thread.run.in_progress": (ThreadRunInProgress, RunObject),
    "thread.run.requires_action": (ThreadRunRequiresAction, RunObject),
    "thread.run.completed": (ThreadRunCompleted, RunObject),
    "thread.run.incomplete": (ThreadRunIncomplete, RunObject),
    "thread.run.failed": (ThreadRunFailed, RunObject),
    "thread.run.cancelling": (ThreadRunCancelling, RunObject),
    "thread.run.cancelled": (ThreadRunCancelled, RunObject),
    "thread.run.expired": (ThreadRunExpired, RunObject),
    "thread.run.step.created": (ThreadRunStepCreated, RunStepObject),
    "thread.run.step.in_progress": (ThreadRunStepInProgress, RunStepObject),
    "thread.run.step.delta": (ThreadRunStepDelta, RunStepDeltaObject),
    "thread.run.step.completed": (ThreadRunStepCompleted, RunStepObject),
    "thread.run.step.failed": (ThreadRunStepFailed, RunStepObject),
    "thread.run.step.cancelled": (ThreadRunStepCancelled, RunStepObject),
    "thread.run.step.expired": (ThreadRunStepExpired, RunStepObject),
    "thread.message.created": (ThreadMessageCreated, MessageObject),
    "thread.message.in_progress": (ThreadMessageInProgress, MessageObject),
    "thread.message.delta": (ThreadMessageDelta, MessageDeltaObject),
    "thread.message.completed": (ThreadMessageCompleted, MessageObject),
    "thread.message.incomplete": (ThreadMessageIncomplete, MessageObject),
}
"""Event name -> (event class, model of the event's data)."""

UNION_READERS: Final[Mapping[str, UnionOf]] = {
    "ConversationItem": union_of(
        "type",
        {
            "message": Message,
            "function_call": FunctionToolCallResource,
            "function_call_output": FunctionToolCallOutputResource,
            "file_search_call": FileSearchToolCall,
            "web_search_call": WebSearchToolCall,
            "image_generation_call": ImageGenToolCall,
            "computer_call": ComputerToolCall,
            "computer_call_output": ComputerToolCallOutputResource,
            "tool_search_call": ToolSearchCall,
            "tool_search_output": ToolSearchOutput,
            "additional_tools": AdditionalTools,
            "reasoning": ReasoningItem,
            "program": Program,
            "program_output": ProgramOutput,
            "compaction": CompactionBody,
            "code_interpreter_call": CodeInterpreterToolCall,
            "local_shell_call": LocalShellToolCall,
            "local_shell_call_output": LocalShellToolCallOutput,
            "shell_call": FunctionShellCall,
            "shell_call_output": FunctionShellCallOutput,
            "apply_patch_call": ApplyPatchToolCall,
            "apply_patch_call_output": ApplyPatchToolCallOutput,
            "mcp_list_tools": MCPListTools,
            "mcp_approval_request": MCPApprovalRequest,
            "mcp_approval_response": MCPApprovalResponseResource,
            "mcp_call": MCPToolCall,
            "custom_tool_call": CustomToolCall,
            "custom_tool_call_output": CustomToolCallOutput,
        },
        fallback=UnknownConversationItem,
    ),
}
"""Union name -> what an answer of that schema is read with (see `_operation.ModelRef`)."""

__all__ = [
    "STREAM_EVENTS",
    "Annotation",
    "ApplyPatchOperationParam",
    "AssistantStreamEvent",
    "AssistantTool",
    "AssistantsApiResponseFormatOption",
    "AssistantsApiToolChoiceOption",
    "ChunkingStrategy",
    "ComputerAction",
    "ConversationItem",
    "Filters",
    "FunctionAndCustomToolCallOutput",
    "FunctionShellCallOutputOutcomeParam",
    "InputContent",
    "InputItem",
    "Item",
    "MCPRequiredApproval",
    "MCPToolCallError",
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
    "OutputMessageContent",
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
    "Tool",
    "ToolCallCaller",
    "ToolCallCallerParam",
    "VectorStoreFileAttributes",
    "WebSearchApproximateLocation",
]
