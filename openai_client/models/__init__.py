"""Every model and enum of the spec, and its named unions."""

from ._tables import (
    STREAM_EVENTS,
    AssistantsApiResponseFormatOption,
    AssistantsApiToolChoiceOption,
    AssistantStreamEvent,
    AssistantTool,
    ChunkingStrategy,
    MCPRequiredApproval,
    MessageAttachmentTool,
    MessageContent,
    MessageContentPart,
    MessageContentTextAnnotation,
    MessageDeltaContent,
    MessageDeltaContentTextAnnotation,
    MessageStreamEvent,
    NullableMetadata,
    NullableReasoningEffort,
    OpenApiAuthDetails,
    RunApprovalToolCall,
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
from .ai_search_index_resource import AISearchIndexResource, AISearchIndexResourceParam
from .assistant_object import AssistantObject
from .assistant_supported_models import AssistantSupportedModels, AssistantSupportedModelsLiteral
from .assistant_tools_azure_ai_search import AssistantToolsAzureAISearch, AssistantToolsAzureAISearchParam
from .assistant_tools_azure_function import AssistantToolsAzureFunction, AssistantToolsAzureFunctionParam
from .assistant_tools_bing_custom_search import AssistantToolsBingCustomSearch, AssistantToolsBingCustomSearchParam
from .assistant_tools_bing_grounding import AssistantToolsBingGrounding, AssistantToolsBingGroundingParam
from .assistant_tools_browser_automation import AssistantToolsBrowserAutomation, AssistantToolsBrowserAutomationParam
from .assistant_tools_code import AssistantToolsCode, AssistantToolsCodeParam
from .assistant_tools_connected_agent import AssistantToolsConnectedAgent, AssistantToolsConnectedAgentParam
from .assistant_tools_deep_research import AssistantToolsDeepResearch, AssistantToolsDeepResearchParam
from .assistant_tools_fabric import AssistantToolsFabric, AssistantToolsFabricParam
from .assistant_tools_file_search import AssistantToolsFileSearch, AssistantToolsFileSearchParam
from .assistant_tools_file_search_options import AssistantToolsFileSearchOptions, AssistantToolsFileSearchOptionsParam
from .assistant_tools_file_search_type_only import (
    AssistantToolsFileSearchTypeOnly,
    AssistantToolsFileSearchTypeOnlyParam,
)
from .assistant_tools_function import AssistantToolsFunction, AssistantToolsFunctionParam
from .assistant_tools_mcp import AssistantToolsMcp, AssistantToolsMcpParam
from .assistant_tools_open_api import AssistantToolsOpenApi, AssistantToolsOpenApiParam
from .assistant_tools_sharepoint import AssistantToolsSharepoint, AssistantToolsSharepointParam
from .assistants_api_response_format_auto import AssistantsApiResponseFormatAuto, AssistantsApiResponseFormatAutoLiteral
from .assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode, AssistantsApiToolChoiceModeLiteral
from .assistants_named_tool_choice import AssistantsNamedToolChoice, AssistantsNamedToolChoiceParam
from .assistants_named_tool_choice_function import (
    AssistantsNamedToolChoiceFunction,
    AssistantsNamedToolChoiceFunctionParam,
)
from .assistants_named_tool_choice_type import AssistantsNamedToolChoiceType, AssistantsNamedToolChoiceTypeLiteral
from .auto_chunking_strategy import AutoChunkingStrategy, AutoChunkingStrategyParam
from .azure_ai_search_query_type import AzureAISearchQueryType, AzureAISearchQueryTypeLiteral
from .azure_ai_search_tool_resource import AzureAISearchToolResource, AzureAISearchToolResourceParam
from .azure_function_binding import AzureFunctionBinding, AzureFunctionBindingParam
from .azure_function_definition import AzureFunctionDefinition, AzureFunctionDefinitionParam
from .azure_function_storage_queue import AzureFunctionStorageQueue, AzureFunctionStorageQueueParam
from .azure_function_tool_call_details import AzureFunctionToolCallDetails
from .bing_custom_search_configuration import BingCustomSearchConfiguration, BingCustomSearchConfigurationParam
from .bing_custom_search_tool_parameters import BingCustomSearchToolParameters, BingCustomSearchToolParametersParam
from .bing_grounding_search_configuration import BingGroundingSearchConfiguration, BingGroundingSearchConfigurationParam
from .bing_grounding_search_tool_parameters import (
    BingGroundingSearchToolParameters,
    BingGroundingSearchToolParametersParam,
)
from .browser_automation_tool_call_details import BrowserAutomationToolCallDetails
from .browser_automation_tool_call_step import BrowserAutomationToolCallStep
from .browser_automation_tool_connection import BrowserAutomationToolConnection, BrowserAutomationToolConnectionParam
from .browser_automation_tool_parameters import BrowserAutomationToolParameters, BrowserAutomationToolParametersParam
from .connected_agent_details import ConnectedAgentDetails, ConnectedAgentDetailsParam
from .create_assistant_request import CreateAssistantRequest, CreateAssistantRequestParam
from .create_message_request import CreateMessageRequest, CreateMessageRequestParam
from .create_message_role import CreateMessageRole, CreateMessageRoleLiteral
from .create_run_request import CreateRunRequest, CreateRunRequestParam
from .create_thread_and_run_request import CreateThreadAndRunRequest, CreateThreadAndRunRequestParam
from .create_thread_request import CreateThreadRequest, CreateThreadRequestParam
from .deep_research_bing_grounding_connection import (
    DeepResearchBingGroundingConnection,
    DeepResearchBingGroundingConnectionParam,
)
from .deep_research_details import DeepResearchDetails, DeepResearchDetailsParam
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
from .list_threads_response import ListThreadsResponse
from .mcp_approval_per_tool import MCPApprovalPerTool, MCPApprovalPerToolParam
from .mcp_required_approval_mode import MCPRequiredApprovalMode, MCPRequiredApprovalModeLiteral
from .mcp_tool_list import MCPToolList, MCPToolListParam
from .mcp_tool_resource import MCPToolResource, MCPToolResourceParam
from .mcp_tool_resource_headers import MCPToolResourceHeaders
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
from .message_content_text_annotations_url_citation_object import MessageContentTextAnnotationsUrlCitationObject
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
from .message_delta_content_text_annotations_file_path_object import MessageDeltaContentTextAnnotationsFilePathObject
from .message_delta_content_text_annotations_url_citation_object import (
    MessageDeltaContentTextAnnotationsUrlCitationObject,
)
from .message_delta_content_text_object import MessageDeltaContentTextObject
from .message_delta_object import MessageDeltaObject
from .message_incomplete_details import MessageIncompleteDetails
from .message_incomplete_reason import MessageIncompleteReason, MessageIncompleteReasonLiteral
from .message_object import MessageObject
from .message_object_attachment import MessageObjectAttachment
from .message_request_content_text_object import MessageRequestContentTextObject, MessageRequestContentTextObjectParam
from .message_role import MessageRole, MessageRoleLiteral
from .message_status import MessageStatus, MessageStatusLiteral
from .message_text_url_citation_details import MessageTextUrlCitationDetails
from .metadata import Metadata
from .modify_assistant_request import ModifyAssistantRequest, ModifyAssistantRequestParam
from .modify_message_request import ModifyMessageRequest, ModifyMessageRequestParam
from .modify_run_request import ModifyRunRequest, ModifyRunRequestParam
from .modify_thread_request import ModifyThreadRequest, ModifyThreadRequestParam
from .open_api_anonymous_auth_details import OpenApiAnonymousAuthDetails, OpenApiAnonymousAuthDetailsParam
from .open_api_connection_auth_details import OpenApiConnectionAuthDetails, OpenApiConnectionAuthDetailsParam
from .open_api_connection_security_scheme import OpenApiConnectionSecurityScheme, OpenApiConnectionSecuritySchemeParam
from .open_api_function_definition import OpenApiFunctionDefinition, OpenApiFunctionDefinitionParam
from .open_api_managed_auth_details import OpenApiManagedAuthDetails, OpenApiManagedAuthDetailsParam
from .open_api_managed_security_scheme import OpenApiManagedSecurityScheme, OpenApiManagedSecuritySchemeParam
from .open_api_spec_document import OpenApiSpecDocument
from .reasoning_effort import ReasoningEffort, ReasoningEffortLiteral
from .response_format_json_object import ResponseFormatJsonObject, ResponseFormatJsonObjectParam
from .response_format_json_schema import ResponseFormatJsonSchema, ResponseFormatJsonSchemaParam
from .response_format_json_schema_options import ResponseFormatJsonSchemaOptions, ResponseFormatJsonSchemaOptionsParam
from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
from .response_format_text import ResponseFormatText, ResponseFormatTextParam
from .run_completion_usage import RunCompletionUsage
from .run_incomplete_details import RunIncompleteDetails
from .run_incomplete_reason import RunIncompleteReason, RunIncompleteReasonLiteral
from .run_last_error import RunLastError
from .run_last_error_code import RunLastErrorCode, RunLastErrorCodeLiteral
from .run_object import RunObject
from .run_required_action import RunRequiredAction
from .run_required_action_submit_tool_approval import RunRequiredActionSubmitToolApproval
from .run_status import RunStatus, RunStatusLiteral
from .run_step_completion_usage import RunStepCompletionUsage
from .run_step_connected_agent import RunStepConnectedAgent
from .run_step_deep_research_tool_call_details import RunStepDeepResearchToolCallDetails
from .run_step_delta import RunStepDelta
from .run_step_delta_object import RunStepDeltaObject
from .run_step_delta_step_details_mcp_object import RunStepDeltaStepDetailsMcpObject
from .run_step_delta_step_details_message_creation import RunStepDeltaStepDetailsMessageCreation
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
from .run_step_delta_step_details_tool_calls_code import RunStepDeltaStepDetailsToolCallsCode
from .run_step_delta_step_details_tool_calls_code_object import RunStepDeltaStepDetailsToolCallsCodeObject
from .run_step_delta_step_details_tool_calls_code_output_image import RunStepDeltaStepDetailsToolCallsCodeOutputImage
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
from .run_step_delta_step_details_tool_calls_file_search_object_file_search import (
    RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
)
from .run_step_delta_step_details_tool_calls_function import RunStepDeltaStepDetailsToolCallsFunction
from .run_step_delta_step_details_tool_calls_function_object import RunStepDeltaStepDetailsToolCallsFunctionObject
from .run_step_delta_step_details_tool_calls_mcp_object import RunStepDeltaStepDetailsToolCallsMcpObject
from .run_step_delta_step_details_tool_calls_object import RunStepDeltaStepDetailsToolCallsObject
from .run_step_delta_step_details_tool_calls_open_api_object import RunStepDeltaStepDetailsToolCallsOpenApiObject
from .run_step_delta_step_details_tool_calls_sharepoint_object import RunStepDeltaStepDetailsToolCallsSharepointObject
from .run_step_details_activities_object import RunStepDetailsActivitiesObject
from .run_step_details_activity import RunStepDetailsActivity
from .run_step_details_activity_tools import RunStepDetailsActivityTools
from .run_step_details_message_creation import RunStepDetailsMessageCreation
from .run_step_details_message_creation_object import RunStepDetailsMessageCreationObject
from .run_step_details_tool_calls_azure_ai_search_object import RunStepDetailsToolCallsAzureAISearchObject
from .run_step_details_tool_calls_azure_function_object import RunStepDetailsToolCallsAzureFunctionObject
from .run_step_details_tool_calls_bing_custom_search_object import RunStepDetailsToolCallsBingCustomSearchObject
from .run_step_details_tool_calls_bing_grounding_object import RunStepDetailsToolCallsBingGroundingObject
from .run_step_details_tool_calls_browser_automation_object import RunStepDetailsToolCallsBrowserAutomationObject
from .run_step_details_tool_calls_code import RunStepDetailsToolCallsCode
from .run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
from .run_step_details_tool_calls_code_output_image import RunStepDetailsToolCallsCodeOutputImage
from .run_step_details_tool_calls_code_output_image_object import RunStepDetailsToolCallsCodeOutputImageObject
from .run_step_details_tool_calls_code_output_logs_object import RunStepDetailsToolCallsCodeOutputLogsObject
from .run_step_details_tool_calls_connected_agent_object import RunStepDetailsToolCallsConnectedAgentObject
from .run_step_details_tool_calls_deep_research_object import RunStepDetailsToolCallsDeepResearchObject
from .run_step_details_tool_calls_fabric_object import RunStepDetailsToolCallsFabricObject
from .run_step_details_tool_calls_file_search import RunStepDetailsToolCallsFileSearch
from .run_step_details_tool_calls_file_search_object import RunStepDetailsToolCallsFileSearchObject
from .run_step_details_tool_calls_file_search_ranking_options_object import (
    RunStepDetailsToolCallsFileSearchRankingOptionsObject,
)
from .run_step_details_tool_calls_file_search_result_content import RunStepDetailsToolCallsFileSearchResultContent
from .run_step_details_tool_calls_file_search_result_object import RunStepDetailsToolCallsFileSearchResultObject
from .run_step_details_tool_calls_function import RunStepDetailsToolCallsFunction
from .run_step_details_tool_calls_function_object import RunStepDetailsToolCallsFunctionObject
from .run_step_details_tool_calls_mcp_object import RunStepDetailsToolCallsMcpObject
from .run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
from .run_step_details_tool_calls_open_api_object import RunStepDetailsToolCallsOpenApiObject
from .run_step_details_tool_calls_sharepoint_object import RunStepDetailsToolCallsSharepointObject
from .run_step_include import RunStepInclude, RunStepIncludeLiteral
from .run_step_last_error import RunStepLastError
from .run_step_last_error_code import RunStepLastErrorCode, RunStepLastErrorCodeLiteral
from .run_step_object import RunStepObject
from .run_step_status import RunStepStatus, RunStepStatusLiteral
from .run_step_type import RunStepType, RunStepTypeLiteral
from .run_submit_tool_approval import RunSubmitToolApproval
from .run_submit_tool_outputs import RunSubmitToolOutputs
from .run_tool_call_function import RunToolCallFunction
from .run_tool_call_mcp_object import RunToolCallMcpObject
from .run_tool_call_object import RunToolCallObject
from .static_chunking_options import StaticChunkingOptions, StaticChunkingOptionsParam
from .static_chunking_strategy import StaticChunkingStrategy, StaticChunkingStrategyParam
from .submit_tool_outputs_run_request import SubmitToolOutputsRunRequest, SubmitToolOutputsRunRequestParam
from .thread_and_run_file_search_resources import ThreadAndRunFileSearchResources, ThreadAndRunFileSearchResourcesParam
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
from .thread_object_file_search_resources import ThreadObjectFileSearchResources, ThreadObjectFileSearchResourcesParam
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
from .tool_approval import ToolApproval, ToolApprovalParam
from .tool_approval_headers import ToolApprovalHeaders
from .tool_call_string_map import ToolCallStringMap
from .tool_connection import ToolConnection, ToolConnectionParam
from .tool_connection_list import ToolConnectionList, ToolConnectionListParam
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
from .unknown_open_api_auth_details import UnknownOpenApiAuthDetails
from .unknown_run_approval_tool_call import UnknownRunApprovalToolCall
from .unknown_run_object_required_action import UnknownRunObjectRequiredAction
from .unknown_run_step_delta_step_details import UnknownRunStepDeltaStepDetails
from .unknown_run_step_delta_step_details_tool_call import UnknownRunStepDeltaStepDetailsToolCall
from .unknown_run_step_delta_step_details_tool_calls_code_output import (
    UnknownRunStepDeltaStepDetailsToolCallsCodeOutput,
)
from .unknown_run_step_details import UnknownRunStepDetails
from .unknown_run_step_details_tool_call import UnknownRunStepDetailsToolCall
from .unknown_run_step_details_tool_calls_code_output import UnknownRunStepDetailsToolCallsCodeOutput
from .unknown_stream_event import UnknownStreamEvent
from .vector_store_configuration import VectorStoreConfiguration, VectorStoreConfigurationParam
from .vector_store_configurations import VectorStoreConfigurations, VectorStoreConfigurationsParam
from .vector_store_data_source import VectorStoreDataSource, VectorStoreDataSourceParam
from .vector_store_data_source_asset_type import VectorStoreDataSourceAssetType, VectorStoreDataSourceAssetTypeLiteral

__all__ = (
    "STREAM_EVENTS",
    "AISearchIndexResource",
    "AISearchIndexResourceParam",
    "AssistantObject",
    "AssistantStreamEvent",
    "AssistantSupportedModels",
    "AssistantSupportedModelsLiteral",
    "AssistantTool",
    "AssistantToolsAzureAISearch",
    "AssistantToolsAzureAISearchParam",
    "AssistantToolsAzureFunction",
    "AssistantToolsAzureFunctionParam",
    "AssistantToolsBingCustomSearch",
    "AssistantToolsBingCustomSearchParam",
    "AssistantToolsBingGrounding",
    "AssistantToolsBingGroundingParam",
    "AssistantToolsBrowserAutomation",
    "AssistantToolsBrowserAutomationParam",
    "AssistantToolsCode",
    "AssistantToolsCodeParam",
    "AssistantToolsConnectedAgent",
    "AssistantToolsConnectedAgentParam",
    "AssistantToolsDeepResearch",
    "AssistantToolsDeepResearchParam",
    "AssistantToolsFabric",
    "AssistantToolsFabricParam",
    "AssistantToolsFileSearch",
    "AssistantToolsFileSearchOptions",
    "AssistantToolsFileSearchOptionsParam",
    "AssistantToolsFileSearchParam",
    "AssistantToolsFileSearchTypeOnly",
    "AssistantToolsFileSearchTypeOnlyParam",
    "AssistantToolsFunction",
    "AssistantToolsFunctionParam",
    "AssistantToolsMcp",
    "AssistantToolsMcpParam",
    "AssistantToolsOpenApi",
    "AssistantToolsOpenApiParam",
    "AssistantToolsSharepoint",
    "AssistantToolsSharepointParam",
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
    "AzureAISearchQueryType",
    "AzureAISearchQueryTypeLiteral",
    "AzureAISearchToolResource",
    "AzureAISearchToolResourceParam",
    "AzureFunctionBinding",
    "AzureFunctionBindingParam",
    "AzureFunctionDefinition",
    "AzureFunctionDefinitionParam",
    "AzureFunctionStorageQueue",
    "AzureFunctionStorageQueueParam",
    "AzureFunctionToolCallDetails",
    "BingCustomSearchConfiguration",
    "BingCustomSearchConfigurationParam",
    "BingCustomSearchToolParameters",
    "BingCustomSearchToolParametersParam",
    "BingGroundingSearchConfiguration",
    "BingGroundingSearchConfigurationParam",
    "BingGroundingSearchToolParameters",
    "BingGroundingSearchToolParametersParam",
    "BrowserAutomationToolCallDetails",
    "BrowserAutomationToolCallStep",
    "BrowserAutomationToolConnection",
    "BrowserAutomationToolConnectionParam",
    "BrowserAutomationToolParameters",
    "BrowserAutomationToolParametersParam",
    "ChunkingStrategy",
    "ConnectedAgentDetails",
    "ConnectedAgentDetailsParam",
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
    "DeepResearchBingGroundingConnection",
    "DeepResearchBingGroundingConnectionParam",
    "DeepResearchDetails",
    "DeepResearchDetailsParam",
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
    "ListThreadsResponse",
    "MCPApprovalPerTool",
    "MCPApprovalPerToolParam",
    "MCPRequiredApproval",
    "MCPRequiredApprovalMode",
    "MCPRequiredApprovalModeLiteral",
    "MCPToolList",
    "MCPToolListParam",
    "MCPToolResource",
    "MCPToolResourceHeaders",
    "MCPToolResourceParam",
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
    "MessageContentTextAnnotationsUrlCitationObject",
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
    "MessageDeltaContentTextAnnotationsUrlCitationObject",
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
    "MessageTextUrlCitationDetails",
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
    "OpenApiAnonymousAuthDetails",
    "OpenApiAnonymousAuthDetailsParam",
    "OpenApiAuthDetails",
    "OpenApiConnectionAuthDetails",
    "OpenApiConnectionAuthDetailsParam",
    "OpenApiConnectionSecurityScheme",
    "OpenApiConnectionSecuritySchemeParam",
    "OpenApiFunctionDefinition",
    "OpenApiFunctionDefinitionParam",
    "OpenApiManagedAuthDetails",
    "OpenApiManagedAuthDetailsParam",
    "OpenApiManagedSecurityScheme",
    "OpenApiManagedSecuritySchemeParam",
    "OpenApiSpecDocument",
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
    "RunApprovalToolCall",
    "RunCompletionUsage",
    "RunIncompleteDetails",
    "RunIncompleteReason",
    "RunIncompleteReasonLiteral",
    "RunLastError",
    "RunLastErrorCode",
    "RunLastErrorCodeLiteral",
    "RunObject",
    "RunRequiredAction",
    "RunRequiredActionSubmitToolApproval",
    "RunStatus",
    "RunStatusLiteral",
    "RunStepCompletionUsage",
    "RunStepConnectedAgent",
    "RunStepDeepResearchToolCallDetails",
    "RunStepDelta",
    "RunStepDeltaObject",
    "RunStepDeltaStepDetails",
    "RunStepDeltaStepDetailsMcpObject",
    "RunStepDeltaStepDetailsMessageCreation",
    "RunStepDeltaStepDetailsMessageCreationObject",
    "RunStepDeltaStepDetailsOpenApiObject",
    "RunStepDeltaStepDetailsToolCall",
    "RunStepDeltaStepDetailsToolCallsAzureAISearchObject",
    "RunStepDeltaStepDetailsToolCallsAzureFunctionObject",
    "RunStepDeltaStepDetailsToolCallsBingCustomSearchObject",
    "RunStepDeltaStepDetailsToolCallsBingGroundingObject",
    "RunStepDeltaStepDetailsToolCallsCode",
    "RunStepDeltaStepDetailsToolCallsCodeObject",
    "RunStepDeltaStepDetailsToolCallsCodeOutput",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImage",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDeltaStepDetailsToolCallsConnectedAgentObject",
    "RunStepDeltaStepDetailsToolCallsDeepResearchObject",
    "RunStepDeltaStepDetailsToolCallsFabricObject",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject",
    "RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch",
    "RunStepDeltaStepDetailsToolCallsFunction",
    "RunStepDeltaStepDetailsToolCallsFunctionObject",
    "RunStepDeltaStepDetailsToolCallsMcpObject",
    "RunStepDeltaStepDetailsToolCallsObject",
    "RunStepDeltaStepDetailsToolCallsOpenApiObject",
    "RunStepDeltaStepDetailsToolCallsSharepointObject",
    "RunStepDetails",
    "RunStepDetailsActivitiesObject",
    "RunStepDetailsActivity",
    "RunStepDetailsActivityTools",
    "RunStepDetailsMessageCreation",
    "RunStepDetailsMessageCreationObject",
    "RunStepDetailsToolCall",
    "RunStepDetailsToolCallsAzureAISearchObject",
    "RunStepDetailsToolCallsAzureFunctionObject",
    "RunStepDetailsToolCallsBingCustomSearchObject",
    "RunStepDetailsToolCallsBingGroundingObject",
    "RunStepDetailsToolCallsBrowserAutomationObject",
    "RunStepDetailsToolCallsCode",
    "RunStepDetailsToolCallsCodeObject",
    "RunStepDetailsToolCallsCodeOutput",
    "RunStepDetailsToolCallsCodeOutputImage",
    "RunStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDetailsToolCallsConnectedAgentObject",
    "RunStepDetailsToolCallsDeepResearchObject",
    "RunStepDetailsToolCallsFabricObject",
    "RunStepDetailsToolCallsFileSearch",
    "RunStepDetailsToolCallsFileSearchObject",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject",
    "RunStepDetailsToolCallsFileSearchResultContent",
    "RunStepDetailsToolCallsFileSearchResultObject",
    "RunStepDetailsToolCallsFunction",
    "RunStepDetailsToolCallsFunctionObject",
    "RunStepDetailsToolCallsMcpObject",
    "RunStepDetailsToolCallsObject",
    "RunStepDetailsToolCallsOpenApiObject",
    "RunStepDetailsToolCallsSharepointObject",
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
    "RunSubmitToolApproval",
    "RunSubmitToolOutputs",
    "RunToolCallFunction",
    "RunToolCallMcpObject",
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
    "ToolApproval",
    "ToolApprovalHeaders",
    "ToolApprovalParam",
    "ToolCallStringMap",
    "ToolConnection",
    "ToolConnectionList",
    "ToolConnectionListParam",
    "ToolConnectionParam",
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
    "UnknownOpenApiAuthDetails",
    "UnknownRunApprovalToolCall",
    "UnknownRunObjectRequiredAction",
    "UnknownRunStepDeltaStepDetails",
    "UnknownRunStepDeltaStepDetailsToolCall",
    "UnknownRunStepDeltaStepDetailsToolCallsCodeOutput",
    "UnknownRunStepDetails",
    "UnknownRunStepDetailsToolCall",
    "UnknownRunStepDetailsToolCallsCodeOutput",
    "UnknownStreamEvent",
    "VectorStoreConfiguration",
    "VectorStoreConfigurationParam",
    "VectorStoreConfigurations",
    "VectorStoreConfigurationsParam",
    "VectorStoreDataSource",
    "VectorStoreDataSourceAssetType",
    "VectorStoreDataSourceAssetTypeLiteral",
    "VectorStoreDataSourceParam",
)
