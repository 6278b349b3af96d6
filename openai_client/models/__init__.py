"""Contains all the data models used in inputs/outputs"""

from .assistant_supported_models import AssistantSupportedModels
from .assistant_tools_code import AssistantToolsCode
from .assistant_tools_file_search import AssistantToolsFileSearch
from .assistant_tools_file_search_options import AssistantToolsFileSearchOptions
from .assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
from .assistant_tools_function import AssistantToolsFunction
from .assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from .assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from .assistants_named_tool_choice import AssistantsNamedToolChoice
from .assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction
from .assistants_named_tool_choice_type import AssistantsNamedToolChoiceType
from .auto_chunking_strategy import AutoChunkingStrategy
from .create_message_request import CreateMessageRequest
from .create_message_role import CreateMessageRole
from .create_run_request import CreateRunRequest
from .create_thread_and_run_request import CreateThreadAndRunRequest
from .create_thread_request import CreateThreadRequest
from .error import Error
from .error_response import ErrorResponse
from .file_search_ranker import FileSearchRanker
from .file_search_ranking_options import FileSearchRankingOptions
from .function_object import FunctionObject
from .function_parameters import FunctionParameters
from .image_detail import ImageDetail
from .list_order import ListOrder
from .list_run_steps_response import ListRunStepsResponse
from .list_runs_response import ListRunsResponse
from .message_attachment import MessageAttachment
from .message_content_image_file import MessageContentImageFile
from .message_content_image_file_object import MessageContentImageFileObject
from .message_content_image_url import MessageContentImageUrl
from .message_content_image_url_object import MessageContentImageUrlObject
from .message_request_content_text_object import MessageRequestContentTextObject
from .metadata import Metadata
from .modify_run_request import ModifyRunRequest
from .reasoning_effort import ReasoningEffort
from .response_format_json_object import ResponseFormatJsonObject
from .response_format_json_schema import ResponseFormatJsonSchema
from .response_format_json_schema_options import ResponseFormatJsonSchemaOptions
from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
from .response_format_text import ResponseFormatText
from .run_completion_usage import RunCompletionUsage
from .run_incomplete_details import RunIncompleteDetails
from .run_incomplete_reason import RunIncompleteReason
from .run_last_error import RunLastError
from .run_last_error_code import RunLastErrorCode
from .run_object import RunObject
from .run_required_action import RunRequiredAction
from .run_status import RunStatus
from .run_step_completion_usage import RunStepCompletionUsage
from .run_step_details_message_creation import RunStepDetailsMessageCreation
from .run_step_details_message_creation_object import RunStepDetailsMessageCreationObject
from .run_step_details_tool_calls_code import RunStepDetailsToolCallsCode
from .run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
from .run_step_details_tool_calls_code_output_image import RunStepDetailsToolCallsCodeOutputImage
from .run_step_details_tool_calls_code_output_image_object import RunStepDetailsToolCallsCodeOutputImageObject
from .run_step_details_tool_calls_code_output_logs_object import RunStepDetailsToolCallsCodeOutputLogsObject
from .run_step_details_tool_calls_file_search import RunStepDetailsToolCallsFileSearch
from .run_step_details_tool_calls_file_search_object import RunStepDetailsToolCallsFileSearchObject
from .run_step_details_tool_calls_file_search_ranking_options_object import (
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,
)
from .run_step_details_tool_calls_file_search_result_content import RunStepDetailsToolCallsFileSearchResultContent
from .run_step_details_tool_calls_file_search_result_object import RunStepDetailsToolCallsFileSearchResultObject
from .run_step_details_tool_calls_function import RunStepDetailsToolCallsFunction
from .run_step_details_tool_calls_function_object import RunStepDetailsToolCallsFunctionObject
from .run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
from .run_step_include import RunStepInclude
from .run_step_last_error import RunStepLastError
from .run_step_last_error_code import RunStepLastErrorCode
from .run_step_object import RunStepObject
from .run_step_status import RunStepStatus
from .run_step_type import RunStepType
from .run_submit_tool_outputs import RunSubmitToolOutputs
from .run_tool_call_function import RunToolCallFunction
from .run_tool_call_object import RunToolCallObject
from .static_chunking_options import StaticChunkingOptions
from .static_chunking_strategy import StaticChunkingStrategy
from .submit_tool_outputs_run_request import SubmitToolOutputsRunRequest
from .thread_and_run_file_search_resources import ThreadAndRunFileSearchResources
from .thread_and_run_supported_models import ThreadAndRunSupportedModels
from .thread_and_run_tool_resources import ThreadAndRunToolResources
from .thread_file_search_resources import ThreadFileSearchResources
from .thread_tool_resources import ThreadToolResources
from .thread_vector_store import ThreadVectorStore
from .tool_output import ToolOutput
from .tool_resources_code_interpreter import ToolResourcesCodeInterpreter
from .truncation_object import TruncationObject
from .truncation_type import TruncationType
from .unknown_assistant_tool import UnknownAssistantTool
from .unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption
from .unknown_chunking_strategy import UnknownChunkingStrategy
from .unknown_message_attachment_tool import UnknownMessageAttachmentTool
from .unknown_message_content_part import UnknownMessageContentPart
from .unknown_run_required_action import UnknownRunRequiredAction
from .unknown_run_step_details import UnknownRunStepDetails
from .unknown_run_step_details_tool_call import UnknownRunStepDetailsToolCall
from .unknown_run_step_details_tool_calls_code_output import UnknownRunStepDetailsToolCallsCodeOutput

__all__ = (
    "AssistantSupportedModels",
    "AssistantToolsCode",
    "AssistantToolsFileSearch",
    "AssistantToolsFileSearchOptions",
    "AssistantToolsFileSearchTypeOnly",
    "AssistantToolsFunction",
    "AssistantsApiResponseFormatAuto",
    "AssistantsApiToolChoiceMode",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceFunction",
    "AssistantsNamedToolChoiceType",
    "AutoChunkingStrategy",
    "CreateMessageRequest",
    "CreateMessageRole",
    "CreateRunRequest",
    "CreateThreadAndRunRequest",
    "CreateThreadRequest",
    "Error",
    "ErrorResponse",
    "FileSearchRanker",
    "FileSearchRankingOptions",
    "FunctionObject",
    "FunctionParameters",
    "ImageDetail",
    "ListOrder",
    "ListRunStepsResponse",
    "ListRunsResponse",
    "MessageAttachment",
    "MessageContentImageFile",
    "MessageContentImageFileObject",
    "MessageContentImageUrl",
    "MessageContentImageUrlObject",
    "MessageRequestContentTextObject",
    "Metadata",
    "ModifyRunRequest",
    "ReasoningEffort",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaOptions",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatText",
    "RunCompletionUsage",
    "RunIncompleteDetails",
    "RunIncompleteReason",
    "RunLastError",
    "RunLastErrorCode",
    "RunObject",
    "RunRequiredAction",
    "RunStatus",
    "RunStepCompletionUsage",
    "RunStepDetailsMessageCreation",
    "RunStepDetailsMessageCreationObject",
    "RunStepDetailsToolCallsCode",
    "RunStepDetailsToolCallsCodeObject",
    "RunStepDetailsToolCallsCodeOutputImage",
    "RunStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDetailsToolCallsFileSearch",
    "RunStepDetailsToolCallsFileSearchObject",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject",
    "RunStepDetailsToolCallsFileSearchResultContent",
    "RunStepDetailsToolCallsFileSearchResultObject",
    "RunStepDetailsToolCallsFunction",
    "RunStepDetailsToolCallsFunctionObject",
    "RunStepDetailsToolCallsObject",
    "RunStepInclude",
    "RunStepLastError",
    "RunStepLastErrorCode",
    "RunStepObject",
    "RunStepStatus",
    "RunStepType",
    "RunSubmitToolOutputs",
    "RunToolCallFunction",
    "RunToolCallObject",
    "StaticChunkingOptions",
    "StaticChunkingStrategy",
    "SubmitToolOutputsRunRequest",
    "ThreadAndRunFileSearchResources",
    "ThreadAndRunSupportedModels",
    "ThreadAndRunToolResources",
    "ThreadFileSearchResources",
    "ThreadToolResources",
    "ThreadVectorStore",
    "ToolOutput",
    "ToolResourcesCodeInterpreter",
    "TruncationObject",
    "TruncationType",
    "UnknownAssistantTool",
    "UnknownAssistantsApiResponseFormatOption",
    "UnknownChunkingStrategy",
    "UnknownMessageAttachmentTool",
    "UnknownMessageContentPart",
    "UnknownRunRequiredAction",
    "UnknownRunStepDetails",
    "UnknownRunStepDetailsToolCall",
    "UnknownRunStepDetailsToolCallsCodeOutput",
)
