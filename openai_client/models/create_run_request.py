from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    FieldSpec,
    Model,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.assistant_supported_models import AssistantSupportedModels
from ..models.assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
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
    from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceModeLiteral
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoiceParam
    from ..models.create_message_request import CreateMessageRequestParam
    from ..models.reasoning_effort import ReasoningEffortLiteral
    from ..models.response_format_json_object import ResponseFormatJsonObjectParam
    from ..models.response_format_json_schema import ResponseFormatJsonSchemaParam
    from ..models.response_format_text import ResponseFormatTextParam
    from ..models.thread_and_run_tool_resources import ThreadAndRunToolResourcesParam
    from ..models.truncation_object import TruncationObjectParam


def _parse_model(data: Any, strict: bool) -> AssistantSupportedModels | None | str | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return data
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_model(value: Any) -> Any:
    return value


def _convert_model(
    value: str | AssistantSupportedModels | AssistantSupportedModelsLiteral | None | Unset,
) -> AssistantSupportedModels | None | str | Unset:
    """`model` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_model(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "model") from exc


def _parse_reasoning_effort(data: Any, strict: bool) -> None | ReasoningEffort | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return ReasoningEffort.known(data) or ReasoningEffort.from_value(data)
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_reasoning_effort(value: Any) -> Any:
    return value


def _convert_reasoning_effort(
    value: ReasoningEffort | ReasoningEffortLiteral | None | Unset,
) -> None | ReasoningEffort | Unset:
    """`reasoning_effort` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_reasoning_effort(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "reasoning_effort") from exc


def _parse_additional_messages_type_0(data: Any, strict: bool) -> list[CreateMessageRequest]:
    listed = data if type(data) is list else as_list(data)
    items: list[CreateMessageRequest] = []
    try:
        for item in listed:
            items.append(
                item if isinstance(item, CreateMessageRequest) else CreateMessageRequest.from_dict(item, strict)
            )
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_additional_messages_type_0(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _parse_additional_messages(data: Any, strict: bool) -> list[CreateMessageRequest] | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_additional_messages_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_additional_messages(value: Any) -> Any:
    if isinstance(value, list):
        return [item.to_dict() for item in value]
    return value


def _convert_additional_messages(
    value: Sequence[CreateMessageRequest | CreateMessageRequestParam] | None | Unset,
) -> list[CreateMessageRequest] | None | Unset:
    """`additional_messages` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_additional_messages(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "additional_messages") from exc


def _parse_tools_type_0_item(
    data: Any, strict: bool
) -> (
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
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "code_interpreter":
            return AssistantToolsCode.from_dict(data, strict)
        if tag == "file_search":
            return AssistantToolsFileSearch.from_dict(data, strict)
        if tag == "function":
            return AssistantToolsFunction.from_dict(data, strict)
        if tag == "azure_ai_search":
            return AssistantToolsAzureAISearch.from_dict(data, strict)
        if tag == "bing_grounding":
            return AssistantToolsBingGrounding.from_dict(data, strict)
        if tag == "bing_custom_search":
            return AssistantToolsBingCustomSearch.from_dict(data, strict)
        if tag == "openapi":
            return AssistantToolsOpenApi.from_dict(data, strict)
        if tag == "azure_function":
            return AssistantToolsAzureFunction.from_dict(data, strict)
        if tag == "connected_agent":
            return AssistantToolsConnectedAgent.from_dict(data, strict)
        if tag == "mcp":
            return AssistantToolsMcp.from_dict(data, strict)
        if tag == "deep_research":
            return AssistantToolsDeepResearch.from_dict(data, strict)
        if tag == "fabric_dataagent":
            return AssistantToolsFabric.from_dict(data, strict)
        if tag == "sharepoint_grounding":
            return AssistantToolsSharepoint.from_dict(data, strict)
        if tag == "browser_automation":
            return AssistantToolsBrowserAutomation.from_dict(data, strict)
        return UnknownAssistantTool.from_dict(data, strict)
    if isinstance(
        data,
        (
            AssistantToolsCode,
            AssistantToolsFileSearch,
            AssistantToolsFunction,
            AssistantToolsAzureAISearch,
            AssistantToolsBingGrounding,
            AssistantToolsBingCustomSearch,
            AssistantToolsOpenApi,
            AssistantToolsAzureFunction,
            AssistantToolsConnectedAgent,
            AssistantToolsMcp,
            AssistantToolsDeepResearch,
            AssistantToolsFabric,
            AssistantToolsSharepoint,
            AssistantToolsBrowserAutomation,
            UnknownAssistantTool,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_tools_type_0_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_tools_type_0_item(value: Any) -> Any:
    if isinstance(
        value,
        (
            AssistantToolsCode,
            AssistantToolsFileSearch,
            AssistantToolsFunction,
            AssistantToolsAzureAISearch,
            AssistantToolsBingGrounding,
            AssistantToolsBingCustomSearch,
            AssistantToolsOpenApi,
            AssistantToolsAzureFunction,
            AssistantToolsConnectedAgent,
            AssistantToolsMcp,
            AssistantToolsDeepResearch,
            AssistantToolsFabric,
            AssistantToolsSharepoint,
            AssistantToolsBrowserAutomation,
            UnknownAssistantTool,
        ),
    ):
        return value.to_dict()
    return value


def _parse_tools_type_0(
    data: Any, strict: bool
) -> list[
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
]:
    listed = data if type(data) is list else as_list(data)
    items: list[
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
    ] = []
    try:
        for item in listed:
            items.append(_parse_tools_type_0_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tools_type_0(value: Any) -> Any:
    return [_dump_tools_type_0_item(item) for item in value]


def _parse_tools(
    data: Any, strict: bool
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
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_tools_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_tools(value: Any) -> Any:
    if isinstance(value, list):
        return [_dump_tools_type_0_item(item) for item in value]
    return value


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
    """`tools` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tools(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tools") from exc


def _parse_metadata(data: Any, strict: bool) -> Metadata | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return Metadata.from_dict(data, strict)
    if isinstance(data, Metadata):
        return data
    if isinstance(data, Mapping):
        return _parse_metadata(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_metadata(value: Any) -> Any:
    if isinstance(value, Metadata):
        return value.to_dict()
    return value


def _convert_metadata(value: Metadata | Mapping[str, str] | None | Unset) -> Metadata | None | Unset:
    """`metadata` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_metadata(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "metadata") from exc


def _parse_truncation_strategy(data: Any, strict: bool) -> None | TruncationObject | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return TruncationObject.from_dict(data, strict)
    if isinstance(data, TruncationObject):
        return data
    if isinstance(data, Mapping):
        return _parse_truncation_strategy(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_truncation_strategy(value: Any) -> Any:
    if isinstance(value, TruncationObject):
        return value.to_dict()
    return value


def _convert_truncation_strategy(
    value: TruncationObject | TruncationObjectParam | None | Unset,
) -> None | TruncationObject | Unset:
    """`truncation_strategy` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_truncation_strategy(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "truncation_strategy") from exc


def _parse_tool_choice(
    data: Any, strict: bool
) -> AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return AssistantsNamedToolChoice.from_dict(data, strict)
    if isinstance(data, str):
        return AssistantsApiToolChoiceMode.known(data) or AssistantsApiToolChoiceMode.from_value(data)
    if isinstance(data, AssistantsNamedToolChoice):
        return data
    if isinstance(data, Mapping):
        return _parse_tool_choice(dict(data), strict)
    raise TypeError(f"expected string or object or null, got {type(data).__name__}")


def _dump_tool_choice(value: Any) -> Any:
    if isinstance(value, AssistantsNamedToolChoice):
        return value.to_dict()
    return value


def _convert_tool_choice(
    value: AssistantsApiToolChoiceMode
    | AssistantsApiToolChoiceModeLiteral
    | AssistantsNamedToolChoice
    | AssistantsNamedToolChoiceParam
    | None
    | Unset,
) -> AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset:
    """`tool_choice` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tool_choice(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tool_choice") from exc


def _parse_response_format(
    data: Any, strict: bool
) -> (
    AssistantsApiResponseFormatAuto
    | None
    | ResponseFormatJsonObject
    | ResponseFormatJsonSchema
    | ResponseFormatText
    | UnknownAssistantsApiResponseFormatOption
    | Unset
):
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        tag = data.get("type")
        if tag == "text":
            return ResponseFormatText.from_dict(data, strict)
        if tag == "json_object":
            return ResponseFormatJsonObject.from_dict(data, strict)
        if tag == "json_schema":
            return ResponseFormatJsonSchema.from_dict(data, strict)
        return UnknownAssistantsApiResponseFormatOption.from_dict(data, strict)
    if isinstance(data, str):
        return AssistantsApiResponseFormatAuto.known(data) or AssistantsApiResponseFormatAuto.from_value(data)
    if isinstance(
        data,
        (
            ResponseFormatText,
            ResponseFormatJsonObject,
            ResponseFormatJsonSchema,
            UnknownAssistantsApiResponseFormatOption,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_response_format(dict(data), strict)
    raise TypeError(f"expected string or object or null, got {type(data).__name__}")


def _dump_response_format(value: Any) -> Any:
    if isinstance(
        value,
        (
            ResponseFormatText,
            ResponseFormatJsonObject,
            ResponseFormatJsonSchema,
            UnknownAssistantsApiResponseFormatOption,
        ),
    ):
        return value.to_dict()
    return value


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
    """`response_format` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_response_format(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "response_format") from exc


def _parse_tool_resources(data: Any, strict: bool) -> None | ThreadAndRunToolResources | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return ThreadAndRunToolResources.from_dict(data, strict)
    if isinstance(data, ThreadAndRunToolResources):
        return data
    if isinstance(data, Mapping):
        return _parse_tool_resources(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_tool_resources(value: Any) -> Any:
    if isinstance(value, ThreadAndRunToolResources):
        return value.to_dict()
    return value


def _convert_tool_resources(
    value: ThreadAndRunToolResources | ThreadAndRunToolResourcesParam | None | Unset,
) -> None | ThreadAndRunToolResources | Unset:
    """`tool_resources` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tool_resources(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tool_resources") from exc


_FIELD_SPECS = (
    FieldSpec("assistant_id", "assistant_id", (str,), required=True),
    FieldSpec("model", "model", (str,), nullable=True, read=_parse_model, dump=_dump_model),
    FieldSpec(
        "reasoning_effort",
        "reasoning_effort",
        (str,),
        nullable=True,
        read=_parse_reasoning_effort,
        dump=_dump_reasoning_effort,
    ),
    FieldSpec("instructions", "instructions", (str,), nullable=True),
    FieldSpec("additional_instructions", "additional_instructions", (str,), nullable=True),
    FieldSpec(
        "additional_messages",
        "additional_messages",
        (list,),
        nullable=True,
        read=_parse_additional_messages,
        dump=_dump_additional_messages,
    ),
    FieldSpec("tools", "tools", (list,), nullable=True, read=_parse_tools, dump=_dump_tools),
    FieldSpec("metadata", "metadata", (dict,), nullable=True, read=_parse_metadata, dump=_dump_metadata),
    FieldSpec("temperature", "temperature", (float, int), nullable=True),
    FieldSpec("top_p", "top_p", (float, int), nullable=True),
    FieldSpec("stream", "stream", (bool,), nullable=True),
    FieldSpec("max_prompt_tokens", "max_prompt_tokens", (int,), nullable=True),
    FieldSpec("max_completion_tokens", "max_completion_tokens", (int,), nullable=True),
    FieldSpec(
        "truncation_strategy",
        "truncation_strategy",
        (dict,),
        nullable=True,
        read=_parse_truncation_strategy,
        dump=_dump_truncation_strategy,
    ),
    FieldSpec(
        "tool_choice", "tool_choice", (str, dict), nullable=True, read=_parse_tool_choice, dump=_dump_tool_choice
    ),
    FieldSpec("parallel_tool_calls", "parallel_tool_calls", (bool,)),
    FieldSpec(
        "response_format",
        "response_format",
        (str, dict),
        nullable=True,
        read=_parse_response_format,
        dump=_dump_response_format,
    ),
    FieldSpec(
        "tool_resources",
        "tool_resources",
        (dict,),
        nullable=True,
        read=_parse_tool_resources,
        dump=_dump_tool_resources,
    ),
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CreateRunRequest(Model):
    """What to run on a thread, and how.

    Attributes:
        assistant_id (str): Assistant to run.
        model (AssistantSupportedModels | None | str | Unset): Model to use instead of the assistant's.
        reasoning_effort (None | ReasoningEffort | Unset): Reasoning effort, or `null`.
        instructions (None | str | Unset): Instructions that replace the assistant's for this run.
        additional_instructions (None | str | Unset): Instructions appended to the assistant's for this run.
        additional_messages (list[CreateMessageRequest] | None | Unset): Messages added to the thread before the run
            starts.
        tools (list[AssistantToolsAzureAISearch | AssistantToolsAzureFunction | AssistantToolsBingCustomSearch |
            AssistantToolsBingGrounding | AssistantToolsBrowserAutomation | AssistantToolsCode |
            AssistantToolsConnectedAgent | AssistantToolsDeepResearch | AssistantToolsFabric | AssistantToolsFileSearch |
            AssistantToolsFunction | AssistantToolsMcp | AssistantToolsOpenApi | AssistantToolsSharepoint |
            UnknownAssistantTool] | None | Unset): Tools that replace the assistant's for this run.
        metadata (Metadata | None | Unset): Metadata, or `null`.
        temperature (float | None | Unset): Sampling temperature, 0 to 2. Default: 1.0.
        top_p (float | None | Unset): Nucleus sampling mass, 0 to 1. Default: 1.0.
        stream (bool | None | Unset): Answer with server-sent events instead of the run. Set for you by the endpoint's
            `stream`/`astream`; `sync`/`asyncio` read a run and refuse it.
        max_prompt_tokens (int | None | Unset): Most prompt tokens the run may use.
        max_completion_tokens (int | None | Unset): Most completion tokens the run may use.
        truncation_strategy (None | TruncationObject | Unset): How to truncate the thread before the run.
        tool_choice (AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset): Which tool, if any, the
            model must call.
        parallel_tool_calls (bool | Unset): Whether the model may call several tools at once.
        response_format (AssistantsApiResponseFormatAuto | None | ResponseFormatJsonObject | ResponseFormatJsonSchema |
            ResponseFormatText | UnknownAssistantsApiResponseFormatOption | Unset): Format the model must answer in.
        tool_resources (None | ThreadAndRunToolResources | Unset): Foundry: tool resources for this run in place of the
            assistant's (Foundry Agent Service only; OpenAI refuses the field).
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    assistant_id: str
    model: AssistantSupportedModels | None | str | Unset = _attrs_field(default=UNSET, converter=_convert_model)
    reasoning_effort: None | ReasoningEffort | Unset = _attrs_field(default=UNSET, converter=_convert_reasoning_effort)
    instructions: None | str | Unset = UNSET
    additional_instructions: None | str | Unset = UNSET
    additional_messages: list[CreateMessageRequest] | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_additional_messages
    )
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
    tool_resources: None | ThreadAndRunToolResources | Unset = _attrs_field(
        default=UNSET, converter=_convert_tool_resources
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = {}
            field_dict["assistant_id"] = self.assistant_id
            at = "model"
            if (model := self.model) is not UNSET:
                field_dict["model"] = as_request_json(model, _parse_model)
            at = "reasoning_effort"
            if (reasoning_effort := self.reasoning_effort) is not UNSET:
                field_dict["reasoning_effort"] = as_request_json(reasoning_effort, _parse_reasoning_effort)
            if (instructions := self.instructions) is not UNSET:
                field_dict["instructions"] = instructions
            if (additional_instructions := self.additional_instructions) is not UNSET:
                field_dict["additional_instructions"] = additional_instructions
            at = "additional_messages"
            if (additional_messages := self.additional_messages) is not UNSET:
                field_dict["additional_messages"] = as_request_json(additional_messages, _parse_additional_messages)
            at = "tools"
            if (tools := self.tools) is not UNSET:
                field_dict["tools"] = as_request_json(tools, _parse_tools)
            at = "metadata"
            if (metadata := self.metadata) is not UNSET:
                field_dict["metadata"] = as_request_json(metadata, _parse_metadata)
            if (temperature := self.temperature) is not UNSET:
                field_dict["temperature"] = temperature
            if (top_p := self.top_p) is not UNSET:
                field_dict["top_p"] = top_p
            if (stream := self.stream) is not UNSET:
                field_dict["stream"] = stream
            if (max_prompt_tokens := self.max_prompt_tokens) is not UNSET:
                field_dict["max_prompt_tokens"] = max_prompt_tokens
            if (max_completion_tokens := self.max_completion_tokens) is not UNSET:
                field_dict["max_completion_tokens"] = max_completion_tokens
            at = "truncation_strategy"
            if (truncation_strategy := self.truncation_strategy) is not UNSET:
                field_dict["truncation_strategy"] = as_request_json(truncation_strategy, _parse_truncation_strategy)
            at = "tool_choice"
            if (tool_choice := self.tool_choice) is not UNSET:
                field_dict["tool_choice"] = as_request_json(tool_choice, _parse_tool_choice)
            if (parallel_tool_calls := self.parallel_tool_calls) is not UNSET:
                field_dict["parallel_tool_calls"] = parallel_tool_calls
            at = "response_format"
            if (response_format := self.response_format) is not UNSET:
                field_dict["response_format"] = as_request_json(response_format, _parse_response_format)
            at = "tool_resources"
            if (tool_resources := self.tool_resources) is not UNSET:
                field_dict["tool_resources"] = as_request_json(tool_resources, _parse_tool_resources)
        except AttributeError:
            field_dict = dump_sent(self, None)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a CreateRunRequest from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, closed=True)
        obj = _new(cls)
        at = ""
        try:
            obj.assistant_id = d["assistant_id"]
            at = "model"
            obj.model = _parse_model(d.get("model", UNSET), strict)
            at = "reasoning_effort"
            obj.reasoning_effort = _parse_reasoning_effort(d.get("reasoning_effort", UNSET), strict)
            obj.instructions = d.get("instructions", UNSET)
            obj.additional_instructions = d.get("additional_instructions", UNSET)
            at = "additional_messages"
            obj.additional_messages = _parse_additional_messages(d.get("additional_messages", UNSET), strict)
            at = "tools"
            obj.tools = _parse_tools(d.get("tools", UNSET), strict)
            at = "metadata"
            obj.metadata = _parse_metadata(d.get("metadata", UNSET), strict)
            obj.temperature = d.get("temperature", UNSET)
            obj.top_p = d.get("top_p", UNSET)
            obj.stream = d.get("stream", UNSET)
            obj.max_prompt_tokens = d.get("max_prompt_tokens", UNSET)
            obj.max_completion_tokens = d.get("max_completion_tokens", UNSET)
            at = "truncation_strategy"
            obj.truncation_strategy = _parse_truncation_strategy(d.get("truncation_strategy", UNSET), strict)
            at = "tool_choice"
            obj.tool_choice = _parse_tool_choice(d.get("tool_choice", UNSET), strict)
            obj.parallel_tool_calls = d.get("parallel_tool_calls", UNSET)
            at = "response_format"
            obj.response_format = _parse_response_format(d.get("response_format", UNSET), strict)
            at = "tool_resources"
            obj.tool_resources = _parse_tool_resources(d.get("tool_resources", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, False)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return obj


class CreateRunRequestParam(TypedDict, total=False):
    """The dict form of CreateRunRequest: what a request takes in its place (checked before sending)."""

    assistant_id: Required[str]
    model: str | AssistantSupportedModels | AssistantSupportedModelsLiteral | None
    reasoning_effort: ReasoningEffort | ReasoningEffortLiteral | None
    instructions: str | None
    additional_instructions: str | None
    additional_messages: Sequence[CreateMessageRequest | CreateMessageRequestParam] | None
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
    tool_resources: ThreadAndRunToolResources | ThreadAndRunToolResourcesParam | None


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
from ..models.create_message_request import CreateMessageRequest
from ..models.metadata import Metadata
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.thread_and_run_tool_resources import ThreadAndRunToolResources
from ..models.truncation_object import TruncationObject
from ..models.unknown_assistant_tool import UnknownAssistantTool
from ..models.unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption
