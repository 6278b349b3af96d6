"""Every model and enum of the spec, and its named unions (each imported on first use)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._tables import (
        STREAM_EVENTS,
        AssistantsApiResponseFormatOption,
        AssistantsApiToolChoiceOption,
        AssistantStreamEvent,
        AssistantTool,
        ChunkingStrategy,
        MessageAttachmentTool,
        MessageContent,
        MessageContentPart,
        MessageContentTextAnnotation,
        MessageDeltaContent,
        MessageDeltaContentTextAnnotation,
        MessageStreamEvent,
        NullableMetadata,
        NullableReasoningEffort,
        RunStepDeltaStepDetails,
        RunStepDeltaStepDetailsToolCall,
        RunStepDeltaStepDetailsToolCallsCodeOutput,
        RunStepDetails,
        RunStepDetailsToolCall,
        RunStepDetailsToolCallsCodeOutput,
        RunStepStreamEvent,
        RunStreamEvent,
        StreamEvent,
        ThreadStreamEvent,
    )
    from .assistant_object import AssistantObject
    from .assistant_supported_models import AssistantSupportedModels, AssistantSupportedModelsLiteral
    from .assistant_tools_code import AssistantToolsCode, AssistantToolsCodeParam
    from .assistant_tools_file_search import AssistantToolsFileSearch, AssistantToolsFileSearchParam
    from .assistant_tools_file_search_options import (
        AssistantToolsFileSearchOptions,
        AssistantToolsFileSearchOptionsParam,
    )
    from .assistant_tools_file_search_type_only import (
        AssistantToolsFileSearchTypeOnly,
        AssistantToolsFileSearchTypeOnlyParam,
    )
    from .assistant_tools_function import AssistantToolsFunction, AssistantToolsFunctionParam
    from .assistants_api_response_format_auto import (
        AssistantsApiResponseFormatAuto,
        AssistantsApiResponseFormatAutoLiteral,
    )
    from .assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode, AssistantsApiToolChoiceModeLiteral
    from .assistants_named_tool_choice import AssistantsNamedToolChoice, AssistantsNamedToolChoiceParam
    from .assistants_named_tool_choice_function import (
        AssistantsNamedToolChoiceFunction,
        AssistantsNamedToolChoiceFunctionParam,
    )
    from .assistants_named_tool_choice_type import AssistantsNamedToolChoiceType, AssistantsNamedToolChoiceTypeLiteral
    from .auto_chunking_strategy import AutoChunkingStrategy, AutoChunkingStrategyParam
    from .create_assistant_request import CreateAssistantRequest, CreateAssistantRequestParam
    from .create_message_request import CreateMessageRequest, CreateMessageRequestParam
    from .create_message_role import CreateMessageRole, CreateMessageRoleLiteral
    from .create_run_request import CreateRunRequest, CreateRunRequestParam
    from .create_thread_and_run_request import CreateThreadAndRunRequest, CreateThreadAndRunRequestParam
    from .create_thread_request import CreateThreadRequest, CreateThreadRequestParam
    from .delete_assistant_response import DeleteAssistantResponse
    from .delete_message_response import DeleteMessageResponse
    from .delete_thread_response import DeleteThreadResponse
    from .done_event import DoneEvent
    from .error import Error
    from .error_event import ErrorEvent
    from .error_response import ErrorResponse
    from .file_search_ranker import FileSearchRanker, FileSearchRankerLiteral
    from .file_search_ranking_options import FileSearchRankingOptions, FileSearchRankingOptionsParam
    from .function_object import FunctionObject, FunctionObjectParam
    from .function_parameters import FunctionParameters
    from .image_detail import ImageDetail, ImageDetailLiteral
    from .list_assistants_response import ListAssistantsResponse
    from .list_messages_response import ListMessagesResponse
    from .list_order import ListOrder, ListOrderLiteral
    from .list_run_steps_response import ListRunStepsResponse
    from .list_runs_response import ListRunsResponse
    from .message_attachment import MessageAttachment, MessageAttachmentParam
    from .message_content_image_file import MessageContentImageFile, MessageContentImageFileParam
    from .message_content_image_file_object import MessageContentImageFileObject, MessageContentImageFileObjectParam
    from .message_content_image_url import MessageContentImageUrl, MessageContentImageUrlParam
    from .message_content_image_url_object import MessageContentImageUrlObject, MessageContentImageUrlObjectParam
    from .message_content_refusal_object import MessageContentRefusalObject
    from .message_content_text import MessageContentText
    from .message_content_text_annotations_file_citation import MessageContentTextAnnotationsFileCitation
    from .message_content_text_annotations_file_citation_object import MessageContentTextAnnotationsFileCitationObject
    from .message_content_text_annotations_file_path import MessageContentTextAnnotationsFilePath
    from .message_content_text_annotations_file_path_object import MessageContentTextAnnotationsFilePathObject
    from .message_content_text_object import MessageContentTextObject
    from .message_delta import MessageDelta
    from .message_delta_content_image_file import MessageDeltaContentImageFile
    from .message_delta_content_image_file_detail import (
        MessageDeltaContentImageFileDetail,
        MessageDeltaContentImageFileDetailLiteral,
    )
    from .message_delta_content_image_file_object import MessageDeltaContentImageFileObject
    from .message_delta_content_image_url import MessageDeltaContentImageUrl
    from .message_delta_content_image_url_detail import (
        MessageDeltaContentImageUrlDetail,
        MessageDeltaContentImageUrlDetailLiteral,
    )
    from .message_delta_content_image_url_object import MessageDeltaContentImageUrlObject
    from .message_delta_content_refusal_object import MessageDeltaContentRefusalObject
    from .message_delta_content_text import MessageDeltaContentText
    from .message_delta_content_text_annotations_file_citation import MessageDeltaContentTextAnnotationsFileCitation
    from .message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject,
    )
    from .message_delta_content_text_annotations_file_path import MessageDeltaContentTextAnnotationsFilePath
    from .message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject,
    )
    from .message_delta_content_text_object import MessageDeltaContentTextObject
    from .message_delta_object import MessageDeltaObject
    from .message_incomplete_details import MessageIncompleteDetails
    from .message_incomplete_reason import MessageIncompleteReason, MessageIncompleteReasonLiteral
    from .message_object import MessageObject
    from .message_object_attachment import MessageObjectAttachment
    from .message_request_content_text_object import (
        MessageRequestContentTextObject,
        MessageRequestContentTextObjectParam,
    )
    from .message_role import MessageRole, MessageRoleLiteral
    from .message_status import MessageStatus, MessageStatusLiteral
    from .metadata import Metadata
    from .modify_assistant_request import ModifyAssistantRequest, ModifyAssistantRequestParam
    from .modify_message_request import ModifyMessageRequest, ModifyMessageRequestParam
    from .modify_run_request import ModifyRunRequest, ModifyRunRequestParam
    from .modify_thread_request import ModifyThreadRequest, ModifyThreadRequestParam
    from .reasoning_effort import ReasoningEffort, ReasoningEffortLiteral
    from .response_format_json_object import ResponseFormatJsonObject, ResponseFormatJsonObjectParam
    from .response_format_json_schema import ResponseFormatJsonSchema, ResponseFormatJsonSchemaParam
    from .response_format_json_schema_options import (
        ResponseFormatJsonSchemaOptions,
        ResponseFormatJsonSchemaOptionsParam,
    )
    from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
    from .response_format_text import ResponseFormatText, ResponseFormatTextParam
    from .run_completion_usage import RunCompletionUsage
    from .run_incomplete_details import RunIncompleteDetails
    from .run_incomplete_reason import RunIncompleteReason, RunIncompleteReasonLiteral
    from .run_last_error import RunLastError
    from .run_last_error_code import RunLastErrorCode, RunLastErrorCodeLiteral
    from .run_object import RunObject
    from .run_required_action import RunRequiredAction
    from .run_status import RunStatus, RunStatusLiteral
    from .run_step_completion_usage import RunStepCompletionUsage
    from .run_step_delta import RunStepDelta
    from .run_step_delta_object import RunStepDeltaObject
    from .run_step_delta_step_details_message_creation import RunStepDeltaStepDetailsMessageCreation
    from .run_step_delta_step_details_message_creation_object import RunStepDeltaStepDetailsMessageCreationObject
    from .run_step_delta_step_details_tool_calls_code import RunStepDeltaStepDetailsToolCallsCode
    from .run_step_delta_step_details_tool_calls_code_object import RunStepDeltaStepDetailsToolCallsCodeObject
    from .run_step_delta_step_details_tool_calls_code_output_image import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImage,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object_file_search import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .run_step_delta_step_details_tool_calls_function import RunStepDeltaStepDetailsToolCallsFunction
    from .run_step_delta_step_details_tool_calls_function_object import RunStepDeltaStepDetailsToolCallsFunctionObject
    from .run_step_delta_step_details_tool_calls_object import RunStepDeltaStepDetailsToolCallsObject
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
    from .run_step_include import RunStepInclude, RunStepIncludeLiteral
    from .run_step_last_error import RunStepLastError
    from .run_step_last_error_code import RunStepLastErrorCode, RunStepLastErrorCodeLiteral
    from .run_step_object import RunStepObject
    from .run_step_status import RunStepStatus, RunStepStatusLiteral
    from .run_step_type import RunStepType, RunStepTypeLiteral
    from .run_submit_tool_outputs import RunSubmitToolOutputs
    from .run_tool_call_function import RunToolCallFunction
    from .run_tool_call_object import RunToolCallObject
    from .static_chunking_options import StaticChunkingOptions, StaticChunkingOptionsParam
    from .static_chunking_strategy import StaticChunkingStrategy, StaticChunkingStrategyParam
    from .submit_tool_outputs_run_request import SubmitToolOutputsRunRequest, SubmitToolOutputsRunRequestParam
    from .thread_and_run_file_search_resources import (
        ThreadAndRunFileSearchResources,
        ThreadAndRunFileSearchResourcesParam,
    )
    from .thread_and_run_supported_models import ThreadAndRunSupportedModels, ThreadAndRunSupportedModelsLiteral
    from .thread_and_run_tool_resources import ThreadAndRunToolResources, ThreadAndRunToolResourcesParam
    from .thread_created import ThreadCreated
    from .thread_file_search_resources import ThreadFileSearchResources, ThreadFileSearchResourcesParam
    from .thread_message_completed import ThreadMessageCompleted
    from .thread_message_created import ThreadMessageCreated
    from .thread_message_delta import ThreadMessageDelta
    from .thread_message_in_progress import ThreadMessageInProgress
    from .thread_message_incomplete import ThreadMessageIncomplete
    from .thread_object import ThreadObject
    from .thread_object_code_interpreter_resources import (
        ThreadObjectCodeInterpreterResources,
        ThreadObjectCodeInterpreterResourcesParam,
    )
    from .thread_object_file_search_resources import (
        ThreadObjectFileSearchResources,
        ThreadObjectFileSearchResourcesParam,
    )
    from .thread_object_tool_resources import ThreadObjectToolResources, ThreadObjectToolResourcesParam
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
    from .thread_tool_resources import ThreadToolResources, ThreadToolResourcesParam
    from .thread_vector_store import ThreadVectorStore, ThreadVectorStoreParam
    from .tool_output import ToolOutput, ToolOutputParam
    from .tool_resources_code_interpreter import ToolResourcesCodeInterpreter, ToolResourcesCodeInterpreterParam
    from .truncation_object import TruncationObject, TruncationObjectParam
    from .truncation_type import TruncationType, TruncationTypeLiteral
    from .unknown_assistant_tool import UnknownAssistantTool
    from .unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption
    from .unknown_chunking_strategy import UnknownChunkingStrategy
    from .unknown_message_attachment_tool import UnknownMessageAttachmentTool
    from .unknown_message_content import UnknownMessageContent
    from .unknown_message_content_part import UnknownMessageContentPart
    from .unknown_message_content_text_annotation import UnknownMessageContentTextAnnotation
    from .unknown_message_delta_content import UnknownMessageDeltaContent
    from .unknown_message_delta_content_text_annotation import UnknownMessageDeltaContentTextAnnotation
    from .unknown_run_required_action import UnknownRunRequiredAction
    from .unknown_run_step_delta_step_details import UnknownRunStepDeltaStepDetails
    from .unknown_run_step_delta_step_details_tool_call import UnknownRunStepDeltaStepDetailsToolCall
    from .unknown_run_step_delta_step_details_tool_calls_code_output import (
        UnknownRunStepDeltaStepDetailsToolCallsCodeOutput,
    )
    from .unknown_run_step_details import UnknownRunStepDetails
    from .unknown_run_step_details_tool_call import UnknownRunStepDetailsToolCall
    from .unknown_run_step_details_tool_calls_code_output import UnknownRunStepDetailsToolCallsCodeOutput
    from .unknown_stream_event import UnknownStreamEvent

_MODULES = {
    "AssistantObject": "assistant_object",
    "AssistantStreamEvent": "_tables",
    "AssistantSupportedModels": "assistant_supported_models",
    "AssistantSupportedModelsLiteral": "assistant_supported_models",
    "AssistantTool": "_tables",
    "AssistantToolsCode": "assistant_tools_code",
    "AssistantToolsCodeParam": "assistant_tools_code",
    "AssistantToolsFileSearch": "assistant_tools_file_search",
    "AssistantToolsFileSearchOptions": "assistant_tools_file_search_options",
    "AssistantToolsFileSearchOptionsParam": "assistant_tools_file_search_options",
    "AssistantToolsFileSearchParam": "assistant_tools_file_search",
    "AssistantToolsFileSearchTypeOnly": "assistant_tools_file_search_type_only",
    "AssistantToolsFileSearchTypeOnlyParam": "assistant_tools_file_search_type_only",
    "AssistantToolsFunction": "assistant_tools_function",
    "AssistantToolsFunctionParam": "assistant_tools_function",
    "AssistantsApiResponseFormatAuto": "assistants_api_response_format_auto",
    "AssistantsApiResponseFormatAutoLiteral": "assistants_api_response_format_auto",
    "AssistantsApiResponseFormatOption": "_tables",
    "AssistantsApiToolChoiceMode": "assistants_api_tool_choice_mode",
    "AssistantsApiToolChoiceModeLiteral": "assistants_api_tool_choice_mode",
    "AssistantsApiToolChoiceOption": "_tables",
    "AssistantsNamedToolChoice": "assistants_named_tool_choice",
    "AssistantsNamedToolChoiceFunction": "assistants_named_tool_choice_function",
    "AssistantsNamedToolChoiceFunctionParam": "assistants_named_tool_choice_function",
    "AssistantsNamedToolChoiceParam": "assistants_named_tool_choice",
    "AssistantsNamedToolChoiceType": "assistants_named_tool_choice_type",
    "AssistantsNamedToolChoiceTypeLiteral": "assistants_named_tool_choice_type",
    "AutoChunkingStrategy": "auto_chunking_strategy",
    "AutoChunkingStrategyParam": "auto_chunking_strategy",
    "ChunkingStrategy": "_tables",
    "CreateAssistantRequest": "create_assistant_request",
    "CreateAssistantRequestParam": "create_assistant_request",
    "CreateMessageRequest": "create_message_request",
    "CreateMessageRequestParam": "create_message_request",
    "CreateMessageRole": "create_message_role",
    "CreateMessageRoleLiteral": "create_message_role",
    "CreateRunRequest": "create_run_request",
    "CreateRunRequestParam": "create_run_request",
    "CreateThreadAndRunRequest": "create_thread_and_run_request",
    "CreateThreadAndRunRequestParam": "create_thread_and_run_request",
    "CreateThreadRequest": "create_thread_request",
    "CreateThreadRequestParam": "create_thread_request",
    "DeleteAssistantResponse": "delete_assistant_response",
    "DeleteMessageResponse": "delete_message_response",
    "DeleteThreadResponse": "delete_thread_response",
    "DoneEvent": "done_event",
    "Error": "error",
    "ErrorEvent": "error_event",
    "ErrorResponse": "error_response",
    "FileSearchRanker": "file_search_ranker",
    "FileSearchRankerLiteral": "file_search_ranker",
    "FileSearchRankingOptions": "file_search_ranking_options",
    "FileSearchRankingOptionsParam": "file_search_ranking_options",
    "FunctionObject": "function_object",
    "FunctionObjectParam": "function_object",
    "FunctionParameters": "function_parameters",
    "ImageDetail": "image_detail",
    "ImageDetailLiteral": "image_detail",
    "ListAssistantsResponse": "list_assistants_response",
    "ListMessagesResponse": "list_messages_response",
    "ListOrder": "list_order",
    "ListOrderLiteral": "list_order",
    "ListRunStepsResponse": "list_run_steps_response",
    "ListRunsResponse": "list_runs_response",
    "MessageAttachment": "message_attachment",
    "MessageAttachmentParam": "message_attachment",
    "MessageAttachmentTool": "_tables",
    "MessageContent": "_tables",
    "MessageContentImageFile": "message_content_image_file",
    "MessageContentImageFileObject": "message_content_image_file_object",
    "MessageContentImageFileObjectParam": "message_content_image_file_object",
    "MessageContentImageFileParam": "message_content_image_file",
    "MessageContentImageUrl": "message_content_image_url",
    "MessageContentImageUrlObject": "message_content_image_url_object",
    "MessageContentImageUrlObjectParam": "message_content_image_url_object",
    "MessageContentImageUrlParam": "message_content_image_url",
    "MessageContentPart": "_tables",
    "MessageContentRefusalObject": "message_content_refusal_object",
    "MessageContentText": "message_content_text",
    "MessageContentTextAnnotation": "_tables",
    "MessageContentTextAnnotationsFileCitation": "message_content_text_annotations_file_citation",
    "MessageContentTextAnnotationsFileCitationObject": "message_content_text_annotations_file_citation_object",
    "MessageContentTextAnnotationsFilePath": "message_content_text_annotations_file_path",
    "MessageContentTextAnnotationsFilePathObject": "message_content_text_annotations_file_path_object",
    "MessageContentTextObject": "message_content_text_object",
    "MessageDelta": "message_delta",
    "MessageDeltaContent": "_tables",
    "MessageDeltaContentImageFile": "message_delta_content_image_file",
    "MessageDeltaContentImageFileDetail": "message_delta_content_image_file_detail",
    "MessageDeltaContentImageFileDetailLiteral": "message_delta_content_image_file_detail",
    "MessageDeltaContentImageFileObject": "message_delta_content_image_file_object",
    "MessageDeltaContentImageUrl": "message_delta_content_image_url",
    "MessageDeltaContentImageUrlDetail": "message_delta_content_image_url_detail",
    "MessageDeltaContentImageUrlDetailLiteral": "message_delta_content_image_url_detail",
    "MessageDeltaContentImageUrlObject": "message_delta_content_image_url_object",
    "MessageDeltaContentRefusalObject": "message_delta_content_refusal_object",
    "MessageDeltaContentText": "message_delta_content_text",
    "MessageDeltaContentTextAnnotation": "_tables",
    "MessageDeltaContentTextAnnotationsFileCitation": "message_delta_content_text_annotations_file_citation",
    "MessageDeltaContentTextAnnotationsFileCitationObject": "message_delta_content_text_annotations_file_citation_object",
    "MessageDeltaContentTextAnnotationsFilePath": "message_delta_content_text_annotations_file_path",
    "MessageDeltaContentTextAnnotationsFilePathObject": "message_delta_content_text_annotations_file_path_object",
    "MessageDeltaContentTextObject": "message_delta_content_text_object",
    "MessageDeltaObject": "message_delta_object",
    "MessageIncompleteDetails": "message_incomplete_details",
    "MessageIncompleteReason": "message_incomplete_reason",
    "MessageIncompleteReasonLiteral": "message_incomplete_reason",
    "MessageObject": "message_object",
    "MessageObjectAttachment": "message_object_attachment",
    "MessageRequestContentTextObject": "message_request_content_text_object",
    "MessageRequestContentTextObjectParam": "message_request_content_text_object",
    "MessageRole": "message_role",
    "MessageRoleLiteral": "message_role",
    "MessageStatus": "message_status",
    "MessageStatusLiteral": "message_status",
    "MessageStreamEvent": "_tables",
    "Metadata": "metadata",
    "ModifyAssistantRequest": "modify_assistant_request",
    "ModifyAssistantRequestParam": "modify_assistant_request",
    "ModifyMessageRequest": "modify_message_request",
    "ModifyMessageRequestParam": "modify_message_request",
    "ModifyRunRequest": "modify_run_request",
    "ModifyRunRequestParam": "modify_run_request",
    "ModifyThreadRequest": "modify_thread_request",
    "ModifyThreadRequestParam": "modify_thread_request",
    "NullableMetadata": "_tables",
    "NullableReasoningEffort": "_tables",
    "ReasoningEffort": "reasoning_effort",
    "ReasoningEffortLiteral": "reasoning_effort",
    "ResponseFormatJsonObject": "response_format_json_object",
    "ResponseFormatJsonObjectParam": "response_format_json_object",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaOptions": "response_format_json_schema_options",
    "ResponseFormatJsonSchemaOptionsParam": "response_format_json_schema_options",
    "ResponseFormatJsonSchemaParam": "response_format_json_schema",
    "ResponseFormatJsonSchemaSchema": "response_format_json_schema_schema",
    "ResponseFormatText": "response_format_text",
    "ResponseFormatTextParam": "response_format_text",
    "RunCompletionUsage": "run_completion_usage",
    "RunIncompleteDetails": "run_incomplete_details",
    "RunIncompleteReason": "run_incomplete_reason",
    "RunIncompleteReasonLiteral": "run_incomplete_reason",
    "RunLastError": "run_last_error",
    "RunLastErrorCode": "run_last_error_code",
    "RunLastErrorCodeLiteral": "run_last_error_code",
    "RunObject": "run_object",
    "RunRequiredAction": "run_required_action",
    "RunStatus": "run_status",
    "RunStatusLiteral": "run_status",
    "RunStepCompletionUsage": "run_step_completion_usage",
    "RunStepDelta": "run_step_delta",
    "RunStepDeltaObject": "run_step_delta_object",
    "RunStepDeltaStepDetails": "_tables",
    "RunStepDeltaStepDetailsMessageCreation": "run_step_delta_step_details_message_creation",
    "RunStepDeltaStepDetailsMessageCreationObject": "run_step_delta_step_details_message_creation_object",
    "RunStepDeltaStepDetailsToolCall": "_tables",
    "RunStepDeltaStepDetailsToolCallsCode": "run_step_delta_step_details_tool_calls_code",
    "RunStepDeltaStepDetailsToolCallsCodeObject": "run_step_delta_step_details_tool_calls_code_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutput": "_tables",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImage": "run_step_delta_step_details_tool_calls_code_output_image",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject": "run_step_delta_step_details_tool_calls_code_output_image_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject": "run_step_delta_step_details_tool_calls_code_output_logs_object",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject": "run_step_delta_step_details_tool_calls_file_search_object",
    "RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch": "run_step_delta_step_details_tool_calls_file_search_object_file_search",
    "RunStepDeltaStepDetailsToolCallsFunction": "run_step_delta_step_details_tool_calls_function",
    "RunStepDeltaStepDetailsToolCallsFunctionObject": "run_step_delta_step_details_tool_calls_function_object",
    "RunStepDeltaStepDetailsToolCallsObject": "run_step_delta_step_details_tool_calls_object",
    "RunStepDetails": "_tables",
    "RunStepDetailsMessageCreation": "run_step_details_message_creation",
    "RunStepDetailsMessageCreationObject": "run_step_details_message_creation_object",
    "RunStepDetailsToolCall": "_tables",
    "RunStepDetailsToolCallsCode": "run_step_details_tool_calls_code",
    "RunStepDetailsToolCallsCodeObject": "run_step_details_tool_calls_code_object",
    "RunStepDetailsToolCallsCodeOutput": "_tables",
    "RunStepDetailsToolCallsCodeOutputImage": "run_step_details_tool_calls_code_output_image",
    "RunStepDetailsToolCallsCodeOutputImageObject": "run_step_details_tool_calls_code_output_image_object",
    "RunStepDetailsToolCallsCodeOutputLogsObject": "run_step_details_tool_calls_code_output_logs_object",
    "RunStepDetailsToolCallsFileSearch": "run_step_details_tool_calls_file_search",
    "RunStepDetailsToolCallsFileSearchObject": "run_step_details_tool_calls_file_search_object",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject": "run_step_details_tool_calls_file_search_ranking_options_object",
    "RunStepDetailsToolCallsFileSearchResultContent": "run_step_details_tool_calls_file_search_result_content",
    "RunStepDetailsToolCallsFileSearchResultObject": "run_step_details_tool_calls_file_search_result_object",
    "RunStepDetailsToolCallsFunction": "run_step_details_tool_calls_function",
    "RunStepDetailsToolCallsFunctionObject": "run_step_details_tool_calls_function_object",
    "RunStepDetailsToolCallsObject": "run_step_details_tool_calls_object",
    "RunStepInclude": "run_step_include",
    "RunStepIncludeLiteral": "run_step_include",
    "RunStepLastError": "run_step_last_error",
    "RunStepLastErrorCode": "run_step_last_error_code",
    "RunStepLastErrorCodeLiteral": "run_step_last_error_code",
    "RunStepObject": "run_step_object",
    "RunStepStatus": "run_step_status",
    "RunStepStatusLiteral": "run_step_status",
    "RunStepStreamEvent": "_tables",
    "RunStepType": "run_step_type",
    "RunStepTypeLiteral": "run_step_type",
    "RunStreamEvent": "_tables",
    "RunSubmitToolOutputs": "run_submit_tool_outputs",
    "RunToolCallFunction": "run_tool_call_function",
    "RunToolCallObject": "run_tool_call_object",
    "STREAM_EVENTS": "_tables",
    "StaticChunkingOptions": "static_chunking_options",
    "StaticChunkingOptionsParam": "static_chunking_options",
    "StaticChunkingStrategy": "static_chunking_strategy",
    "StaticChunkingStrategyParam": "static_chunking_strategy",
    "StreamEvent": "_tables",
    "SubmitToolOutputsRunRequest": "submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestParam": "submit_tool_outputs_run_request",
    "ThreadAndRunFileSearchResources": "thread_and_run_file_search_resources",
    "ThreadAndRunFileSearchResourcesParam": "thread_and_run_file_search_resources",
    "ThreadAndRunSupportedModels": "thread_and_run_supported_models",
    "ThreadAndRunSupportedModelsLiteral": "thread_and_run_supported_models",
    "ThreadAndRunToolResources": "thread_and_run_tool_resources",
    "ThreadAndRunToolResourcesParam": "thread_and_run_tool_resources",
    "ThreadCreated": "thread_created",
    "ThreadFileSearchResources": "thread_file_search_resources",
    "ThreadFileSearchResourcesParam": "thread_file_search_resources",
    "ThreadMessageCompleted": "thread_message_completed",
    "ThreadMessageCreated": "thread_message_created",
    "ThreadMessageDelta": "thread_message_delta",
    "ThreadMessageInProgress": "thread_message_in_progress",
    "ThreadMessageIncomplete": "thread_message_incomplete",
    "ThreadObject": "thread_object",
    "ThreadObjectCodeInterpreterResources": "thread_object_code_interpreter_resources",
    "ThreadObjectCodeInterpreterResourcesParam": "thread_object_code_interpreter_resources",
    "ThreadObjectFileSearchResources": "thread_object_file_search_resources",
    "ThreadObjectFileSearchResourcesParam": "thread_object_file_search_resources",
    "ThreadObjectToolResources": "thread_object_tool_resources",
    "ThreadObjectToolResourcesParam": "thread_object_tool_resources",
    "ThreadRunCancelled": "thread_run_cancelled",
    "ThreadRunCancelling": "thread_run_cancelling",
    "ThreadRunCompleted": "thread_run_completed",
    "ThreadRunCreated": "thread_run_created",
    "ThreadRunExpired": "thread_run_expired",
    "ThreadRunFailed": "thread_run_failed",
    "ThreadRunInProgress": "thread_run_in_progress",
    "ThreadRunIncomplete": "thread_run_incomplete",
    "ThreadRunQueued": "thread_run_queued",
    "ThreadRunRequiresAction": "thread_run_requires_action",
    "ThreadRunStepCancelled": "thread_run_step_cancelled",
    "ThreadRunStepCompleted": "thread_run_step_completed",
    "ThreadRunStepCreated": "thread_run_step_created",
    "ThreadRunStepDelta": "thread_run_step_delta",
    "ThreadRunStepExpired": "thread_run_step_expired",
    "ThreadRunStepFailed": "thread_run_step_failed",
    "ThreadRunStepInProgress": "thread_run_step_in_progress",
    "ThreadStreamEvent": "_tables",
    "ThreadToolResources": "thread_tool_resources",
    "ThreadToolResourcesParam": "thread_tool_resources",
    "ThreadVectorStore": "thread_vector_store",
    "ThreadVectorStoreParam": "thread_vector_store",
    "ToolOutput": "tool_output",
    "ToolOutputParam": "tool_output",
    "ToolResourcesCodeInterpreter": "tool_resources_code_interpreter",
    "ToolResourcesCodeInterpreterParam": "tool_resources_code_interpreter",
    "TruncationObject": "truncation_object",
    "TruncationObjectParam": "truncation_object",
    "TruncationType": "truncation_type",
    "TruncationTypeLiteral": "truncation_type",
    "UnknownAssistantTool": "unknown_assistant_tool",
    "UnknownAssistantsApiResponseFormatOption": "unknown_assistants_api_response_format_option",
    "UnknownChunkingStrategy": "unknown_chunking_strategy",
    "UnknownMessageAttachmentTool": "unknown_message_attachment_tool",
    "UnknownMessageContent": "unknown_message_content",
    "UnknownMessageContentPart": "unknown_message_content_part",
    "UnknownMessageContentTextAnnotation": "unknown_message_content_text_annotation",
    "UnknownMessageDeltaContent": "unknown_message_delta_content",
    "UnknownMessageDeltaContentTextAnnotation": "unknown_message_delta_content_text_annotation",
    "UnknownRunRequiredAction": "unknown_run_required_action",
    "UnknownRunStepDeltaStepDetails": "unknown_run_step_delta_step_details",
    "UnknownRunStepDeltaStepDetailsToolCall": "unknown_run_step_delta_step_details_tool_call",
    "UnknownRunStepDeltaStepDetailsToolCallsCodeOutput": "unknown_run_step_delta_step_details_tool_calls_code_output",
    "UnknownRunStepDetails": "unknown_run_step_details",
    "UnknownRunStepDetailsToolCall": "unknown_run_step_details_tool_call",
    "UnknownRunStepDetailsToolCallsCodeOutput": "unknown_run_step_details_tool_calls_code_output",
    "UnknownStreamEvent": "unknown_stream_event",
}

__all__ = (
    "STREAM_EVENTS",
    "AssistantObject",
    "AssistantStreamEvent",
    "AssistantSupportedModels",
    "AssistantSupportedModelsLiteral",
    "AssistantTool",
    "AssistantToolsCode",
    "AssistantToolsCodeParam",
    "AssistantToolsFileSearch",
    "AssistantToolsFileSearchOptions",
    "AssistantToolsFileSearchOptionsParam",
    "AssistantToolsFileSearchParam",
    "AssistantToolsFileSearchTypeOnly",
    "AssistantToolsFileSearchTypeOnlyParam",
    "AssistantToolsFunction",
    "AssistantToolsFunctionParam",
    "AssistantsApiResponseFormatAuto",
    "AssistantsApiResponseFormatAutoLiteral",
    "AssistantsApiResponseFormatOption",
    "AssistantsApiToolChoiceMode",
    "AssistantsApiToolChoiceModeLiteral",
    "AssistantsApiToolChoiceOption",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceFunction",
    "AssistantsNamedToolChoiceFunctionParam",
    "AssistantsNamedToolChoiceParam",
    "AssistantsNamedToolChoiceType",
    "AssistantsNamedToolChoiceTypeLiteral",
    "AutoChunkingStrategy",
    "AutoChunkingStrategyParam",
    "ChunkingStrategy",
    "CreateAssistantRequest",
    "CreateAssistantRequestParam",
    "CreateMessageRequest",
    "CreateMessageRequestParam",
    "CreateMessageRole",
    "CreateMessageRoleLiteral",
    "CreateRunRequest",
    "CreateRunRequestParam",
    "CreateThreadAndRunRequest",
    "CreateThreadAndRunRequestParam",
    "CreateThreadRequest",
    "CreateThreadRequestParam",
    "DeleteAssistantResponse",
    "DeleteMessageResponse",
    "DeleteThreadResponse",
    "DoneEvent",
    "Error",
    "ErrorEvent",
    "ErrorResponse",
    "FileSearchRanker",
    "FileSearchRankerLiteral",
    "FileSearchRankingOptions",
    "FileSearchRankingOptionsParam",
    "FunctionObject",
    "FunctionObjectParam",
    "FunctionParameters",
    "ImageDetail",
    "ImageDetailLiteral",
    "ListAssistantsResponse",
    "ListMessagesResponse",
    "ListOrder",
    "ListOrderLiteral",
    "ListRunStepsResponse",
    "ListRunsResponse",
    "MessageAttachment",
    "MessageAttachmentParam",
    "MessageAttachmentTool",
    "MessageContent",
    "MessageContentImageFile",
    "MessageContentImageFileObject",
    "MessageContentImageFileObjectParam",
    "MessageContentImageFileParam",
    "MessageContentImageUrl",
    "MessageContentImageUrlObject",
    "MessageContentImageUrlObjectParam",
    "MessageContentImageUrlParam",
    "MessageContentPart",
    "MessageContentRefusalObject",
    "MessageContentText",
    "MessageContentTextAnnotation",
    "MessageContentTextAnnotationsFileCitation",
    "MessageContentTextAnnotationsFileCitationObject",
    "MessageContentTextAnnotationsFilePath",
    "MessageContentTextAnnotationsFilePathObject",
    "MessageContentTextObject",
    "MessageDelta",
    "MessageDeltaContent",
    "MessageDeltaContentImageFile",
    "MessageDeltaContentImageFileDetail",
    "MessageDeltaContentImageFileDetailLiteral",
    "MessageDeltaContentImageFileObject",
    "MessageDeltaContentImageUrl",
    "MessageDeltaContentImageUrlDetail",
    "MessageDeltaContentImageUrlDetailLiteral",
    "MessageDeltaContentImageUrlObject",
    "MessageDeltaContentRefusalObject",
    "MessageDeltaContentText",
    "MessageDeltaContentTextAnnotation",
    "MessageDeltaContentTextAnnotationsFileCitation",
    "MessageDeltaContentTextAnnotationsFileCitationObject",
    "MessageDeltaContentTextAnnotationsFilePath",
    "MessageDeltaContentTextAnnotationsFilePathObject",
    "MessageDeltaContentTextObject",
    "MessageDeltaObject",
    "MessageIncompleteDetails",
    "MessageIncompleteReason",
    "MessageIncompleteReasonLiteral",
    "MessageObject",
    "MessageObjectAttachment",
    "MessageRequestContentTextObject",
    "MessageRequestContentTextObjectParam",
    "MessageRole",
    "MessageRoleLiteral",
    "MessageStatus",
    "MessageStatusLiteral",
    "MessageStreamEvent",
    "Metadata",
    "ModifyAssistantRequest",
    "ModifyAssistantRequestParam",
    "ModifyMessageRequest",
    "ModifyMessageRequestParam",
    "ModifyRunRequest",
    "ModifyRunRequestParam",
    "ModifyThreadRequest",
    "ModifyThreadRequestParam",
    "NullableMetadata",
    "NullableReasoningEffort",
    "ReasoningEffort",
    "ReasoningEffortLiteral",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaOptions",
    "ResponseFormatJsonSchemaOptionsParam",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatText",
    "ResponseFormatTextParam",
    "RunCompletionUsage",
    "RunIncompleteDetails",
    "RunIncompleteReason",
    "RunIncompleteReasonLiteral",
    "RunLastError",
    "RunLastErrorCode",
    "RunLastErrorCodeLiteral",
    "RunObject",
    "RunRequiredAction",
    "RunStatus",
    "RunStatusLiteral",
    "RunStepCompletionUsage",
    "RunStepDelta",
    "RunStepDeltaObject",
    "RunStepDeltaStepDetails",
    "RunStepDeltaStepDetailsMessageCreation",
    "RunStepDeltaStepDetailsMessageCreationObject",
    "RunStepDeltaStepDetailsToolCall",
    "RunStepDeltaStepDetailsToolCallsCode",
    "RunStepDeltaStepDetailsToolCallsCodeObject",
    "RunStepDeltaStepDetailsToolCallsCodeOutput",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImage",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject",
    "RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch",
    "RunStepDeltaStepDetailsToolCallsFunction",
    "RunStepDeltaStepDetailsToolCallsFunctionObject",
    "RunStepDeltaStepDetailsToolCallsObject",
    "RunStepDetails",
    "RunStepDetailsMessageCreation",
    "RunStepDetailsMessageCreationObject",
    "RunStepDetailsToolCall",
    "RunStepDetailsToolCallsCode",
    "RunStepDetailsToolCallsCodeObject",
    "RunStepDetailsToolCallsCodeOutput",
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
    "RunStepIncludeLiteral",
    "RunStepLastError",
    "RunStepLastErrorCode",
    "RunStepLastErrorCodeLiteral",
    "RunStepObject",
    "RunStepStatus",
    "RunStepStatusLiteral",
    "RunStepStreamEvent",
    "RunStepType",
    "RunStepTypeLiteral",
    "RunStreamEvent",
    "RunSubmitToolOutputs",
    "RunToolCallFunction",
    "RunToolCallObject",
    "StaticChunkingOptions",
    "StaticChunkingOptionsParam",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyParam",
    "StreamEvent",
    "SubmitToolOutputsRunRequest",
    "SubmitToolOutputsRunRequestParam",
    "ThreadAndRunFileSearchResources",
    "ThreadAndRunFileSearchResourcesParam",
    "ThreadAndRunSupportedModels",
    "ThreadAndRunSupportedModelsLiteral",
    "ThreadAndRunToolResources",
    "ThreadAndRunToolResourcesParam",
    "ThreadCreated",
    "ThreadFileSearchResources",
    "ThreadFileSearchResourcesParam",
    "ThreadMessageCompleted",
    "ThreadMessageCreated",
    "ThreadMessageDelta",
    "ThreadMessageInProgress",
    "ThreadMessageIncomplete",
    "ThreadObject",
    "ThreadObjectCodeInterpreterResources",
    "ThreadObjectCodeInterpreterResourcesParam",
    "ThreadObjectFileSearchResources",
    "ThreadObjectFileSearchResourcesParam",
    "ThreadObjectToolResources",
    "ThreadObjectToolResourcesParam",
    "ThreadRunCancelled",
    "ThreadRunCancelling",
    "ThreadRunCompleted",
    "ThreadRunCreated",
    "ThreadRunExpired",
    "ThreadRunFailed",
    "ThreadRunInProgress",
    "ThreadRunIncomplete",
    "ThreadRunQueued",
    "ThreadRunRequiresAction",
    "ThreadRunStepCancelled",
    "ThreadRunStepCompleted",
    "ThreadRunStepCreated",
    "ThreadRunStepDelta",
    "ThreadRunStepExpired",
    "ThreadRunStepFailed",
    "ThreadRunStepInProgress",
    "ThreadStreamEvent",
    "ThreadToolResources",
    "ThreadToolResourcesParam",
    "ThreadVectorStore",
    "ThreadVectorStoreParam",
    "ToolOutput",
    "ToolOutputParam",
    "ToolResourcesCodeInterpreter",
    "ToolResourcesCodeInterpreterParam",
    "TruncationObject",
    "TruncationObjectParam",
    "TruncationType",
    "TruncationTypeLiteral",
    "UnknownAssistantTool",
    "UnknownAssistantsApiResponseFormatOption",
    "UnknownChunkingStrategy",
    "UnknownMessageAttachmentTool",
    "UnknownMessageContent",
    "UnknownMessageContentPart",
    "UnknownMessageContentTextAnnotation",
    "UnknownMessageDeltaContent",
    "UnknownMessageDeltaContentTextAnnotation",
    "UnknownRunRequiredAction",
    "UnknownRunStepDeltaStepDetails",
    "UnknownRunStepDeltaStepDetailsToolCall",
    "UnknownRunStepDeltaStepDetailsToolCallsCodeOutput",
    "UnknownRunStepDetails",
    "UnknownRunStepDetailsToolCall",
    "UnknownRunStepDetailsToolCallsCodeOutput",
    "UnknownStreamEvent",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
