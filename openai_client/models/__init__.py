"""Every model and enum of the spec, and its named unions (each imported on first use)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._tables import (
        STREAM_EVENTS,
        Annotation,
        ApplyPatchOperationParam,
        AssistantsApiResponseFormatOption,
        AssistantsApiToolChoiceOption,
        AssistantStreamEvent,
        AssistantTool,
        ChunkingStrategy,
        ComputerAction,
        ConversationItem,
        Filters,
        FunctionAndCustomToolCallOutput,
        FunctionShellCallOutputOutcomeParam,
        InputContent,
        InputItem,
        Item,
        MCPRequiredApproval,
        MCPToolCallError,
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
        OutputMessageContent,
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
        Tool,
        ToolCallCaller,
        ToolCallCallerParam,
        VectorStoreFileAttributes,
        WebSearchApproximateLocation,
    )
    from .additional_tools import AdditionalTools
    from .additional_tools_item_param import AdditionalToolsItemParam, AdditionalToolsItemParamParam
    from .ai_search_index_resource import AISearchIndexResource, AISearchIndexResourceParam
    from .apply_patch_call_output_status import ApplyPatchCallOutputStatus, ApplyPatchCallOutputStatusLiteral
    from .apply_patch_call_output_status_param import (
        ApplyPatchCallOutputStatusParam,
        ApplyPatchCallOutputStatusParamLiteral,
    )
    from .apply_patch_call_status import ApplyPatchCallStatus, ApplyPatchCallStatusLiteral
    from .apply_patch_call_status_param import ApplyPatchCallStatusParam, ApplyPatchCallStatusParamLiteral
    from .apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from .apply_patch_create_file_operation_param import (
        ApplyPatchCreateFileOperationParam,
        ApplyPatchCreateFileOperationParamParam,
    )
    from .apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from .apply_patch_delete_file_operation_param import (
        ApplyPatchDeleteFileOperationParam,
        ApplyPatchDeleteFileOperationParamParam,
    )
    from .apply_patch_tool_call import ApplyPatchToolCall
    from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam, ApplyPatchToolCallItemParamParam
    from .apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from .apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam,
        ApplyPatchToolCallOutputItemParamParam,
    )
    from .apply_patch_tool_param import ApplyPatchToolParam, ApplyPatchToolParamParam
    from .apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
    from .apply_patch_update_file_operation_param import (
        ApplyPatchUpdateFileOperationParam,
        ApplyPatchUpdateFileOperationParamParam,
    )
    from .approximate_location import ApproximateLocation, ApproximateLocationParam
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
    from .auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam, AutoCodeInterpreterToolParamParam
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
    from .callable_tool_allowed_caller import CallableToolAllowedCaller, CallableToolAllowedCallerLiteral
    from .click_button_type import ClickButtonType, ClickButtonTypeLiteral
    from .click_param import ClickParam, ClickParamParam
    from .code_interpreter_output_image import CodeInterpreterOutputImage, CodeInterpreterOutputImageParam
    from .code_interpreter_output_logs import CodeInterpreterOutputLogs, CodeInterpreterOutputLogsParam
    from .code_interpreter_tool import CodeInterpreterTool, CodeInterpreterToolParam
    from .code_interpreter_tool_call import CodeInterpreterToolCall, CodeInterpreterToolCallParam
    from .code_interpreter_tool_call_status import CodeInterpreterToolCallStatus, CodeInterpreterToolCallStatusLiteral
    from .compaction_body import CompactionBody
    from .compaction_summary_item_param import CompactionSummaryItemParam, CompactionSummaryItemParamParam
    from .compaction_trigger_item_param import CompactionTriggerItemParam, CompactionTriggerItemParamParam
    from .comparison_filter import ComparisonFilter, ComparisonFilterParam
    from .comparison_filter_type import ComparisonFilterType, ComparisonFilterTypeLiteral
    from .compound_filter import CompoundFilter, CompoundFilterParam
    from .compound_filter_type import CompoundFilterType, CompoundFilterTypeLiteral
    from .computer_call_output_item_param import ComputerCallOutputItemParam, ComputerCallOutputItemParamParam
    from .computer_call_output_status import ComputerCallOutputStatus, ComputerCallOutputStatusLiteral
    from .computer_call_safety_check_param import ComputerCallSafetyCheckParam, ComputerCallSafetyCheckParamParam
    from .computer_environment import ComputerEnvironment, ComputerEnvironmentLiteral
    from .computer_screenshot_content import ComputerScreenshotContent
    from .computer_screenshot_image import ComputerScreenshotImage, ComputerScreenshotImageParam
    from .computer_tool import ComputerTool, ComputerToolParam
    from .computer_tool_call import ComputerToolCall, ComputerToolCallParam
    from .computer_tool_call_output import ComputerToolCallOutput
    from .computer_tool_call_output_resource import ComputerToolCallOutputResource
    from .computer_tool_call_output_status import ComputerToolCallOutputStatus, ComputerToolCallOutputStatusLiteral
    from .computer_tool_call_status import ComputerToolCallStatus, ComputerToolCallStatusLiteral
    from .computer_tool_call_type import ComputerToolCallType, ComputerToolCallTypeLiteral
    from .computer_use_preview_tool import ComputerUsePreviewTool, ComputerUsePreviewToolParam
    from .connected_agent_details import ConnectedAgentDetails, ConnectedAgentDetailsParam
    from .container_auto_param import ContainerAutoParam, ContainerAutoParamParam
    from .container_file_citation_body import ContainerFileCitationBody, ContainerFileCitationBodyParam
    from .container_memory_limit import ContainerMemoryLimit, ContainerMemoryLimitLiteral
    from .container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
        ContainerNetworkPolicyAllowlistParamParam,
    )
    from .container_network_policy_disabled_param import (
        ContainerNetworkPolicyDisabledParam,
        ContainerNetworkPolicyDisabledParamParam,
    )
    from .container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam,
        ContainerNetworkPolicyDomainSecretParamParam,
    )
    from .container_reference_param import ContainerReferenceParam, ContainerReferenceParamParam
    from .container_reference_resource import ContainerReferenceResource
    from .conversation_item_list import ConversationItemList
    from .conversation_message_role import ConversationMessageRole, ConversationMessageRoleLiteral
    from .conversation_message_status import ConversationMessageStatus, ConversationMessageStatusLiteral
    from .conversation_resource import ConversationResource
    from .coord_param import CoordParam, CoordParamParam
    from .create_assistant_request import CreateAssistantRequest, CreateAssistantRequestParam
    from .create_conversation_body import CreateConversationBody, CreateConversationBodyParam
    from .create_conversation_items_body import CreateConversationItemsBody, CreateConversationItemsBodyParam
    from .create_message_request import CreateMessageRequest, CreateMessageRequestParam
    from .create_message_role import CreateMessageRole, CreateMessageRoleLiteral
    from .create_run_request import CreateRunRequest, CreateRunRequestParam
    from .create_thread_and_run_request import CreateThreadAndRunRequest, CreateThreadAndRunRequestParam
    from .create_thread_request import CreateThreadRequest, CreateThreadRequestParam
    from .custom_grammar_format_param import CustomGrammarFormatParam, CustomGrammarFormatParamParam
    from .custom_text_format_param import CustomTextFormatParam, CustomTextFormatParamParam
    from .custom_tool_call import CustomToolCall, CustomToolCallParam
    from .custom_tool_call_output import CustomToolCallOutput, CustomToolCallOutputParam
    from .custom_tool_param import CustomToolParam, CustomToolParamParam
    from .deep_research_bing_grounding_connection import (
        DeepResearchBingGroundingConnection,
        DeepResearchBingGroundingConnectionParam,
    )
    from .deep_research_details import DeepResearchDetails, DeepResearchDetailsParam
    from .delete_assistant_response import DeleteAssistantResponse
    from .delete_message_response import DeleteMessageResponse
    from .delete_thread_response import DeleteThreadResponse
    from .deleted_conversation_resource import DeletedConversationResource
    from .detail_enum import DetailEnum, DetailEnumLiteral
    from .direct_tool_call_caller import DirectToolCallCaller
    from .direct_tool_call_caller_param import DirectToolCallCallerParam, DirectToolCallCallerParamParam
    from .done_event import DoneEvent
    from .double_click_action import DoubleClickAction, DoubleClickActionParam
    from .drag_param import DragParam, DragParamParam
    from .easy_input_message import EasyInputMessage, EasyInputMessageParam
    from .easy_input_message_role import EasyInputMessageRole, EasyInputMessageRoleLiteral
    from .empty_model_param import EmptyModelParam, EmptyModelParamParam
    from .error import Error
    from .error_event import ErrorEvent
    from .error_response import ErrorResponse
    from .file_citation_body import FileCitationBody, FileCitationBodyParam
    from .file_detail_enum import FileDetailEnum, FileDetailEnumLiteral
    from .file_input_detail import FileInputDetail, FileInputDetailLiteral
    from .file_path import FilePath, FilePathParam
    from .file_search_ranker import FileSearchRanker, FileSearchRankerLiteral
    from .file_search_ranking_options import FileSearchRankingOptions, FileSearchRankingOptionsParam
    from .file_search_tool import FileSearchTool, FileSearchToolParam
    from .file_search_tool_call import FileSearchToolCall, FileSearchToolCallParam
    from .file_search_tool_call_results_item import FileSearchToolCallResultsItem, FileSearchToolCallResultsItemParam
    from .file_search_tool_call_status import FileSearchToolCallStatus, FileSearchToolCallStatusLiteral
    from .function_call_item_status import FunctionCallItemStatus, FunctionCallItemStatusLiteral
    from .function_call_output_item_param import FunctionCallOutputItemParam, FunctionCallOutputItemParamParam
    from .function_call_output_status_enum import FunctionCallOutputStatusEnum, FunctionCallOutputStatusEnumLiteral
    from .function_call_status import FunctionCallStatus, FunctionCallStatusLiteral
    from .function_object import FunctionObject, FunctionObjectParam
    from .function_parameters import FunctionParameters
    from .function_shell_action import FunctionShellAction
    from .function_shell_action_param import FunctionShellActionParam, FunctionShellActionParamParam
    from .function_shell_call import FunctionShellCall
    from .function_shell_call_item_param import FunctionShellCallItemParam, FunctionShellCallItemParamParam
    from .function_shell_call_item_status import FunctionShellCallItemStatus, FunctionShellCallItemStatusLiteral
    from .function_shell_call_output import FunctionShellCallOutput
    from .function_shell_call_output_content import FunctionShellCallOutputContent
    from .function_shell_call_output_content_param import (
        FunctionShellCallOutputContentParam,
        FunctionShellCallOutputContentParamParam,
    )
    from .function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
    from .function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam,
        FunctionShellCallOutputExitOutcomeParamParam,
    )
    from .function_shell_call_output_item_param import (
        FunctionShellCallOutputItemParam,
        FunctionShellCallOutputItemParamParam,
    )
    from .function_shell_call_output_status_enum import (
        FunctionShellCallOutputStatusEnum,
        FunctionShellCallOutputStatusEnumLiteral,
    )
    from .function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome
    from .function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam,
        FunctionShellCallOutputTimeoutOutcomeParamParam,
    )
    from .function_shell_call_status import FunctionShellCallStatus, FunctionShellCallStatusLiteral
    from .function_shell_tool_param import FunctionShellToolParam, FunctionShellToolParamParam
    from .function_tool import FunctionTool
    from .function_tool_call import FunctionToolCall, FunctionToolCallParam
    from .function_tool_call_output import FunctionToolCallOutput
    from .function_tool_call_output_resource import FunctionToolCallOutputResource
    from .function_tool_call_output_status import FunctionToolCallOutputStatus, FunctionToolCallOutputStatusLiteral
    from .function_tool_call_resource import FunctionToolCallResource
    from .function_tool_call_status import FunctionToolCallStatus, FunctionToolCallStatusLiteral
    from .function_tool_output_schema import FunctionToolOutputSchema
    from .function_tool_param import FunctionToolParam, FunctionToolParamParam
    from .function_tool_param_output_schema import FunctionToolParamOutputSchema
    from .function_tool_parameters import FunctionToolParameters
    from .grammar_syntax_1 import GrammarSyntax1, GrammarSyntax1Literal
    from .http_error import HTTPError, HTTPErrorParam
    from .hybrid_search_options import HybridSearchOptions, HybridSearchOptionsParam
    from .image_detail import ImageDetail, ImageDetailLiteral
    from .image_gen_action_enum import ImageGenActionEnum, ImageGenActionEnumLiteral
    from .image_gen_tool import ImageGenTool, ImageGenToolParam
    from .image_gen_tool_background import ImageGenToolBackground, ImageGenToolBackgroundLiteral
    from .image_gen_tool_call import ImageGenToolCall, ImageGenToolCallParam
    from .image_gen_tool_call_status import ImageGenToolCallStatus, ImageGenToolCallStatusLiteral
    from .image_gen_tool_input_image_mask import ImageGenToolInputImageMask, ImageGenToolInputImageMaskParam
    from .image_gen_tool_model import ImageGenToolModel, ImageGenToolModelLiteral
    from .image_gen_tool_moderation import ImageGenToolModeration, ImageGenToolModerationLiteral
    from .image_gen_tool_output_format import ImageGenToolOutputFormat, ImageGenToolOutputFormatLiteral
    from .image_gen_tool_quality import ImageGenToolQuality, ImageGenToolQualityLiteral
    from .image_gen_tool_size import ImageGenToolSize, ImageGenToolSizeLiteral
    from .include_enum import IncludeEnum, IncludeEnumLiteral
    from .inline_skill_param import InlineSkillParam, InlineSkillParamParam
    from .inline_skill_source_param import InlineSkillSourceParam, InlineSkillSourceParamParam
    from .input_fidelity import InputFidelity, InputFidelityLiteral
    from .input_file_content import InputFileContent
    from .input_file_content_param import InputFileContentParam, InputFileContentParamParam
    from .input_image_content import InputImageContent, InputImageContentParam
    from .input_image_content_param_auto_param import (
        InputImageContentParamAutoParam,
        InputImageContentParamAutoParamParam,
    )
    from .input_image_detail import InputImageDetail, InputImageDetailLiteral
    from .input_message import InputMessage, InputMessageParam
    from .input_message_role import InputMessageRole, InputMessageRoleLiteral
    from .input_message_status import InputMessageStatus, InputMessageStatusLiteral
    from .input_text_content import InputTextContent
    from .input_text_content_param import InputTextContentParam, InputTextContentParamParam
    from .item_reference_param import ItemReferenceParam, ItemReferenceParamParam
    from .key_press_action import KeyPressAction, KeyPressActionParam
    from .list_assistants_response import ListAssistantsResponse
    from .list_conversation_items_order import ListConversationItemsOrder, ListConversationItemsOrderLiteral
    from .list_messages_response import ListMessagesResponse
    from .list_order import ListOrder, ListOrderLiteral
    from .list_run_steps_response import ListRunStepsResponse
    from .list_runs_response import ListRunsResponse
    from .list_threads_response import ListThreadsResponse
    from .local_environment_param import LocalEnvironmentParam, LocalEnvironmentParamParam
    from .local_environment_resource import LocalEnvironmentResource
    from .local_shell_exec_action import LocalShellExecAction, LocalShellExecActionParam
    from .local_shell_exec_action_env import LocalShellExecActionEnv
    from .local_shell_tool_call import LocalShellToolCall, LocalShellToolCallParam
    from .local_shell_tool_call_output import LocalShellToolCallOutput, LocalShellToolCallOutputParam
    from .local_shell_tool_call_output_status import (
        LocalShellToolCallOutputStatus,
        LocalShellToolCallOutputStatusLiteral,
    )
    from .local_shell_tool_call_status import LocalShellToolCallStatus, LocalShellToolCallStatusLiteral
    from .local_shell_tool_param import LocalShellToolParam, LocalShellToolParamParam
    from .local_skill_param import LocalSkillParam, LocalSkillParamParam
    from .log_prob import LogProb, LogProbParam
    from .mcp_approval_per_tool import MCPApprovalPerTool, MCPApprovalPerToolParam
    from .mcp_approval_request import MCPApprovalRequest, MCPApprovalRequestParam
    from .mcp_approval_response import MCPApprovalResponse, MCPApprovalResponseParam
    from .mcp_approval_response_resource import MCPApprovalResponseResource
    from .mcp_list_tools import MCPListTools, MCPListToolsParam
    from .mcp_list_tools_tool import MCPListToolsTool, MCPListToolsToolParam
    from .mcp_list_tools_tool_annotations import MCPListToolsToolAnnotations, MCPListToolsToolAnnotationsParam
    from .mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema, MCPListToolsToolInputSchemaParam
    from .mcp_protocol_error import MCPProtocolError, MCPProtocolErrorParam
    from .mcp_required_approval_mode import MCPRequiredApprovalMode, MCPRequiredApprovalModeLiteral
    from .mcp_tool import MCPTool, MCPToolParam
    from .mcp_tool_call import MCPToolCall, MCPToolCallParam
    from .mcp_tool_call_status import MCPToolCallStatus, MCPToolCallStatusLiteral
    from .mcp_tool_connector_id import MCPToolConnectorId, MCPToolConnectorIdLiteral
    from .mcp_tool_execution_error import MCPToolExecutionError, MCPToolExecutionErrorParam
    from .mcp_tool_filter import MCPToolFilter, MCPToolFilterParam
    from .mcp_tool_headers import MCPToolHeaders
    from .mcp_tool_list import MCPToolList, MCPToolListParam
    from .mcp_tool_require_approval import MCPToolRequireApproval, MCPToolRequireApprovalParam
    from .mcp_tool_require_approval_enum import MCPToolRequireApprovalEnum, MCPToolRequireApprovalEnumLiteral
    from .mcp_tool_resource import MCPToolResource, MCPToolResourceParam
    from .mcp_tool_resource_headers import MCPToolResourceHeaders
    from .message import Message
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
    from .message_phase import MessagePhase, MessagePhaseLiteral
    from .message_phase_2 import MessagePhase2, MessagePhase2Literal
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
    from .move_param import MoveParam, MoveParamParam
    from .namespace_tool_param import NamespaceToolParam, NamespaceToolParamParam
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
    from .output_message import OutputMessage, OutputMessageParam
    from .output_message_status import OutputMessageStatus, OutputMessageStatusLiteral
    from .output_text_content import OutputTextContent, OutputTextContentParam
    from .program import Program
    from .program_item_param import ProgramItemParam, ProgramItemParamParam
    from .program_output import ProgramOutput
    from .program_output_item_param import ProgramOutputItemParam, ProgramOutputItemParamParam
    from .program_output_item_status import ProgramOutputItemStatus, ProgramOutputItemStatusLiteral
    from .program_output_status import ProgramOutputStatus, ProgramOutputStatusLiteral
    from .program_tool_call_caller import ProgramToolCallCaller
    from .program_tool_call_caller_param import ProgramToolCallCallerParam, ProgramToolCallCallerParamParam
    from .programmatic_tool_calling_param import ProgrammaticToolCallingParam, ProgrammaticToolCallingParamParam
    from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig, PromptCacheBreakpointConfigParam
    from .prompt_cache_breakpoint_param import PromptCacheBreakpointParam, PromptCacheBreakpointParamParam
    from .ranker_version_type import RankerVersionType, RankerVersionTypeLiteral
    from .ranking_options import RankingOptions, RankingOptionsParam
    from .reasoning_effort import ReasoningEffort, ReasoningEffortLiteral
    from .reasoning_item import ReasoningItem, ReasoningItemParam
    from .reasoning_item_status import ReasoningItemStatus, ReasoningItemStatusLiteral
    from .reasoning_text_content import ReasoningTextContent, ReasoningTextContentParam
    from .refusal_content import RefusalContent, RefusalContentParam
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
    from .run_step_activity_function import RunStepActivityFunction
    from .run_step_activity_function_argument import RunStepActivityFunctionArgument
    from .run_step_activity_function_parameters import RunStepActivityFunctionParameters
    from .run_step_activity_function_parameters_properties import RunStepActivityFunctionParametersProperties
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
    from .screenshot_param import ScreenshotParam, ScreenshotParamParam
    from .scroll_param import ScrollParam, ScrollParamParam
    from .search_content_type import SearchContentType, SearchContentTypeLiteral
    from .search_context_size import SearchContextSize, SearchContextSizeLiteral
    from .skill_reference_param import SkillReferenceParam, SkillReferenceParamParam
    from .static_chunking_options import StaticChunkingOptions, StaticChunkingOptionsParam
    from .static_chunking_strategy import StaticChunkingStrategy, StaticChunkingStrategyParam
    from .submit_tool_outputs_run_request import SubmitToolOutputsRunRequest, SubmitToolOutputsRunRequestParam
    from .summary_text_content import SummaryTextContent, SummaryTextContentParam
    from .text_content import TextContent
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
    from .tool_search_call import ToolSearchCall
    from .tool_search_call_item_param import ToolSearchCallItemParam, ToolSearchCallItemParamParam
    from .tool_search_execution_type import ToolSearchExecutionType, ToolSearchExecutionTypeLiteral
    from .tool_search_output import ToolSearchOutput
    from .tool_search_output_item_param import ToolSearchOutputItemParam, ToolSearchOutputItemParamParam
    from .tool_search_tool_param import ToolSearchToolParam, ToolSearchToolParamParam
    from .top_log_prob import TopLogProb, TopLogProbParam
    from .truncation_object import TruncationObject, TruncationObjectParam
    from .truncation_type import TruncationType, TruncationTypeLiteral
    from .type_param import TypeParam, TypeParamParam
    from .unknown_annotation import UnknownAnnotation
    from .unknown_apply_patch_operation_param import UnknownApplyPatchOperationParam
    from .unknown_apply_patch_tool_call_operation import UnknownApplyPatchToolCallOperation
    from .unknown_approximate_location import UnknownApproximateLocation
    from .unknown_assistant_tool import UnknownAssistantTool
    from .unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption
    from .unknown_auto_code_interpreter_tool_param import UnknownAutoCodeInterpreterToolParam
    from .unknown_auto_code_interpreter_tool_param_network_policy import (
        UnknownAutoCodeInterpreterToolParamNetworkPolicy,
    )
    from .unknown_chunking_strategy import UnknownChunkingStrategy
    from .unknown_compound_filter_filters import UnknownCompoundFilterFilters
    from .unknown_computer_action import UnknownComputerAction
    from .unknown_container_auto_param_network_policy import UnknownContainerAutoParamNetworkPolicy
    from .unknown_container_auto_param_skills import UnknownContainerAutoParamSkills
    from .unknown_conversation_item import UnknownConversationItem
    from .unknown_custom_tool_param_format import UnknownCustomToolParamFormat
    from .unknown_filters import UnknownFilters
    from .unknown_function_and_custom_tool_call_output import UnknownFunctionAndCustomToolCallOutput
    from .unknown_function_shell_call_environment import UnknownFunctionShellCallEnvironment
    from .unknown_function_shell_call_item_param_environment import UnknownFunctionShellCallItemParamEnvironment
    from .unknown_function_shell_call_output_content_outcome import UnknownFunctionShellCallOutputContentOutcome
    from .unknown_function_shell_call_output_outcome_param import UnknownFunctionShellCallOutputOutcomeParam
    from .unknown_function_shell_tool_param_environment import UnknownFunctionShellToolParamEnvironment
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
    from .unknown_namespace_tool_param_tools import UnknownNamespaceToolParamTools
    from .unknown_open_api_auth_details import UnknownOpenApiAuthDetails
    from .unknown_output_message_content import UnknownOutputMessageContent
    from .unknown_prompt_cache_breakpoint_param import UnknownPromptCacheBreakpointParam
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
    from .unknown_tool import UnknownTool
    from .unknown_tool_call_caller import UnknownToolCallCaller
    from .unknown_tool_call_caller_param import UnknownToolCallCallerParam
    from .unknown_web_search_approximate_location import UnknownWebSearchApproximateLocation
    from .unknown_web_search_tool_call_action import UnknownWebSearchToolCallAction
    from .update_conversation_body import UpdateConversationBody, UpdateConversationBodyParam
    from .url_citation_body import UrlCitationBody, UrlCitationBodyParam
    from .vector_store_configuration import VectorStoreConfiguration, VectorStoreConfigurationParam
    from .vector_store_configurations import VectorStoreConfigurations, VectorStoreConfigurationsParam
    from .vector_store_data_source import VectorStoreDataSource, VectorStoreDataSourceParam
    from .vector_store_data_source_asset_type import (
        VectorStoreDataSourceAssetType,
        VectorStoreDataSourceAssetTypeLiteral,
    )
    from .vector_store_file_attributes_2 import VectorStoreFileAttributes2
    from .wait_param import WaitParam, WaitParamParam
    from .web_search_action_find import WebSearchActionFind, WebSearchActionFindParam
    from .web_search_action_open_page import WebSearchActionOpenPage, WebSearchActionOpenPageParam
    from .web_search_action_search import WebSearchActionSearch, WebSearchActionSearchParam
    from .web_search_action_search_sources_item import (
        WebSearchActionSearchSourcesItem,
        WebSearchActionSearchSourcesItemParam,
    )
    from .web_search_approximate_location_2 import WebSearchApproximateLocation2, WebSearchApproximateLocation2Param
    from .web_search_preview_tool import WebSearchPreviewTool, WebSearchPreviewToolParam
    from .web_search_preview_tool_type import WebSearchPreviewToolType, WebSearchPreviewToolTypeLiteral
    from .web_search_tool import WebSearchTool, WebSearchToolParam
    from .web_search_tool_call import WebSearchToolCall, WebSearchToolCallParam
    from .web_search_tool_call_status import WebSearchToolCallStatus, WebSearchToolCallStatusLiteral
    from .web_search_tool_filters import WebSearchToolFilters, WebSearchToolFiltersParam
    from .web_search_tool_search_context_size import (
        WebSearchToolSearchContextSize,
        WebSearchToolSearchContextSizeLiteral,
    )
    from .web_search_tool_type import WebSearchToolType, WebSearchToolTypeLiteral

_MODULES = {
    "AISearchIndexResource": "ai_search_index_resource",
    "AISearchIndexResourceParam": "ai_search_index_resource",
    "AdditionalTools": "additional_tools",
    "AdditionalToolsItemParam": "additional_tools_item_param",
    "AdditionalToolsItemParamParam": "additional_tools_item_param",
    "Annotation": "_tables",
    "ApplyPatchCallOutputStatus": "apply_patch_call_output_status",
    "ApplyPatchCallOutputStatusLiteral": "apply_patch_call_output_status",
    "ApplyPatchCallOutputStatusParam": "apply_patch_call_output_status_param",
    "ApplyPatchCallOutputStatusParamLiteral": "apply_patch_call_output_status_param",
    "ApplyPatchCallStatus": "apply_patch_call_status",
    "ApplyPatchCallStatusLiteral": "apply_patch_call_status",
    "ApplyPatchCallStatusParam": "apply_patch_call_status_param",
    "ApplyPatchCallStatusParamLiteral": "apply_patch_call_status_param",
    "ApplyPatchCreateFileOperation": "apply_patch_create_file_operation",
    "ApplyPatchCreateFileOperationParam": "apply_patch_create_file_operation_param",
    "ApplyPatchCreateFileOperationParamParam": "apply_patch_create_file_operation_param",
    "ApplyPatchDeleteFileOperation": "apply_patch_delete_file_operation",
    "ApplyPatchDeleteFileOperationParam": "apply_patch_delete_file_operation_param",
    "ApplyPatchDeleteFileOperationParamParam": "apply_patch_delete_file_operation_param",
    "ApplyPatchOperationParam": "_tables",
    "ApplyPatchToolCall": "apply_patch_tool_call",
    "ApplyPatchToolCallItemParam": "apply_patch_tool_call_item_param",
    "ApplyPatchToolCallItemParamParam": "apply_patch_tool_call_item_param",
    "ApplyPatchToolCallOutput": "apply_patch_tool_call_output",
    "ApplyPatchToolCallOutputItemParam": "apply_patch_tool_call_output_item_param",
    "ApplyPatchToolCallOutputItemParamParam": "apply_patch_tool_call_output_item_param",
    "ApplyPatchToolParam": "apply_patch_tool_param",
    "ApplyPatchToolParamParam": "apply_patch_tool_param",
    "ApplyPatchUpdateFileOperation": "apply_patch_update_file_operation",
    "ApplyPatchUpdateFileOperationParam": "apply_patch_update_file_operation_param",
    "ApplyPatchUpdateFileOperationParamParam": "apply_patch_update_file_operation_param",
    "ApproximateLocation": "approximate_location",
    "ApproximateLocationParam": "approximate_location",
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
    "AutoCodeInterpreterToolParam": "auto_code_interpreter_tool_param",
    "AutoCodeInterpreterToolParamParam": "auto_code_interpreter_tool_param",
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
    "CallableToolAllowedCaller": "callable_tool_allowed_caller",
    "CallableToolAllowedCallerLiteral": "callable_tool_allowed_caller",
    "ChunkingStrategy": "_tables",
    "ClickButtonType": "click_button_type",
    "ClickButtonTypeLiteral": "click_button_type",
    "ClickParam": "click_param",
    "ClickParamParam": "click_param",
    "CodeInterpreterOutputImage": "code_interpreter_output_image",
    "CodeInterpreterOutputImageParam": "code_interpreter_output_image",
    "CodeInterpreterOutputLogs": "code_interpreter_output_logs",
    "CodeInterpreterOutputLogsParam": "code_interpreter_output_logs",
    "CodeInterpreterTool": "code_interpreter_tool",
    "CodeInterpreterToolCall": "code_interpreter_tool_call",
    "CodeInterpreterToolCallParam": "code_interpreter_tool_call",
    "CodeInterpreterToolCallStatus": "code_interpreter_tool_call_status",
    "CodeInterpreterToolCallStatusLiteral": "code_interpreter_tool_call_status",
    "CodeInterpreterToolParam": "code_interpreter_tool",
    "CompactionBody": "compaction_body",
    "CompactionSummaryItemParam": "compaction_summary_item_param",
    "CompactionSummaryItemParamParam": "compaction_summary_item_param",
    "CompactionTriggerItemParam": "compaction_trigger_item_param",
    "CompactionTriggerItemParamParam": "compaction_trigger_item_param",
    "ComparisonFilter": "comparison_filter",
    "ComparisonFilterParam": "comparison_filter",
    "ComparisonFilterType": "comparison_filter_type",
    "ComparisonFilterTypeLiteral": "comparison_filter_type",
    "CompoundFilter": "compound_filter",
    "CompoundFilterParam": "compound_filter",
    "CompoundFilterType": "compound_filter_type",
    "CompoundFilterTypeLiteral": "compound_filter_type",
    "ComputerAction": "_tables",
    "ComputerCallOutputItemParam": "computer_call_output_item_param",
    "ComputerCallOutputItemParamParam": "computer_call_output_item_param",
    "ComputerCallOutputStatus": "computer_call_output_status",
    "ComputerCallOutputStatusLiteral": "computer_call_output_status",
    "ComputerCallSafetyCheckParam": "computer_call_safety_check_param",
    "ComputerCallSafetyCheckParamParam": "computer_call_safety_check_param",
    "ComputerEnvironment": "computer_environment",
    "ComputerEnvironmentLiteral": "computer_environment",
    "ComputerScreenshotContent": "computer_screenshot_content",
    "ComputerScreenshotImage": "computer_screenshot_image",
    "ComputerScreenshotImageParam": "computer_screenshot_image",
    "ComputerTool": "computer_tool",
    "ComputerToolCall": "computer_tool_call",
    "ComputerToolCallOutput": "computer_tool_call_output",
    "ComputerToolCallOutputResource": "computer_tool_call_output_resource",
    "ComputerToolCallOutputStatus": "computer_tool_call_output_status",
    "ComputerToolCallOutputStatusLiteral": "computer_tool_call_output_status",
    "ComputerToolCallParam": "computer_tool_call",
    "ComputerToolCallStatus": "computer_tool_call_status",
    "ComputerToolCallStatusLiteral": "computer_tool_call_status",
    "ComputerToolCallType": "computer_tool_call_type",
    "ComputerToolCallTypeLiteral": "computer_tool_call_type",
    "ComputerToolParam": "computer_tool",
    "ComputerUsePreviewTool": "computer_use_preview_tool",
    "ComputerUsePreviewToolParam": "computer_use_preview_tool",
    "ConnectedAgentDetails": "connected_agent_details",
    "ConnectedAgentDetailsParam": "connected_agent_details",
    "ContainerAutoParam": "container_auto_param",
    "ContainerAutoParamParam": "container_auto_param",
    "ContainerFileCitationBody": "container_file_citation_body",
    "ContainerFileCitationBodyParam": "container_file_citation_body",
    "ContainerMemoryLimit": "container_memory_limit",
    "ContainerMemoryLimitLiteral": "container_memory_limit",
    "ContainerNetworkPolicyAllowlistParam": "container_network_policy_allowlist_param",
    "ContainerNetworkPolicyAllowlistParamParam": "container_network_policy_allowlist_param",
    "ContainerNetworkPolicyDisabledParam": "container_network_policy_disabled_param",
    "ContainerNetworkPolicyDisabledParamParam": "container_network_policy_disabled_param",
    "ContainerNetworkPolicyDomainSecretParam": "container_network_policy_domain_secret_param",
    "ContainerNetworkPolicyDomainSecretParamParam": "container_network_policy_domain_secret_param",
    "ContainerReferenceParam": "container_reference_param",
    "ContainerReferenceParamParam": "container_reference_param",
    "ContainerReferenceResource": "container_reference_resource",
    "ConversationItem": "_tables",
    "ConversationItemList": "conversation_item_list",
    "ConversationMessageRole": "conversation_message_role",
    "ConversationMessageRoleLiteral": "conversation_message_role",
    "ConversationMessageStatus": "conversation_message_status",
    "ConversationMessageStatusLiteral": "conversation_message_status",
    "ConversationResource": "conversation_resource",
    "CoordParam": "coord_param",
    "CoordParamParam": "coord_param",
    "CreateAssistantRequest": "create_assistant_request",
    "CreateAssistantRequestParam": "create_assistant_request",
    "CreateConversationBody": "create_conversation_body",
    "CreateConversationBodyParam": "create_conversation_body",
    "CreateConversationItemsBody": "create_conversation_items_body",
    "CreateConversationItemsBodyParam": "create_conversation_items_body",
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
    "CustomGrammarFormatParam": "custom_grammar_format_param",
    "CustomGrammarFormatParamParam": "custom_grammar_format_param",
    "CustomTextFormatParam": "custom_text_format_param",
    "CustomTextFormatParamParam": "custom_text_format_param",
    "CustomToolCall": "custom_tool_call",
    "CustomToolCallOutput": "custom_tool_call_output",
    "CustomToolCallOutputParam": "custom_tool_call_output",
    "CustomToolCallParam": "custom_tool_call",
    "CustomToolParam": "custom_tool_param",
    "CustomToolParamParam": "custom_tool_param",
    "DeepResearchBingGroundingConnection": "deep_research_bing_grounding_connection",
    "DeepResearchBingGroundingConnectionParam": "deep_research_bing_grounding_connection",
    "DeepResearchDetails": "deep_research_details",
    "DeepResearchDetailsParam": "deep_research_details",
    "DeleteAssistantResponse": "delete_assistant_response",
    "DeleteMessageResponse": "delete_message_response",
    "DeleteThreadResponse": "delete_thread_response",
    "DeletedConversationResource": "deleted_conversation_resource",
    "DetailEnum": "detail_enum",
    "DetailEnumLiteral": "detail_enum",
    "DirectToolCallCaller": "direct_tool_call_caller",
    "DirectToolCallCallerParam": "direct_tool_call_caller_param",
    "DirectToolCallCallerParamParam": "direct_tool_call_caller_param",
    "DoneEvent": "done_event",
    "DoubleClickAction": "double_click_action",
    "DoubleClickActionParam": "double_click_action",
    "DragParam": "drag_param",
    "DragParamParam": "drag_param",
    "EasyInputMessage": "easy_input_message",
    "EasyInputMessageParam": "easy_input_message",
    "EasyInputMessageRole": "easy_input_message_role",
    "EasyInputMessageRoleLiteral": "easy_input_message_role",
    "EmptyModelParam": "empty_model_param",
    "EmptyModelParamParam": "empty_model_param",
    "Error": "error",
    "ErrorEvent": "error_event",
    "ErrorResponse": "error_response",
    "FileCitationBody": "file_citation_body",
    "FileCitationBodyParam": "file_citation_body",
    "FileDetailEnum": "file_detail_enum",
    "FileDetailEnumLiteral": "file_detail_enum",
    "FileInputDetail": "file_input_detail",
    "FileInputDetailLiteral": "file_input_detail",
    "FilePath": "file_path",
    "FilePathParam": "file_path",
    "FileSearchRanker": "file_search_ranker",
    "FileSearchRankerLiteral": "file_search_ranker",
    "FileSearchRankingOptions": "file_search_ranking_options",
    "FileSearchRankingOptionsParam": "file_search_ranking_options",
    "FileSearchTool": "file_search_tool",
    "FileSearchToolCall": "file_search_tool_call",
    "FileSearchToolCallParam": "file_search_tool_call",
    "FileSearchToolCallResultsItem": "file_search_tool_call_results_item",
    "FileSearchToolCallResultsItemParam": "file_search_tool_call_results_item",
    "FileSearchToolCallStatus": "file_search_tool_call_status",
    "FileSearchToolCallStatusLiteral": "file_search_tool_call_status",
    "FileSearchToolParam": "file_search_tool",
    "Filters": "_tables",
    "FunctionAndCustomToolCallOutput": "_tables",
    "FunctionCallItemStatus": "function_call_item_status",
    "FunctionCallItemStatusLiteral": "function_call_item_status",
    "FunctionCallOutputItemParam": "function_call_output_item_param",
    "FunctionCallOutputItemParamParam": "function_call_output_item_param",
    "FunctionCallOutputStatusEnum": "function_call_output_status_enum",
    "FunctionCallOutputStatusEnumLiteral": "function_call_output_status_enum",
    "FunctionCallStatus": "function_call_status",
    "FunctionCallStatusLiteral": "function_call_status",
    "FunctionObject": "function_object",
    "FunctionObjectParam": "function_object",
    "FunctionParameters": "function_parameters",
    "FunctionShellAction": "function_shell_action",
    "FunctionShellActionParam": "function_shell_action_param",
    "FunctionShellActionParamParam": "function_shell_action_param",
    "FunctionShellCall": "function_shell_call",
    "FunctionShellCallItemParam": "function_shell_call_item_param",
    "FunctionShellCallItemParamParam": "function_shell_call_item_param",
    "FunctionShellCallItemStatus": "function_shell_call_item_status",
    "FunctionShellCallItemStatusLiteral": "function_shell_call_item_status",
    "FunctionShellCallOutput": "function_shell_call_output",
    "FunctionShellCallOutputContent": "function_shell_call_output_content",
    "FunctionShellCallOutputContentParam": "function_shell_call_output_content_param",
    "FunctionShellCallOutputContentParamParam": "function_shell_call_output_content_param",
    "FunctionShellCallOutputExitOutcome": "function_shell_call_output_exit_outcome",
    "FunctionShellCallOutputExitOutcomeParam": "function_shell_call_output_exit_outcome_param",
    "FunctionShellCallOutputExitOutcomeParamParam": "function_shell_call_output_exit_outcome_param",
    "FunctionShellCallOutputItemParam": "function_shell_call_output_item_param",
    "FunctionShellCallOutputItemParamParam": "function_shell_call_output_item_param",
    "FunctionShellCallOutputOutcomeParam": "_tables",
    "FunctionShellCallOutputStatusEnum": "function_shell_call_output_status_enum",
    "FunctionShellCallOutputStatusEnumLiteral": "function_shell_call_output_status_enum",
    "FunctionShellCallOutputTimeoutOutcome": "function_shell_call_output_timeout_outcome",
    "FunctionShellCallOutputTimeoutOutcomeParam": "function_shell_call_output_timeout_outcome_param",
    "FunctionShellCallOutputTimeoutOutcomeParamParam": "function_shell_call_output_timeout_outcome_param",
    "FunctionShellCallStatus": "function_shell_call_status",
    "FunctionShellCallStatusLiteral": "function_shell_call_status",
    "FunctionShellToolParam": "function_shell_tool_param",
    "FunctionShellToolParamParam": "function_shell_tool_param",
    "FunctionTool": "function_tool",
    "FunctionToolCall": "function_tool_call",
    "FunctionToolCallOutput": "function_tool_call_output",
    "FunctionToolCallOutputResource": "function_tool_call_output_resource",
    "FunctionToolCallOutputStatus": "function_tool_call_output_status",
    "FunctionToolCallOutputStatusLiteral": "function_tool_call_output_status",
    "FunctionToolCallParam": "function_tool_call",
    "FunctionToolCallResource": "function_tool_call_resource",
    "FunctionToolCallStatus": "function_tool_call_status",
    "FunctionToolCallStatusLiteral": "function_tool_call_status",
    "FunctionToolOutputSchema": "function_tool_output_schema",
    "FunctionToolParam": "function_tool_param",
    "FunctionToolParamOutputSchema": "function_tool_param_output_schema",
    "FunctionToolParamParam": "function_tool_param",
    "FunctionToolParameters": "function_tool_parameters",
    "GrammarSyntax1": "grammar_syntax_1",
    "GrammarSyntax1Literal": "grammar_syntax_1",
    "HTTPError": "http_error",
    "HTTPErrorParam": "http_error",
    "HybridSearchOptions": "hybrid_search_options",
    "HybridSearchOptionsParam": "hybrid_search_options",
    "ImageDetail": "image_detail",
    "ImageDetailLiteral": "image_detail",
    "ImageGenActionEnum": "image_gen_action_enum",
    "ImageGenActionEnumLiteral": "image_gen_action_enum",
    "ImageGenTool": "image_gen_tool",
    "ImageGenToolBackground": "image_gen_tool_background",
    "ImageGenToolBackgroundLiteral": "image_gen_tool_background",
    "ImageGenToolCall": "image_gen_tool_call",
    "ImageGenToolCallParam": "image_gen_tool_call",
    "ImageGenToolCallStatus": "image_gen_tool_call_status",
    "ImageGenToolCallStatusLiteral": "image_gen_tool_call_status",
    "ImageGenToolInputImageMask": "image_gen_tool_input_image_mask",
    "ImageGenToolInputImageMaskParam": "image_gen_tool_input_image_mask",
    "ImageGenToolModel": "image_gen_tool_model",
    "ImageGenToolModelLiteral": "image_gen_tool_model",
    "ImageGenToolModeration": "image_gen_tool_moderation",
    "ImageGenToolModerationLiteral": "image_gen_tool_moderation",
    "ImageGenToolOutputFormat": "image_gen_tool_output_format",
    "ImageGenToolOutputFormatLiteral": "image_gen_tool_output_format",
    "ImageGenToolParam": "image_gen_tool",
    "ImageGenToolQuality": "image_gen_tool_quality",
    "ImageGenToolQualityLiteral": "image_gen_tool_quality",
    "ImageGenToolSize": "image_gen_tool_size",
    "ImageGenToolSizeLiteral": "image_gen_tool_size",
    "IncludeEnum": "include_enum",
    "IncludeEnumLiteral": "include_enum",
    "InlineSkillParam": "inline_skill_param",
    "InlineSkillParamParam": "inline_skill_param",
    "InlineSkillSourceParam": "inline_skill_source_param",
    "InlineSkillSourceParamParam": "inline_skill_source_param",
    "InputContent": "_tables",
    "InputFidelity": "input_fidelity",
    "InputFidelityLiteral": "input_fidelity",
    "InputFileContent": "input_file_content",
    "InputFileContentParam": "input_file_content_param",
    "InputFileContentParamParam": "input_file_content_param",
    "InputImageContent": "input_image_content",
    "InputImageContentParam": "input_image_content",
    "InputImageContentParamAutoParam": "input_image_content_param_auto_param",
    "InputImageContentParamAutoParamParam": "input_image_content_param_auto_param",
    "InputImageDetail": "input_image_detail",
    "InputImageDetailLiteral": "input_image_detail",
    "InputItem": "_tables",
    "InputMessage": "input_message",
    "InputMessageParam": "input_message",
    "InputMessageRole": "input_message_role",
    "InputMessageRoleLiteral": "input_message_role",
    "InputMessageStatus": "input_message_status",
    "InputMessageStatusLiteral": "input_message_status",
    "InputTextContent": "input_text_content",
    "InputTextContentParam": "input_text_content_param",
    "InputTextContentParamParam": "input_text_content_param",
    "Item": "_tables",
    "ItemReferenceParam": "item_reference_param",
    "ItemReferenceParamParam": "item_reference_param",
    "KeyPressAction": "key_press_action",
    "KeyPressActionParam": "key_press_action",
    "ListAssistantsResponse": "list_assistants_response",
    "ListConversationItemsOrder": "list_conversation_items_order",
    "ListConversationItemsOrderLiteral": "list_conversation_items_order",
    "ListMessagesResponse": "list_messages_response",
    "ListOrder": "list_order",
    "ListOrderLiteral": "list_order",
    "ListRunStepsResponse": "list_run_steps_response",
    "ListRunsResponse": "list_runs_response",
    "ListThreadsResponse": "list_threads_response",
    "LocalEnvironmentParam": "local_environment_param",
    "LocalEnvironmentParamParam": "local_environment_param",
    "LocalEnvironmentResource": "local_environment_resource",
    "LocalShellExecAction": "local_shell_exec_action",
    "LocalShellExecActionEnv": "local_shell_exec_action_env",
    "LocalShellExecActionParam": "local_shell_exec_action",
    "LocalShellToolCall": "local_shell_tool_call",
    "LocalShellToolCallOutput": "local_shell_tool_call_output",
    "LocalShellToolCallOutputParam": "local_shell_tool_call_output",
    "LocalShellToolCallOutputStatus": "local_shell_tool_call_output_status",
    "LocalShellToolCallOutputStatusLiteral": "local_shell_tool_call_output_status",
    "LocalShellToolCallParam": "local_shell_tool_call",
    "LocalShellToolCallStatus": "local_shell_tool_call_status",
    "LocalShellToolCallStatusLiteral": "local_shell_tool_call_status",
    "LocalShellToolParam": "local_shell_tool_param",
    "LocalShellToolParamParam": "local_shell_tool_param",
    "LocalSkillParam": "local_skill_param",
    "LocalSkillParamParam": "local_skill_param",
    "LogProb": "log_prob",
    "LogProbParam": "log_prob",
    "MCPApprovalPerTool": "mcp_approval_per_tool",
    "MCPApprovalPerToolParam": "mcp_approval_per_tool",
    "MCPApprovalRequest": "mcp_approval_request",
    "MCPApprovalRequestParam": "mcp_approval_request",
    "MCPApprovalResponse": "mcp_approval_response",
    "MCPApprovalResponseParam": "mcp_approval_response",
    "MCPApprovalResponseResource": "mcp_approval_response_resource",
    "MCPListTools": "mcp_list_tools",
    "MCPListToolsParam": "mcp_list_tools",
    "MCPListToolsTool": "mcp_list_tools_tool",
    "MCPListToolsToolAnnotations": "mcp_list_tools_tool_annotations",
    "MCPListToolsToolAnnotationsParam": "mcp_list_tools_tool_annotations",
    "MCPListToolsToolInputSchema": "mcp_list_tools_tool_input_schema",
    "MCPListToolsToolInputSchemaParam": "mcp_list_tools_tool_input_schema",
    "MCPListToolsToolParam": "mcp_list_tools_tool",
    "MCPProtocolError": "mcp_protocol_error",
    "MCPProtocolErrorParam": "mcp_protocol_error",
    "MCPRequiredApproval": "_tables",
    "MCPRequiredApprovalMode": "mcp_required_approval_mode",
    "MCPRequiredApprovalModeLiteral": "mcp_required_approval_mode",
    "MCPTool": "mcp_tool",
    "MCPToolCall": "mcp_tool_call",
    "MCPToolCallError": "_tables",
    "MCPToolCallParam": "mcp_tool_call",
    "MCPToolCallStatus": "mcp_tool_call_status",
    "MCPToolCallStatusLiteral": "mcp_tool_call_status",
    "MCPToolConnectorId": "mcp_tool_connector_id",
    "MCPToolConnectorIdLiteral": "mcp_tool_connector_id",
    "MCPToolExecutionError": "mcp_tool_execution_error",
    "MCPToolExecutionErrorParam": "mcp_tool_execution_error",
    "MCPToolFilter": "mcp_tool_filter",
    "MCPToolFilterParam": "mcp_tool_filter",
    "MCPToolHeaders": "mcp_tool_headers",
    "MCPToolList": "mcp_tool_list",
    "MCPToolListParam": "mcp_tool_list",
    "MCPToolParam": "mcp_tool",
    "MCPToolRequireApproval": "mcp_tool_require_approval",
    "MCPToolRequireApprovalEnum": "mcp_tool_require_approval_enum",
    "MCPToolRequireApprovalEnumLiteral": "mcp_tool_require_approval_enum",
    "MCPToolRequireApprovalParam": "mcp_tool_require_approval",
    "MCPToolResource": "mcp_tool_resource",
    "MCPToolResourceHeaders": "mcp_tool_resource_headers",
    "MCPToolResourceParam": "mcp_tool_resource",
    "Message": "message",
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
    "MessagePhase": "message_phase",
    "MessagePhase2": "message_phase_2",
    "MessagePhase2Literal": "message_phase_2",
    "MessagePhaseLiteral": "message_phase",
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
    "MoveParam": "move_param",
    "MoveParamParam": "move_param",
    "NamespaceToolParam": "namespace_tool_param",
    "NamespaceToolParamParam": "namespace_tool_param",
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
    "OutputMessage": "output_message",
    "OutputMessageContent": "_tables",
    "OutputMessageParam": "output_message",
    "OutputMessageStatus": "output_message_status",
    "OutputMessageStatusLiteral": "output_message_status",
    "OutputTextContent": "output_text_content",
    "OutputTextContentParam": "output_text_content",
    "Program": "program",
    "ProgramItemParam": "program_item_param",
    "ProgramItemParamParam": "program_item_param",
    "ProgramOutput": "program_output",
    "ProgramOutputItemParam": "program_output_item_param",
    "ProgramOutputItemParamParam": "program_output_item_param",
    "ProgramOutputItemStatus": "program_output_item_status",
    "ProgramOutputItemStatusLiteral": "program_output_item_status",
    "ProgramOutputStatus": "program_output_status",
    "ProgramOutputStatusLiteral": "program_output_status",
    "ProgramToolCallCaller": "program_tool_call_caller",
    "ProgramToolCallCallerParam": "program_tool_call_caller_param",
    "ProgramToolCallCallerParamParam": "program_tool_call_caller_param",
    "ProgrammaticToolCallingParam": "programmatic_tool_calling_param",
    "ProgrammaticToolCallingParamParam": "programmatic_tool_calling_param",
    "PromptCacheBreakpointConfig": "prompt_cache_breakpoint_config",
    "PromptCacheBreakpointConfigParam": "prompt_cache_breakpoint_config",
    "PromptCacheBreakpointParam": "prompt_cache_breakpoint_param",
    "PromptCacheBreakpointParamParam": "prompt_cache_breakpoint_param",
    "RankerVersionType": "ranker_version_type",
    "RankerVersionTypeLiteral": "ranker_version_type",
    "RankingOptions": "ranking_options",
    "RankingOptionsParam": "ranking_options",
    "ReasoningEffort": "reasoning_effort",
    "ReasoningEffortLiteral": "reasoning_effort",
    "ReasoningItem": "reasoning_item",
    "ReasoningItemParam": "reasoning_item",
    "ReasoningItemStatus": "reasoning_item_status",
    "ReasoningItemStatusLiteral": "reasoning_item_status",
    "ReasoningTextContent": "reasoning_text_content",
    "ReasoningTextContentParam": "reasoning_text_content",
    "RefusalContent": "refusal_content",
    "RefusalContentParam": "refusal_content",
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
    "RunStepActivityFunction": "run_step_activity_function",
    "RunStepActivityFunctionArgument": "run_step_activity_function_argument",
    "RunStepActivityFunctionParameters": "run_step_activity_function_parameters",
    "RunStepActivityFunctionParametersProperties": "run_step_activity_function_parameters_properties",
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
    "ScreenshotParam": "screenshot_param",
    "ScreenshotParamParam": "screenshot_param",
    "ScrollParam": "scroll_param",
    "ScrollParamParam": "scroll_param",
    "SearchContentType": "search_content_type",
    "SearchContentTypeLiteral": "search_content_type",
    "SearchContextSize": "search_context_size",
    "SearchContextSizeLiteral": "search_context_size",
    "SkillReferenceParam": "skill_reference_param",
    "SkillReferenceParamParam": "skill_reference_param",
    "StaticChunkingOptions": "static_chunking_options",
    "StaticChunkingOptionsParam": "static_chunking_options",
    "StaticChunkingStrategy": "static_chunking_strategy",
    "StaticChunkingStrategyParam": "static_chunking_strategy",
    "StreamEvent": "_tables",
    "SubmitToolOutputsRunRequest": "submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestParam": "submit_tool_outputs_run_request",
    "SummaryTextContent": "summary_text_content",
    "SummaryTextContentParam": "summary_text_content",
    "TextContent": "text_content",
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
    "Tool": "_tables",
    "ToolApproval": "tool_approval",
    "ToolApprovalHeaders": "tool_approval_headers",
    "ToolApprovalParam": "tool_approval",
    "ToolCallCaller": "_tables",
    "ToolCallCallerParam": "_tables",
    "ToolCallStringMap": "tool_call_string_map",
    "ToolConnection": "tool_connection",
    "ToolConnectionList": "tool_connection_list",
    "ToolConnectionListParam": "tool_connection_list",
    "ToolConnectionParam": "tool_connection",
    "ToolOutput": "tool_output",
    "ToolOutputParam": "tool_output",
    "ToolResourcesCodeInterpreter": "tool_resources_code_interpreter",
    "ToolResourcesCodeInterpreterParam": "tool_resources_code_interpreter",
    "ToolSearchCall": "tool_search_call",
    "ToolSearchCallItemParam": "tool_search_call_item_param",
    "ToolSearchCallItemParamParam": "tool_search_call_item_param",
    "ToolSearchExecutionType": "tool_search_execution_type",
    "ToolSearchExecutionTypeLiteral": "tool_search_execution_type",
    "ToolSearchOutput": "tool_search_output",
    "ToolSearchOutputItemParam": "tool_search_output_item_param",
    "ToolSearchOutputItemParamParam": "tool_search_output_item_param",
    "ToolSearchToolParam": "tool_search_tool_param",
    "ToolSearchToolParamParam": "tool_search_tool_param",
    "TopLogProb": "top_log_prob",
    "TopLogProbParam": "top_log_prob",
    "TruncationObject": "truncation_object",
    "TruncationObjectParam": "truncation_object",
    "TruncationType": "truncation_type",
    "TruncationTypeLiteral": "truncation_type",
    "TypeParam": "type_param",
    "TypeParamParam": "type_param",
    "UnknownAnnotation": "unknown_annotation",
    "UnknownApplyPatchOperationParam": "unknown_apply_patch_operation_param",
    "UnknownApplyPatchToolCallOperation": "unknown_apply_patch_tool_call_operation",
    "UnknownApproximateLocation": "unknown_approximate_location",
    "UnknownAssistantTool": "unknown_assistant_tool",
    "UnknownAssistantsApiResponseFormatOption": "unknown_assistants_api_response_format_option",
    "UnknownAutoCodeInterpreterToolParam": "unknown_auto_code_interpreter_tool_param",
    "UnknownAutoCodeInterpreterToolParamNetworkPolicy": "unknown_auto_code_interpreter_tool_param_network_policy",
    "UnknownChunkingStrategy": "unknown_chunking_strategy",
    "UnknownCompoundFilterFilters": "unknown_compound_filter_filters",
    "UnknownComputerAction": "unknown_computer_action",
    "UnknownContainerAutoParamNetworkPolicy": "unknown_container_auto_param_network_policy",
    "UnknownContainerAutoParamSkills": "unknown_container_auto_param_skills",
    "UnknownConversationItem": "unknown_conversation_item",
    "UnknownCustomToolParamFormat": "unknown_custom_tool_param_format",
    "UnknownFilters": "unknown_filters",
    "UnknownFunctionAndCustomToolCallOutput": "unknown_function_and_custom_tool_call_output",
    "UnknownFunctionShellCallEnvironment": "unknown_function_shell_call_environment",
    "UnknownFunctionShellCallItemParamEnvironment": "unknown_function_shell_call_item_param_environment",
    "UnknownFunctionShellCallOutputContentOutcome": "unknown_function_shell_call_output_content_outcome",
    "UnknownFunctionShellCallOutputOutcomeParam": "unknown_function_shell_call_output_outcome_param",
    "UnknownFunctionShellToolParamEnvironment": "unknown_function_shell_tool_param_environment",
    "UnknownInputContent": "unknown_input_content",
    "UnknownInputItem": "unknown_input_item",
    "UnknownItem": "unknown_item",
    "UnknownMCPToolCallError": "unknown_mcp_tool_call_error",
    "UnknownMessageAttachmentTool": "unknown_message_attachment_tool",
    "UnknownMessageContent": "unknown_message_content",
    "UnknownMessageContentPart": "unknown_message_content_part",
    "UnknownMessageContentTextAnnotation": "unknown_message_content_text_annotation",
    "UnknownMessageDeltaContent": "unknown_message_delta_content",
    "UnknownMessageDeltaContentTextAnnotation": "unknown_message_delta_content_text_annotation",
    "UnknownNamespaceToolParamTools": "unknown_namespace_tool_param_tools",
    "UnknownOpenApiAuthDetails": "unknown_open_api_auth_details",
    "UnknownOutputMessageContent": "unknown_output_message_content",
    "UnknownPromptCacheBreakpointParam": "unknown_prompt_cache_breakpoint_param",
    "UnknownRunApprovalToolCall": "unknown_run_approval_tool_call",
    "UnknownRunObjectRequiredAction": "unknown_run_object_required_action",
    "UnknownRunStepDeltaStepDetails": "unknown_run_step_delta_step_details",
    "UnknownRunStepDeltaStepDetailsToolCall": "unknown_run_step_delta_step_details_tool_call",
    "UnknownRunStepDeltaStepDetailsToolCallsCodeOutput": "unknown_run_step_delta_step_details_tool_calls_code_output",
    "UnknownRunStepDetails": "unknown_run_step_details",
    "UnknownRunStepDetailsToolCall": "unknown_run_step_details_tool_call",
    "UnknownRunStepDetailsToolCallsCodeOutput": "unknown_run_step_details_tool_calls_code_output",
    "UnknownStreamEvent": "unknown_stream_event",
    "UnknownTool": "unknown_tool",
    "UnknownToolCallCaller": "unknown_tool_call_caller",
    "UnknownToolCallCallerParam": "unknown_tool_call_caller_param",
    "UnknownWebSearchApproximateLocation": "unknown_web_search_approximate_location",
    "UnknownWebSearchToolCallAction": "unknown_web_search_tool_call_action",
    "UpdateConversationBody": "update_conversation_body",
    "UpdateConversationBodyParam": "update_conversation_body",
    "UrlCitationBody": "url_citation_body",
    "UrlCitationBodyParam": "url_citation_body",
    "VectorStoreConfiguration": "vector_store_configuration",
    "VectorStoreConfigurationParam": "vector_store_configuration",
    "VectorStoreConfigurations": "vector_store_configurations",
    "VectorStoreConfigurationsParam": "vector_store_configurations",
    "VectorStoreDataSource": "vector_store_data_source",
    "VectorStoreDataSourceAssetType": "vector_store_data_source_asset_type",
    "VectorStoreDataSourceAssetTypeLiteral": "vector_store_data_source_asset_type",
    "VectorStoreDataSourceParam": "vector_store_data_source",
    "VectorStoreFileAttributes": "_tables",
    "VectorStoreFileAttributes2": "vector_store_file_attributes_2",
    "WaitParam": "wait_param",
    "WaitParamParam": "wait_param",
    "WebSearchActionFind": "web_search_action_find",
    "WebSearchActionFindParam": "web_search_action_find",
    "WebSearchActionOpenPage": "web_search_action_open_page",
    "WebSearchActionOpenPageParam": "web_search_action_open_page",
    "WebSearchActionSearch": "web_search_action_search",
    "WebSearchActionSearchParam": "web_search_action_search",
    "WebSearchActionSearchSourcesItem": "web_search_action_search_sources_item",
    "WebSearchActionSearchSourcesItemParam": "web_search_action_search_sources_item",
    "WebSearchApproximateLocation": "_tables",
    "WebSearchApproximateLocation2": "web_search_approximate_location_2",
    "WebSearchApproximateLocation2Param": "web_search_approximate_location_2",
    "WebSearchPreviewTool": "web_search_preview_tool",
    "WebSearchPreviewToolParam": "web_search_preview_tool",
    "WebSearchPreviewToolType": "web_search_preview_tool_type",
    "WebSearchPreviewToolTypeLiteral": "web_search_preview_tool_type",
    "WebSearchTool": "web_search_tool",
    "WebSearchToolCall": "web_search_tool_call",
    "WebSearchToolCallParam": "web_search_tool_call",
    "WebSearchToolCallStatus": "web_search_tool_call_status",
    "WebSearchToolCallStatusLiteral": "web_search_tool_call_status",
    "WebSearchToolFilters": "web_search_tool_filters",
    "WebSearchToolFiltersParam": "web_search_tool_filters",
    "WebSearchToolParam": "web_search_tool",
    "WebSearchToolSearchContextSize": "web_search_tool_search_context_size",
    "WebSearchToolSearchContextSizeLiteral": "web_search_tool_search_context_size",
    "WebSearchToolType": "web_search_tool_type",
    "WebSearchToolTypeLiteral": "web_search_tool_type",
}

__all__ = (
    "STREAM_EVENTS",
    "AISearchIndexResource",
    "AISearchIndexResourceParam",
    "AdditionalTools",
    "AdditionalToolsItemParam",
    "AdditionalToolsItemParamParam",
    "Annotation",
    "ApplyPatchCallOutputStatus",
    "ApplyPatchCallOutputStatusLiteral",
    "ApplyPatchCallOutputStatusParam",
    "ApplyPatchCallOutputStatusParamLiteral",
    "ApplyPatchCallStatus",
    "ApplyPatchCallStatusLiteral",
    "ApplyPatchCallStatusParam",
    "ApplyPatchCallStatusParamLiteral",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchCreateFileOperationParam",
    "ApplyPatchCreateFileOperationParamParam",
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchDeleteFileOperationParam",
    "ApplyPatchDeleteFileOperationParamParam",
    "ApplyPatchOperationParam",
    "ApplyPatchToolCall",
    "ApplyPatchToolCallItemParam",
    "ApplyPatchToolCallItemParamParam",
    "ApplyPatchToolCallOutput",
    "ApplyPatchToolCallOutputItemParam",
    "ApplyPatchToolCallOutputItemParamParam",
    "ApplyPatchToolParam",
    "ApplyPatchToolParamParam",
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchUpdateFileOperationParam",
    "ApplyPatchUpdateFileOperationParamParam",
    "ApproximateLocation",
    "ApproximateLocationParam",
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
    "AutoCodeInterpreterToolParam",
    "AutoCodeInterpreterToolParamParam",
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
    "CallableToolAllowedCaller",
    "CallableToolAllowedCallerLiteral",
    "ChunkingStrategy",
    "ClickButtonType",
    "ClickButtonTypeLiteral",
    "ClickParam",
    "ClickParamParam",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputImageParam",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterOutputLogsParam",
    "CodeInterpreterTool",
    "CodeInterpreterToolCall",
    "CodeInterpreterToolCallParam",
    "CodeInterpreterToolCallStatus",
    "CodeInterpreterToolCallStatusLiteral",
    "CodeInterpreterToolParam",
    "CompactionBody",
    "CompactionSummaryItemParam",
    "CompactionSummaryItemParamParam",
    "CompactionTriggerItemParam",
    "CompactionTriggerItemParamParam",
    "ComparisonFilter",
    "ComparisonFilterParam",
    "ComparisonFilterType",
    "ComparisonFilterTypeLiteral",
    "CompoundFilter",
    "CompoundFilterParam",
    "CompoundFilterType",
    "CompoundFilterTypeLiteral",
    "ComputerAction",
    "ComputerCallOutputItemParam",
    "ComputerCallOutputItemParamParam",
    "ComputerCallOutputStatus",
    "ComputerCallOutputStatusLiteral",
    "ComputerCallSafetyCheckParam",
    "ComputerCallSafetyCheckParamParam",
    "ComputerEnvironment",
    "ComputerEnvironmentLiteral",
    "ComputerScreenshotContent",
    "ComputerScreenshotImage",
    "ComputerScreenshotImageParam",
    "ComputerTool",
    "ComputerToolCall",
    "ComputerToolCallOutput",
    "ComputerToolCallOutputResource",
    "ComputerToolCallOutputStatus",
    "ComputerToolCallOutputStatusLiteral",
    "ComputerToolCallParam",
    "ComputerToolCallStatus",
    "ComputerToolCallStatusLiteral",
    "ComputerToolCallType",
    "ComputerToolCallTypeLiteral",
    "ComputerToolParam",
    "ComputerUsePreviewTool",
    "ComputerUsePreviewToolParam",
    "ConnectedAgentDetails",
    "ConnectedAgentDetailsParam",
    "ContainerAutoParam",
    "ContainerAutoParamParam",
    "ContainerFileCitationBody",
    "ContainerFileCitationBodyParam",
    "ContainerMemoryLimit",
    "ContainerMemoryLimitLiteral",
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyAllowlistParamParam",
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDisabledParamParam",
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerNetworkPolicyDomainSecretParamParam",
    "ContainerReferenceParam",
    "ContainerReferenceParamParam",
    "ContainerReferenceResource",
    "ConversationItem",
    "ConversationItemList",
    "ConversationMessageRole",
    "ConversationMessageRoleLiteral",
    "ConversationMessageStatus",
    "ConversationMessageStatusLiteral",
    "ConversationResource",
    "CoordParam",
    "CoordParamParam",
    "CreateAssistantRequest",
    "CreateAssistantRequestParam",
    "CreateConversationBody",
    "CreateConversationBodyParam",
    "CreateConversationItemsBody",
    "CreateConversationItemsBodyParam",
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
    "CustomGrammarFormatParam",
    "CustomGrammarFormatParamParam",
    "CustomTextFormatParam",
    "CustomTextFormatParamParam",
    "CustomToolCall",
    "CustomToolCallOutput",
    "CustomToolCallOutputParam",
    "CustomToolCallParam",
    "CustomToolParam",
    "CustomToolParamParam",
    "DeepResearchBingGroundingConnection",
    "DeepResearchBingGroundingConnectionParam",
    "DeepResearchDetails",
    "DeepResearchDetailsParam",
    "DeleteAssistantResponse",
    "DeleteMessageResponse",
    "DeleteThreadResponse",
    "DeletedConversationResource",
    "DetailEnum",
    "DetailEnumLiteral",
    "DirectToolCallCaller",
    "DirectToolCallCallerParam",
    "DirectToolCallCallerParamParam",
    "DoneEvent",
    "DoubleClickAction",
    "DoubleClickActionParam",
    "DragParam",
    "DragParamParam",
    "EasyInputMessage",
    "EasyInputMessageParam",
    "EasyInputMessageRole",
    "EasyInputMessageRoleLiteral",
    "EmptyModelParam",
    "EmptyModelParamParam",
    "Error",
    "ErrorEvent",
    "ErrorResponse",
    "FileCitationBody",
    "FileCitationBodyParam",
    "FileDetailEnum",
    "FileDetailEnumLiteral",
    "FileInputDetail",
    "FileInputDetailLiteral",
    "FilePath",
    "FilePathParam",
    "FileSearchRanker",
    "FileSearchRankerLiteral",
    "FileSearchRankingOptions",
    "FileSearchRankingOptionsParam",
    "FileSearchTool",
    "FileSearchToolCall",
    "FileSearchToolCallParam",
    "FileSearchToolCallResultsItem",
    "FileSearchToolCallResultsItemParam",
    "FileSearchToolCallStatus",
    "FileSearchToolCallStatusLiteral",
    "FileSearchToolParam",
    "Filters",
    "FunctionAndCustomToolCallOutput",
    "FunctionCallItemStatus",
    "FunctionCallItemStatusLiteral",
    "FunctionCallOutputItemParam",
    "FunctionCallOutputItemParamParam",
    "FunctionCallOutputStatusEnum",
    "FunctionCallOutputStatusEnumLiteral",
    "FunctionCallStatus",
    "FunctionCallStatusLiteral",
    "FunctionObject",
    "FunctionObjectParam",
    "FunctionParameters",
    "FunctionShellAction",
    "FunctionShellActionParam",
    "FunctionShellActionParamParam",
    "FunctionShellCall",
    "FunctionShellCallItemParam",
    "FunctionShellCallItemParamParam",
    "FunctionShellCallItemStatus",
    "FunctionShellCallItemStatusLiteral",
    "FunctionShellCallOutput",
    "FunctionShellCallOutputContent",
    "FunctionShellCallOutputContentParam",
    "FunctionShellCallOutputContentParamParam",
    "FunctionShellCallOutputExitOutcome",
    "FunctionShellCallOutputExitOutcomeParam",
    "FunctionShellCallOutputExitOutcomeParamParam",
    "FunctionShellCallOutputItemParam",
    "FunctionShellCallOutputItemParamParam",
    "FunctionShellCallOutputOutcomeParam",
    "FunctionShellCallOutputStatusEnum",
    "FunctionShellCallOutputStatusEnumLiteral",
    "FunctionShellCallOutputTimeoutOutcome",
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "FunctionShellCallOutputTimeoutOutcomeParamParam",
    "FunctionShellCallStatus",
    "FunctionShellCallStatusLiteral",
    "FunctionShellToolParam",
    "FunctionShellToolParamParam",
    "FunctionTool",
    "FunctionToolCall",
    "FunctionToolCallOutput",
    "FunctionToolCallOutputResource",
    "FunctionToolCallOutputStatus",
    "FunctionToolCallOutputStatusLiteral",
    "FunctionToolCallParam",
    "FunctionToolCallResource",
    "FunctionToolCallStatus",
    "FunctionToolCallStatusLiteral",
    "FunctionToolOutputSchema",
    "FunctionToolParam",
    "FunctionToolParamOutputSchema",
    "FunctionToolParamParam",
    "FunctionToolParameters",
    "GrammarSyntax1",
    "GrammarSyntax1Literal",
    "HTTPError",
    "HTTPErrorParam",
    "HybridSearchOptions",
    "HybridSearchOptionsParam",
    "ImageDetail",
    "ImageDetailLiteral",
    "ImageGenActionEnum",
    "ImageGenActionEnumLiteral",
    "ImageGenTool",
    "ImageGenToolBackground",
    "ImageGenToolBackgroundLiteral",
    "ImageGenToolCall",
    "ImageGenToolCallParam",
    "ImageGenToolCallStatus",
    "ImageGenToolCallStatusLiteral",
    "ImageGenToolInputImageMask",
    "ImageGenToolInputImageMaskParam",
    "ImageGenToolModel",
    "ImageGenToolModelLiteral",
    "ImageGenToolModeration",
    "ImageGenToolModerationLiteral",
    "ImageGenToolOutputFormat",
    "ImageGenToolOutputFormatLiteral",
    "ImageGenToolParam",
    "ImageGenToolQuality",
    "ImageGenToolQualityLiteral",
    "ImageGenToolSize",
    "ImageGenToolSizeLiteral",
    "IncludeEnum",
    "IncludeEnumLiteral",
    "InlineSkillParam",
    "InlineSkillParamParam",
    "InlineSkillSourceParam",
    "InlineSkillSourceParamParam",
    "InputContent",
    "InputFidelity",
    "InputFidelityLiteral",
    "InputFileContent",
    "InputFileContentParam",
    "InputFileContentParamParam",
    "InputImageContent",
    "InputImageContentParam",
    "InputImageContentParamAutoParam",
    "InputImageContentParamAutoParamParam",
    "InputImageDetail",
    "InputImageDetailLiteral",
    "InputItem",
    "InputMessage",
    "InputMessageParam",
    "InputMessageRole",
    "InputMessageRoleLiteral",
    "InputMessageStatus",
    "InputMessageStatusLiteral",
    "InputTextContent",
    "InputTextContentParam",
    "InputTextContentParamParam",
    "Item",
    "ItemReferenceParam",
    "ItemReferenceParamParam",
    "KeyPressAction",
    "KeyPressActionParam",
    "ListAssistantsResponse",
    "ListConversationItemsOrder",
    "ListConversationItemsOrderLiteral",
    "ListMessagesResponse",
    "ListOrder",
    "ListOrderLiteral",
    "ListRunStepsResponse",
    "ListRunsResponse",
    "ListThreadsResponse",
    "LocalEnvironmentParam",
    "LocalEnvironmentParamParam",
    "LocalEnvironmentResource",
    "LocalShellExecAction",
    "LocalShellExecActionEnv",
    "LocalShellExecActionParam",
    "LocalShellToolCall",
    "LocalShellToolCallOutput",
    "LocalShellToolCallOutputParam",
    "LocalShellToolCallOutputStatus",
    "LocalShellToolCallOutputStatusLiteral",
    "LocalShellToolCallParam",
    "LocalShellToolCallStatus",
    "LocalShellToolCallStatusLiteral",
    "LocalShellToolParam",
    "LocalShellToolParamParam",
    "LocalSkillParam",
    "LocalSkillParamParam",
    "LogProb",
    "LogProbParam",
    "MCPApprovalPerTool",
    "MCPApprovalPerToolParam",
    "MCPApprovalRequest",
    "MCPApprovalRequestParam",
    "MCPApprovalResponse",
    "MCPApprovalResponseParam",
    "MCPApprovalResponseResource",
    "MCPListTools",
    "MCPListToolsParam",
    "MCPListToolsTool",
    "MCPListToolsToolAnnotations",
    "MCPListToolsToolAnnotationsParam",
    "MCPListToolsToolInputSchema",
    "MCPListToolsToolInputSchemaParam",
    "MCPListToolsToolParam",
    "MCPProtocolError",
    "MCPProtocolErrorParam",
    "MCPRequiredApproval",
    "MCPRequiredApprovalMode",
    "MCPRequiredApprovalModeLiteral",
    "MCPTool",
    "MCPToolCall",
    "MCPToolCallError",
    "MCPToolCallParam",
    "MCPToolCallStatus",
    "MCPToolCallStatusLiteral",
    "MCPToolConnectorId",
    "MCPToolConnectorIdLiteral",
    "MCPToolExecutionError",
    "MCPToolExecutionErrorParam",
    "MCPToolFilter",
    "MCPToolFilterParam",
    "MCPToolHeaders",
    "MCPToolList",
    "MCPToolListParam",
    "MCPToolParam",
    "MCPToolRequireApproval",
    "MCPToolRequireApprovalEnum",
    "MCPToolRequireApprovalEnumLiteral",
    "MCPToolRequireApprovalParam",
    "MCPToolResource",
    "MCPToolResourceHeaders",
    "MCPToolResourceParam",
    "Message",
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
    "MessagePhase",
    "MessagePhase2",
    "MessagePhase2Literal",
    "MessagePhaseLiteral",
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
    "MoveParam",
    "MoveParamParam",
    "NamespaceToolParam",
    "NamespaceToolParamParam",
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
    "OutputMessage",
    "OutputMessageContent",
    "OutputMessageParam",
    "OutputMessageStatus",
    "OutputMessageStatusLiteral",
    "OutputTextContent",
    "OutputTextContentParam",
    "Program",
    "ProgramItemParam",
    "ProgramItemParamParam",
    "ProgramOutput",
    "ProgramOutputItemParam",
    "ProgramOutputItemParamParam",
    "ProgramOutputItemStatus",
    "ProgramOutputItemStatusLiteral",
    "ProgramOutputStatus",
    "ProgramOutputStatusLiteral",
    "ProgramToolCallCaller",
    "ProgramToolCallCallerParam",
    "ProgramToolCallCallerParamParam",
    "ProgrammaticToolCallingParam",
    "ProgrammaticToolCallingParamParam",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigParam",
    "PromptCacheBreakpointParam",
    "PromptCacheBreakpointParamParam",
    "RankerVersionType",
    "RankerVersionTypeLiteral",
    "RankingOptions",
    "RankingOptionsParam",
    "ReasoningEffort",
    "ReasoningEffortLiteral",
    "ReasoningItem",
    "ReasoningItemParam",
    "ReasoningItemStatus",
    "ReasoningItemStatusLiteral",
    "ReasoningTextContent",
    "ReasoningTextContentParam",
    "RefusalContent",
    "RefusalContentParam",
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
    "RunStepActivityFunction",
    "RunStepActivityFunctionArgument",
    "RunStepActivityFunctionParameters",
    "RunStepActivityFunctionParametersProperties",
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
    "ScreenshotParam",
    "ScreenshotParamParam",
    "ScrollParam",
    "ScrollParamParam",
    "SearchContentType",
    "SearchContentTypeLiteral",
    "SearchContextSize",
    "SearchContextSizeLiteral",
    "SkillReferenceParam",
    "SkillReferenceParamParam",
    "StaticChunkingOptions",
    "StaticChunkingOptionsParam",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyParam",
    "StreamEvent",
    "SubmitToolOutputsRunRequest",
    "SubmitToolOutputsRunRequestParam",
    "SummaryTextContent",
    "SummaryTextContentParam",
    "TextContent",
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
    "Tool",
    "ToolApproval",
    "ToolApprovalHeaders",
    "ToolApprovalParam",
    "ToolCallCaller",
    "ToolCallCallerParam",
    "ToolCallStringMap",
    "ToolConnection",
    "ToolConnectionList",
    "ToolConnectionListParam",
    "ToolConnectionParam",
    "ToolOutput",
    "ToolOutputParam",
    "ToolResourcesCodeInterpreter",
    "ToolResourcesCodeInterpreterParam",
    "ToolSearchCall",
    "ToolSearchCallItemParam",
    "ToolSearchCallItemParamParam",
    "ToolSearchExecutionType",
    "ToolSearchExecutionTypeLiteral",
    "ToolSearchOutput",
    "ToolSearchOutputItemParam",
    "ToolSearchOutputItemParamParam",
    "ToolSearchToolParam",
    "ToolSearchToolParamParam",
    "TopLogProb",
    "TopLogProbParam",
    "TruncationObject",
    "TruncationObjectParam",
    "TruncationType",
    "TruncationTypeLiteral",
    "TypeParam",
    "TypeParamParam",
    "UnknownAnnotation",
    "UnknownApplyPatchOperationParam",
    "UnknownApplyPatchToolCallOperation",
    "UnknownApproximateLocation",
    "UnknownAssistantTool",
    "UnknownAssistantsApiResponseFormatOption",
    "UnknownAutoCodeInterpreterToolParam",
    "UnknownAutoCodeInterpreterToolParamNetworkPolicy",
    "UnknownChunkingStrategy",
    "UnknownCompoundFilterFilters",
    "UnknownComputerAction",
    "UnknownContainerAutoParamNetworkPolicy",
    "UnknownContainerAutoParamSkills",
    "UnknownConversationItem",
    "UnknownCustomToolParamFormat",
    "UnknownFilters",
    "UnknownFunctionAndCustomToolCallOutput",
    "UnknownFunctionShellCallEnvironment",
    "UnknownFunctionShellCallItemParamEnvironment",
    "UnknownFunctionShellCallOutputContentOutcome",
    "UnknownFunctionShellCallOutputOutcomeParam",
    "UnknownFunctionShellToolParamEnvironment",
    "UnknownInputContent",
    "UnknownInputItem",
    "UnknownItem",
    "UnknownMCPToolCallError",
    "UnknownMessageAttachmentTool",
    "UnknownMessageContent",
    "UnknownMessageContentPart",
    "UnknownMessageContentTextAnnotation",
    "UnknownMessageDeltaContent",
    "UnknownMessageDeltaContentTextAnnotation",
    "UnknownNamespaceToolParamTools",
    "UnknownOpenApiAuthDetails",
    "UnknownOutputMessageContent",
    "UnknownPromptCacheBreakpointParam",
    "UnknownRunApprovalToolCall",
    "UnknownRunObjectRequiredAction",
    "UnknownRunStepDeltaStepDetails",
    "UnknownRunStepDeltaStepDetailsToolCall",
    "UnknownRunStepDeltaStepDetailsToolCallsCodeOutput",
    "UnknownRunStepDetails",
    "UnknownRunStepDetailsToolCall",
    "UnknownRunStepDetailsToolCallsCodeOutput",
    "UnknownStreamEvent",
    "UnknownTool",
    "UnknownToolCallCaller",
    "UnknownToolCallCallerParam",
    "UnknownWebSearchApproximateLocation",
    "UnknownWebSearchToolCallAction",
    "UpdateConversationBody",
    "UpdateConversationBodyParam",
    "UrlCitationBody",
    "UrlCitationBodyParam",
    "VectorStoreConfiguration",
    "VectorStoreConfigurationParam",
    "VectorStoreConfigurations",
    "VectorStoreConfigurationsParam",
    "VectorStoreDataSource",
    "VectorStoreDataSourceAssetType",
    "VectorStoreDataSourceAssetTypeLiteral",
    "VectorStoreDataSourceParam",
    "VectorStoreFileAttributes",
    "VectorStoreFileAttributes2",
    "WaitParam",
    "WaitParamParam",
    "WebSearchActionFind",
    "WebSearchActionFindParam",
    "WebSearchActionOpenPage",
    "WebSearchActionOpenPageParam",
    "WebSearchActionSearch",
    "WebSearchActionSearchParam",
    "WebSearchActionSearchSourcesItem",
    "WebSearchActionSearchSourcesItemParam",
    "WebSearchApproximateLocation",
    "WebSearchApproximateLocation2",
    "WebSearchApproximateLocation2Param",
    "WebSearchPreviewTool",
    "WebSearchPreviewToolParam",
    "WebSearchPreviewToolType",
    "WebSearchPreviewToolTypeLiteral",
    "WebSearchTool",
    "WebSearchToolCall",
    "WebSearchToolCallParam",
    "WebSearchToolCallStatus",
    "WebSearchToolCallStatusLiteral",
    "WebSearchToolFilters",
    "WebSearchToolFiltersParam",
    "WebSearchToolParam",
    "WebSearchToolSearchContextSize",
    "WebSearchToolSearchContextSizeLiteral",
    "WebSearchToolType",
    "WebSearchToolTypeLiteral",
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
