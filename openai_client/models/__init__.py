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
    from .assistant_tools_browser_automation import (
        AssistantToolsBrowserAutomation,
        AssistantToolsBrowserAutomationParam,
    )
    from .assistant_tools_code import AssistantToolsCode, AssistantToolsCodeParam
    from .assistant_tools_connected_agent import AssistantToolsConnectedAgent, AssistantToolsConnectedAgentParam
    from .assistant_tools_deep_research import AssistantToolsDeepResearch, AssistantToolsDeepResearchParam
    from .assistant_tools_fabric import AssistantToolsFabric, AssistantToolsFabricParam
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
    from .assistant_tools_mcp import AssistantToolsMcp, AssistantToolsMcpParam
    from .assistant_tools_open_api import AssistantToolsOpenApi, AssistantToolsOpenApiParam
    from .assistant_tools_sharepoint import AssistantToolsSharepoint, AssistantToolsSharepointParam
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
    from .azure_ai_search_query_type import AzureAISearchQueryType, AzureAISearchQueryTypeLiteral
    from .azure_ai_search_tool_resource import AzureAISearchToolResource, AzureAISearchToolResourceParam
    from .azure_function_binding import AzureFunctionBinding, AzureFunctionBindingParam
    from .azure_function_definition import AzureFunctionDefinition, AzureFunctionDefinitionParam
    from .azure_function_storage_queue import AzureFunctionStorageQueue, AzureFunctionStorageQueueParam
    from .azure_function_tool_call_details import AzureFunctionToolCallDetails
    from .bing_custom_search_configuration import BingCustomSearchConfiguration, BingCustomSearchConfigurationParam
    from .bing_custom_search_tool_parameters import BingCustomSearchToolParameters, BingCustomSearchToolParametersParam
    from .bing_grounding_search_configuration import (
        BingGroundingSearchConfiguration,
        BingGroundingSearchConfigurationParam,
    )
    from .bing_grounding_search_tool_parameters import (
        BingGroundingSearchToolParameters,
        BingGroundingSearchToolParametersParam,
    )
    from .browser_automation_tool_call_details import BrowserAutomationToolCallDetails
    from .browser_automation_tool_call_step import BrowserAutomationToolCallStep
    from .browser_automation_tool_connection import (
        BrowserAutomationToolConnection,
        BrowserAutomationToolConnectionParam,
    )
    from .browser_automation_tool_parameters import (
        BrowserAutomationToolParameters,
        BrowserAutomationToolParametersParam,
    )
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
    from .message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject,
    )
    from .message_delta_content_text_annotations_url_citation_object import (
        MessageDeltaContentTextAnnotationsUrlCitationObject,
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
    from .message_text_url_citation_details import MessageTextUrlCitationDetails
    from .metadata import Metadata
    from .modify_assistant_request import ModifyAssistantRequest, ModifyAssistantRequestParam
    from .modify_message_request import ModifyMessageRequest, ModifyMessageRequestParam
    from .modify_run_request import ModifyRunRequest, ModifyRunRequestParam
    from .modify_thread_request import ModifyThreadRequest, ModifyThreadRequestParam
    from .open_api_anonymous_auth_details import OpenApiAnonymousAuthDetails, OpenApiAnonymousAuthDetailsParam
    from .open_api_connection_auth_details import OpenApiConnectionAuthDetails, OpenApiConnectionAuthDetailsParam
    from .open_api_connection_security_scheme import (
        OpenApiConnectionSecurityScheme,
        OpenApiConnectionSecuritySchemeParam,
    )
    from .open_api_function_definition import OpenApiFunctionDefinition, OpenApiFunctionDefinitionParam
    from .open_api_managed_auth_details import OpenApiManagedAuthDetails, OpenApiManagedAuthDetailsParam
    from .open_api_managed_security_scheme import OpenApiManagedSecurityScheme, OpenApiManagedSecuritySchemeParam
    from .open_api_spec_document import OpenApiSpecDocument
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
    from .run_step_delta_step_details_tool_calls_code_output_image import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImage,
    )
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
    from .run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object_file_search import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .run_step_delta_step_details_tool_calls_function import RunStepDeltaStepDetailsToolCallsFunction
    from .run_step_delta_step_details_tool_calls_function_object import RunStepDeltaStepDetailsToolCallsFunctionObject
    from .run_step_delta_step_details_tool_calls_mcp_object import RunStepDeltaStepDetailsToolCallsMcpObject
    from .run_step_delta_step_details_tool_calls_object import RunStepDeltaStepDetailsToolCallsObject
    from .run_step_delta_step_details_tool_calls_open_api_object import RunStepDeltaStepDetailsToolCallsOpenApiObject
    from .run_step_delta_step_details_tool_calls_sharepoint_object import (
        RunStepDeltaStepDetailsToolCallsSharepointObject,
    )
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
    from .vector_store_data_source_asset_type import (
        VectorStoreDataSourceAssetType,
        VectorStoreDataSourceAssetTypeLiteral,
    )

_MODULES = {
    "AISearchIndexResource": "ai_search_index_resource",
    "AISearchIndexResourceParam": "ai_search_index_resource",
    "AssistantObject": "assistant_object",
    "AssistantStreamEvent": "_tables",
    "AssistantSupportedModels": "assistant_supported_models",
    "AssistantSupportedModelsLiteral": "assistant_supported_models",
    "AssistantTool": "_tables",
    "AssistantToolsAzureAISearch": "assistant_tools_azure_ai_search",
    "AssistantToolsAzureAISearchParam": "assistant_tools_azure_ai_search",
    "AssistantToolsAzureFunction": "assistant_tools_azure_function",
    "AssistantToolsAzureFunctionParam": "assistant_tools_azure_function",
    "AssistantToolsBingCustomSearch": "assistant_tools_bing_custom_search",
    "AssistantToolsBingCustomSearchParam": "assistant_tools_bing_custom_search",
    "AssistantToolsBingGrounding": "assistant_tools_bing_grounding",
    "AssistantToolsBingGroundingParam": "assistant_tools_bing_grounding",
    "AssistantToolsBrowserAutomation": "assistant_tools_browser_automation",
    "AssistantToolsBrowserAutomationParam": "assistant_tools_browser_automation",
    "AssistantToolsCode": "assistant_tools_code",
    "AssistantToolsCodeParam": "assistant_tools_code",
    "AssistantToolsConnectedAgent": "assistant_tools_connected_agent",
    "AssistantToolsConnectedAgentParam": "assistant_tools_connected_agent",
    "AssistantToolsDeepResearch": "assistant_tools_deep_research",
    "AssistantToolsDeepResearchParam": "assistant_tools_deep_research",
    "AssistantToolsFabric": "assistant_tools_fabric",
    "AssistantToolsFabricParam": "assistant_tools_fabric",
    "AssistantToolsFileSearch": "assistant_tools_file_search",
    "AssistantToolsFileSearchOptions": "assistant_tools_file_search_options",
    "AssistantToolsFileSearchOptionsParam": "assistant_tools_file_search_options",
    "AssistantToolsFileSearchParam": "assistant_tools_file_search",
    "AssistantToolsFileSearchTypeOnly": "assistant_tools_file_search_type_only",
    "AssistantToolsFileSearchTypeOnlyParam": "assistant_tools_file_search_type_only",
    "AssistantToolsFunction": "assistant_tools_function",
    "AssistantToolsFunctionParam": "assistant_tools_function",
    "AssistantToolsMcp": "assistant_tools_mcp",
    "AssistantToolsMcpParam": "assistant_tools_mcp",
    "AssistantToolsOpenApi": "assistant_tools_open_api",
    "AssistantToolsOpenApiParam": "assistant_tools_open_api",
    "AssistantToolsSharepoint": "assistant_tools_sharepoint",
    "AssistantToolsSharepointParam": "assistant_tools_sharepoint",
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
    "AzureAISearchQueryType": "azure_ai_search_query_type",
    "AzureAISearchQueryTypeLiteral": "azure_ai_search_query_type",
    "AzureAISearchToolResource": "azure_ai_search_tool_resource",
    "AzureAISearchToolResourceParam": "azure_ai_search_tool_resource",
    "AzureFunctionBinding": "azure_function_binding",
    "AzureFunctionBindingParam": "azure_function_binding",
    "AzureFunctionDefinition": "azure_function_definition",
    "AzureFunctionDefinitionParam": "azure_function_definition",
    "AzureFunctionStorageQueue": "azure_function_storage_queue",
    "AzureFunctionStorageQueueParam": "azure_function_storage_queue",
    "AzureFunctionToolCallDetails": "azure_function_tool_call_details",
    "BingCustomSearchConfiguration": "bing_custom_search_configuration",
    "BingCustomSearchConfigurationParam": "bing_custom_search_configuration",
    "BingCustomSearchToolParameters": "bing_custom_search_tool_parameters",
    "BingCustomSearchToolParametersParam": "bing_custom_search_tool_parameters",
    "BingGroundingSearchConfiguration": "bing_grounding_search_configuration",
    "BingGroundingSearchConfigurationParam": "bing_grounding_search_configuration",
    "BingGroundingSearchToolParameters": "bing_grounding_search_tool_parameters",
    "BingGroundingSearchToolParametersParam": "bing_grounding_search_tool_parameters",
    "BrowserAutomationToolCallDetails": "browser_automation_tool_call_details",
    "BrowserAutomationToolCallStep": "browser_automation_tool_call_step",
    "BrowserAutomationToolConnection": "browser_automation_tool_connection",
    "BrowserAutomationToolConnectionParam": "browser_automation_tool_connection",
    "BrowserAutomationToolParameters": "browser_automation_tool_parameters",
    "BrowserAutomationToolParametersParam": "browser_automation_tool_parameters",
    "ChunkingStrategy": "_tables",
    "ConnectedAgentDetails": "connected_agent_details",
    "ConnectedAgentDetailsParam": "connected_agent_details",
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
    "DeepResearchBingGroundingConnection": "deep_research_bing_grounding_connection",
    "DeepResearchBingGroundingConnectionParam": "deep_research_bing_grounding_connection",
    "DeepResearchDetails": "deep_research_details",
    "DeepResearchDetailsParam": "deep_research_details",
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
    "ListThreadsResponse": "list_threads_response",
    "MCPApprovalPerTool": "mcp_approval_per_tool",
    "MCPApprovalPerToolParam": "mcp_approval_per_tool",
    "MCPRequiredApproval": "_tables",
    "MCPRequiredApprovalMode": "mcp_required_approval_mode",
    "MCPRequiredApprovalModeLiteral": "mcp_required_approval_mode",
    "MCPToolList": "mcp_tool_list",
    "MCPToolListParam": "mcp_tool_list",
    "MCPToolResource": "mcp_tool_resource",
    "MCPToolResourceHeaders": "mcp_tool_resource_headers",
    "MCPToolResourceParam": "mcp_tool_resource",
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
    "MessageContentTextAnnotationsUrlCitationObject": "message_content_text_annotations_url_citation_object",
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
    "MessageDeltaContentTextAnnotationsUrlCitationObject": "message_delta_content_text_annotations_url_citation_object",
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
    "MessageTextUrlCitationDetails": "message_text_url_citation_details",
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
    "OpenApiAnonymousAuthDetails": "open_api_anonymous_auth_details",
    "OpenApiAnonymousAuthDetailsParam": "open_api_anonymous_auth_details",
    "OpenApiAuthDetails": "_tables",
    "OpenApiConnectionAuthDetails": "open_api_connection_auth_details",
    "OpenApiConnectionAuthDetailsParam": "open_api_connection_auth_details",
    "OpenApiConnectionSecurityScheme": "open_api_connection_security_scheme",
    "OpenApiConnectionSecuritySchemeParam": "open_api_connection_security_scheme",
    "OpenApiFunctionDefinition": "open_api_function_definition",
    "OpenApiFunctionDefinitionParam": "open_api_function_definition",
    "OpenApiManagedAuthDetails": "open_api_managed_auth_details",
    "OpenApiManagedAuthDetailsParam": "open_api_managed_auth_details",
    "OpenApiManagedSecurityScheme": "open_api_managed_security_scheme",
    "OpenApiManagedSecuritySchemeParam": "open_api_managed_security_scheme",
    "OpenApiSpecDocument": "open_api_spec_document",
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
    "RunApprovalToolCall": "_tables",
    "RunCompletionUsage": "run_completion_usage",
    "RunIncompleteDetails": "run_incomplete_details",
    "RunIncompleteReason": "run_incomplete_reason",
    "RunIncompleteReasonLiteral": "run_incomplete_reason",
    "RunLastError": "run_last_error",
    "RunLastErrorCode": "run_last_error_code",
    "RunLastErrorCodeLiteral": "run_last_error_code",
    "RunObject": "run_object",
    "RunRequiredAction": "run_required_action",
    "RunRequiredActionSubmitToolApproval": "run_required_action_submit_tool_approval",
    "RunStatus": "run_status",
    "RunStatusLiteral": "run_status",
    "RunStepCompletionUsage": "run_step_completion_usage",
    "RunStepConnectedAgent": "run_step_connected_agent",
    "RunStepDeepResearchToolCallDetails": "run_step_deep_research_tool_call_details",
    "RunStepDelta": "run_step_delta",
    "RunStepDeltaObject": "run_step_delta_object",
    "RunStepDeltaStepDetails": "_tables",
    "RunStepDeltaStepDetailsMcpObject": "run_step_delta_step_details_mcp_object",
    "RunStepDeltaStepDetailsMessageCreation": "run_step_delta_step_details_message_creation",
    "RunStepDeltaStepDetailsMessageCreationObject": "run_step_delta_step_details_message_creation_object",
    "RunStepDeltaStepDetailsOpenApiObject": "run_step_delta_step_details_open_api_object",
    "RunStepDeltaStepDetailsToolCall": "_tables",
    "RunStepDeltaStepDetailsToolCallsAzureAISearchObject": "run_step_delta_step_details_tool_calls_azure_ai_search_object",
    "RunStepDeltaStepDetailsToolCallsAzureFunctionObject": "run_step_delta_step_details_tool_calls_azure_function_object",
    "RunStepDeltaStepDetailsToolCallsBingCustomSearchObject": "run_step_delta_step_details_tool_calls_bing_custom_search_object",
    "RunStepDeltaStepDetailsToolCallsBingGroundingObject": "run_step_delta_step_details_tool_calls_bing_grounding_object",
    "RunStepDeltaStepDetailsToolCallsCode": "run_step_delta_step_details_tool_calls_code",
    "RunStepDeltaStepDetailsToolCallsCodeObject": "run_step_delta_step_details_tool_calls_code_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutput": "_tables",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImage": "run_step_delta_step_details_tool_calls_code_output_image",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject": "run_step_delta_step_details_tool_calls_code_output_image_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject": "run_step_delta_step_details_tool_calls_code_output_logs_object",
    "RunStepDeltaStepDetailsToolCallsConnectedAgentObject": "run_step_delta_step_details_tool_calls_connected_agent_object",
    "RunStepDeltaStepDetailsToolCallsDeepResearchObject": "run_step_delta_step_details_tool_calls_deep_research_object",
    "RunStepDeltaStepDetailsToolCallsFabricObject": "run_step_delta_step_details_tool_calls_fabric_object",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject": "run_step_delta_step_details_tool_calls_file_search_object",
    "RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch": "run_step_delta_step_details_tool_calls_file_search_object_file_search",
    "RunStepDeltaStepDetailsToolCallsFunction": "run_step_delta_step_details_tool_calls_function",
    "RunStepDeltaStepDetailsToolCallsFunctionObject": "run_step_delta_step_details_tool_calls_function_object",
    "RunStepDeltaStepDetailsToolCallsMcpObject": "run_step_delta_step_details_tool_calls_mcp_object",
    "RunStepDeltaStepDetailsToolCallsObject": "run_step_delta_step_details_tool_calls_object",
    "RunStepDeltaStepDetailsToolCallsOpenApiObject": "run_step_delta_step_details_tool_calls_open_api_object",
    "RunStepDeltaStepDetailsToolCallsSharepointObject": "run_step_delta_step_details_tool_calls_sharepoint_object",
    "RunStepDetails": "_tables",
    "RunStepDetailsActivitiesObject": "run_step_details_activities_object",
    "RunStepDetailsActivity": "run_step_details_activity",
    "RunStepDetailsActivityTools": "run_step_details_activity_tools",
    "RunStepDetailsMessageCreation": "run_step_details_message_creation",
    "RunStepDetailsMessageCreationObject": "run_step_details_message_creation_object",
    "RunStepDetailsToolCall": "_tables",
    "RunStepDetailsToolCallsAzureAISearchObject": "run_step_details_tool_calls_azure_ai_search_object",
    "RunStepDetailsToolCallsAzureFunctionObject": "run_step_details_tool_calls_azure_function_object",
    "RunStepDetailsToolCallsBingCustomSearchObject": "run_step_details_tool_calls_bing_custom_search_object",
    "RunStepDetailsToolCallsBingGroundingObject": "run_step_details_tool_calls_bing_grounding_object",
    "RunStepDetailsToolCallsBrowserAutomationObject": "run_step_details_tool_calls_browser_automation_object",
    "RunStepDetailsToolCallsCode": "run_step_details_tool_calls_code",
    "RunStepDetailsToolCallsCodeObject": "run_step_details_tool_calls_code_object",
    "RunStepDetailsToolCallsCodeOutput": "_tables",
    "RunStepDetailsToolCallsCodeOutputImage": "run_step_details_tool_calls_code_output_image",
    "RunStepDetailsToolCallsCodeOutputImageObject": "run_step_details_tool_calls_code_output_image_object",
    "RunStepDetailsToolCallsCodeOutputLogsObject": "run_step_details_tool_calls_code_output_logs_object",
    "RunStepDetailsToolCallsConnectedAgentObject": "run_step_details_tool_calls_connected_agent_object",
    "RunStepDetailsToolCallsDeepResearchObject": "run_step_details_tool_calls_deep_research_object",
    "RunStepDetailsToolCallsFabricObject": "run_step_details_tool_calls_fabric_object",
    "RunStepDetailsToolCallsFileSearch": "run_step_details_tool_calls_file_search",
    "RunStepDetailsToolCallsFileSearchObject": "run_step_details_tool_calls_file_search_object",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject": "run_step_details_tool_calls_file_search_ranking_options_object",
    "RunStepDetailsToolCallsFileSearchResultContent": "run_step_details_tool_calls_file_search_result_content",
    "RunStepDetailsToolCallsFileSearchResultObject": "run_step_details_tool_calls_file_search_result_object",
    "RunStepDetailsToolCallsFunction": "run_step_details_tool_calls_function",
    "RunStepDetailsToolCallsFunctionObject": "run_step_details_tool_calls_function_object",
    "RunStepDetailsToolCallsMcpObject": "run_step_details_tool_calls_mcp_object",
    "RunStepDetailsToolCallsObject": "run_step_details_tool_calls_object",
    "RunStepDetailsToolCallsOpenApiObject": "run_step_details_tool_calls_open_api_object",
    "RunStepDetailsToolCallsSharepointObject": "run_step_details_tool_calls_sharepoint_object",
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
    "RunSubmitToolApproval": "run_submit_tool_approval",
    "RunSubmitToolOutputs": "run_submit_tool_outputs",
    "RunToolCallFunction": "run_tool_call_function",
    "RunToolCallMcpObject": "run_tool_call_mcp_object",
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
    "ToolApproval": "tool_approval",
    "ToolApprovalHeaders": "tool_approval_headers",
    "ToolApprovalParam": "tool_approval",
    "ToolCallStringMap": "tool_call_string_map",
    "ToolConnection": "tool_connection",
    "ToolConnectionList": "tool_connection_list",
    "ToolConnectionListParam": "tool_connection_list",
    "ToolConnectionParam": "tool_connection",
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
    "UnknownOpenApiAuthDetails": "unknown_open_api_auth_details",
    "UnknownRunApprovalToolCall": "unknown_run_approval_tool_call",
    "UnknownRunObjectRequiredAction": "unknown_run_object_required_action",
    "UnknownRunStepDeltaStepDetails": "unknown_run_step_delta_step_details",
    "UnknownRunStepDeltaStepDetailsToolCall": "unknown_run_step_delta_step_details_tool_call",
    "UnknownRunStepDeltaStepDetailsToolCallsCodeOutput": "unknown_run_step_delta_step_details_tool_calls_code_output",
    "UnknownRunStepDetails": "unknown_run_step_details",
    "UnknownRunStepDetailsToolCall": "unknown_run_step_details_tool_call",
    "UnknownRunStepDetailsToolCallsCodeOutput": "unknown_run_step_details_tool_calls_code_output",
    "UnknownStreamEvent": "unknown_stream_event",
    "VectorStoreConfiguration": "vector_store_configuration",
    "VectorStoreConfigurationParam": "vector_store_configuration",
    "VectorStoreConfigurations": "vector_store_configurations",
    "VectorStoreConfigurationsParam": "vector_store_configurations",
    "VectorStoreDataSource": "vector_store_data_source",
    "VectorStoreDataSourceAssetType": "vector_store_data_source_asset_type",
    "VectorStoreDataSourceAssetTypeLiteral": "vector_store_data_source_asset_type",
    "VectorStoreDataSourceParam": "vector_store_data_source",
}

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


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
