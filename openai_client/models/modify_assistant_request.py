from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

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
    from ..models.reasoning_effort import ReasoningEffortLiteral
    from ..models.response_format_json_object import ResponseFormatJsonObjectParam
    from ..models.response_format_json_schema import ResponseFormatJsonSchemaParam
    from ..models.response_format_text import ResponseFormatTextParam
    from ..models.thread_object_tool_resources import ThreadObjectToolResourcesParam


def _parse_model(data: Any, strict: bool) -> AssistantSupportedModels | str | Unset:
    if data is UNSET:
        return Unset.UNSET
    if isinstance(data, str):
        return data
    raise TypeError(f"expected string, got {type(data).__name__}")


def _dump_model(value: Any) -> Any:
    return value


def _convert_model(
    value: str | AssistantSupportedModels | AssistantSupportedModelsLiteral | Unset,
) -> AssistantSupportedModels | str | Unset:
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


def _parse_tools_item(
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
        return _parse_tools_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_tools_item(value: Any) -> Any:
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
    | Unset
):
    if data is UNSET:
        return Unset.UNSET
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
            items.append(_parse_tools_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tools(value: Any) -> Any:
    return [_dump_tools_item(item) for item in value]


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
    | Unset
):
    """`tools` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tools(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tools") from exc


def _parse_tool_resources(data: Any, strict: bool) -> None | ThreadObjectToolResources | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return ThreadObjectToolResources.from_dict(data, strict)
    if isinstance(data, ThreadObjectToolResources):
        return data
    if isinstance(data, Mapping):
        return _parse_tool_resources(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_tool_resources(value: Any) -> Any:
    if isinstance(value, ThreadObjectToolResources):
        return value.to_dict()
    return value


def _convert_tool_resources(
    value: ThreadObjectToolResources | ThreadObjectToolResourcesParam | None | Unset,
) -> None | ThreadObjectToolResources | Unset:
    """`tool_resources` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tool_resources(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tool_resources") from exc


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


_FIELD_SPECS = (
    FieldSpec("model", "model", (str,), read=_parse_model, dump=_dump_model),
    FieldSpec("name", "name", (str,), nullable=True),
    FieldSpec("description", "description", (str,), nullable=True),
    FieldSpec("instructions", "instructions", (str,), nullable=True),
    FieldSpec(
        "reasoning_effort",
        "reasoning_effort",
        (str,),
        nullable=True,
        read=_parse_reasoning_effort,
        dump=_dump_reasoning_effort,
    ),
    FieldSpec("tools", "tools", (list,), read=_parse_tools, dump=_dump_tools),
    FieldSpec(
        "tool_resources",
        "tool_resources",
        (dict,),
        nullable=True,
        read=_parse_tool_resources,
        dump=_dump_tool_resources,
    ),
    FieldSpec("metadata", "metadata", (dict,), nullable=True, read=_parse_metadata, dump=_dump_metadata),
    FieldSpec("temperature", "temperature", (float, int), nullable=True),
    FieldSpec("top_p", "top_p", (float, int), nullable=True),
    FieldSpec(
        "response_format",
        "response_format",
        (str, dict),
        nullable=True,
        read=_parse_response_format,
        dump=_dump_response_format,
    ),
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ModifyAssistantRequest(Model):
    """The fields of an assistant to change; those left out keep their value.

    Attributes:
        model (AssistantSupportedModels | str | Unset): Model ID, one of the known names or any other.
        name (None | str | Unset): A name for the assistant, up to 256 characters.
        description (None | str | Unset): What the assistant is for, up to 512 characters.
        instructions (None | str | Unset): The system instructions the assistant follows, up to 256,000 characters.
        reasoning_effort (None | ReasoningEffort | Unset): Reasoning effort, or `null`.
        tools (list[AssistantToolsAzureAISearch | AssistantToolsAzureFunction | AssistantToolsBingCustomSearch |
            AssistantToolsBingGrounding | AssistantToolsBrowserAutomation | AssistantToolsCode |
            AssistantToolsConnectedAgent | AssistantToolsDeepResearch | AssistantToolsFabric | AssistantToolsFileSearch |
            AssistantToolsFunction | AssistantToolsMcp | AssistantToolsOpenApi | AssistantToolsSharepoint |
            UnknownAssistantTool] | Unset): Tools the assistant may use (code interpreter, file search, functions), at most
            128.
        tool_resources (None | ThreadObjectToolResources | Unset): Files for the code interpreter, and the vector store
            for file search.
        metadata (Metadata | None | Unset): Metadata, or `null`.
        temperature (float | None | Unset): Sampling temperature, 0 to 2. Default: 1.0.
        top_p (float | None | Unset): Nucleus sampling mass, 0 to 1. Default: 1.0.
        response_format (AssistantsApiResponseFormatAuto | None | ResponseFormatJsonObject | ResponseFormatJsonSchema |
            ResponseFormatText | UnknownAssistantsApiResponseFormatOption | Unset): The format the model answers in.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    model: AssistantSupportedModels | str | Unset = _attrs_field(default=UNSET, converter=_convert_model)
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    reasoning_effort: None | ReasoningEffort | Unset = _attrs_field(default=UNSET, converter=_convert_reasoning_effort)
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
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_tools)
    tool_resources: None | ThreadObjectToolResources | Unset = _attrs_field(
        default=UNSET, converter=_convert_tool_resources
    )
    metadata: Metadata | None | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    response_format: (
        AssistantsApiResponseFormatAuto
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | UnknownAssistantsApiResponseFormatOption
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_response_format)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = {}
            at = "model"
            if (model := self.model) is not UNSET:
                field_dict["model"] = as_request_json(model, _parse_model)
            if (name := self.name) is not UNSET:
                field_dict["name"] = name
            if (description := self.description) is not UNSET:
                field_dict["description"] = description
            if (instructions := self.instructions) is not UNSET:
                field_dict["instructions"] = instructions
            at = "reasoning_effort"
            if (reasoning_effort := self.reasoning_effort) is not UNSET:
                field_dict["reasoning_effort"] = as_request_json(reasoning_effort, _parse_reasoning_effort)
            at = "tools"
            if (tools := self.tools) is not UNSET:
                field_dict["tools"] = as_request_json(tools, _parse_tools)
            at = "tool_resources"
            if (tool_resources := self.tool_resources) is not UNSET:
                field_dict["tool_resources"] = as_request_json(tool_resources, _parse_tool_resources)
            at = "metadata"
            if (metadata := self.metadata) is not UNSET:
                field_dict["metadata"] = as_request_json(metadata, _parse_metadata)
            if (temperature := self.temperature) is not UNSET:
                field_dict["temperature"] = temperature
            if (top_p := self.top_p) is not UNSET:
                field_dict["top_p"] = top_p
            at = "response_format"
            if (response_format := self.response_format) is not UNSET:
                field_dict["response_format"] = as_request_json(response_format, _parse_response_format)
        except AttributeError:
            field_dict = dump_sent(self, None)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ModifyAssistantRequest from decoded JSON.

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
            at = "model"
            obj.model = _parse_model(d.get("model", UNSET), strict)
            obj.name = d.get("name", UNSET)
            obj.description = d.get("description", UNSET)
            obj.instructions = d.get("instructions", UNSET)
            at = "reasoning_effort"
            obj.reasoning_effort = _parse_reasoning_effort(d.get("reasoning_effort", UNSET), strict)
            at = "tools"
            obj.tools = _parse_tools(d.get("tools", UNSET), strict)
            at = "tool_resources"
            obj.tool_resources = _parse_tool_resources(d.get("tool_resources", UNSET), strict)
            at = "metadata"
            obj.metadata = _parse_metadata(d.get("metadata", UNSET), strict)
            obj.temperature = d.get("temperature", UNSET)
            obj.top_p = d.get("top_p", UNSET)
            at = "response_format"
            obj.response_format = _parse_response_format(d.get("response_format", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, False)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return obj


class ModifyAssistantRequestParam(TypedDict, total=False):
    """The dict form of ModifyAssistantRequest: what a request takes in its place (checked before sending)."""

    model: str | AssistantSupportedModels | AssistantSupportedModelsLiteral
    name: str | None
    description: str | None
    instructions: str | None
    reasoning_effort: ReasoningEffort | ReasoningEffortLiteral | None
    tools: Sequence[
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
    tool_resources: ThreadObjectToolResources | ThreadObjectToolResourcesParam | None
    metadata: Metadata | Mapping[str, str] | None
    temperature: float | None
    top_p: float | None
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
from ..models.metadata import Metadata
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.thread_object_tool_resources import ThreadObjectToolResources
from ..models.unknown_assistant_tool import UnknownAssistantTool
from ..models.unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption
