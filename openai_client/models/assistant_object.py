from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from ..types import UNSET, Unset


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
            items.append(_parse_tools_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tools(value: Any) -> Any:
    return [_dump_tools_item(item) for item in value]


def _parse_metadata(data: Any, strict: bool) -> Metadata | None:
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


_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("object", "object_", (str,), required=True, const="assistant"),
    FieldSpec("created_at", "created_at", (int,), required=True),
    FieldSpec("name", "name", (str,), required=True, nullable=True),
    FieldSpec("description", "description", (str,), required=True, nullable=True),
    FieldSpec("model", "model", (str,), required=True),
    FieldSpec("instructions", "instructions", (str,), required=True, nullable=True),
    FieldSpec("tools", "tools", (list,), required=True, read=_parse_tools, dump=_dump_tools),
    FieldSpec("metadata", "metadata", (dict,), required=True, nullable=True, read=_parse_metadata, dump=_dump_metadata),
    FieldSpec(
        "tool_resources",
        "tool_resources",
        (dict,),
        nullable=True,
        read=_parse_tool_resources,
        dump=_dump_tool_resources,
    ),
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
_KNOWN = frozenset(
    {
        "id",
        "object",
        "created_at",
        "name",
        "description",
        "model",
        "instructions",
        "tools",
        "metadata",
        "tool_resources",
        "temperature",
        "top_p",
        "response_format",
    }
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantObject(ExtraFields[Any]):
    """An assistant: a model with instructions and tools, that runs execute.

    Attributes:
        id (str): The identifier.
        object_ (Literal['assistant']): Always `assistant`.
        created_at (int): When it was created, in Unix seconds.
        name (None | str): Its name, up to 256 characters.
        description (None | str): What it is for, up to 512 characters.
        model (str): The model it uses.
        instructions (None | str): The system instructions it follows.
        tools (list[AssistantToolsAzureAISearch | AssistantToolsAzureFunction | AssistantToolsBingCustomSearch |
            AssistantToolsBingGrounding | AssistantToolsBrowserAutomation | AssistantToolsCode |
            AssistantToolsConnectedAgent | AssistantToolsDeepResearch | AssistantToolsFabric | AssistantToolsFileSearch |
            AssistantToolsFunction | AssistantToolsMcp | AssistantToolsOpenApi | AssistantToolsSharepoint |
            UnknownAssistantTool]): Tools it may use.
        metadata (Metadata | None): Metadata, or `null`.
        tool_resources (None | ThreadObjectToolResources | Unset): Files and vector stores its tools may use; `null`
            when none.
        temperature (float | None | Unset): Sampling temperature, 0 to 2. Default: 1.0.
        top_p (float | None | Unset): Nucleus sampling mass, 0 to 1. Default: 1.0.
        response_format (AssistantsApiResponseFormatAuto | None | ResponseFormatJsonObject | ResponseFormatJsonSchema |
            ResponseFormatText | UnknownAssistantsApiResponseFormatOption | Unset): The format the model answers in.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    created_at: int
    name: None | str
    description: None | str
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
    object_: Literal["assistant"] = "assistant"
    tool_resources: None | ThreadObjectToolResources | Unset = UNSET
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
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "id": self.id,
                "object": self.object_,
                "created_at": self.created_at,
                "name": self.name,
                "description": self.description,
                "model": self.model,
                "instructions": self.instructions,
                "tools": [_dump_tools_item(item) for item in self.tools],
                "metadata": _dump_metadata(self.metadata),
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (tool_resources := self.tool_resources) is not UNSET:
            field_dict["tool_resources"] = _dump_tool_resources(tool_resources)
        if (temperature := self.temperature) is not UNSET:
            field_dict["temperature"] = temperature
        if (top_p := self.top_p) is not UNSET:
            field_dict["top_p"] = top_p
        if (response_format := self.response_format) is not UNSET:
            field_dict["response_format"] = _dump_response_format(response_format)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a AssistantObject from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, None)
        obj = _new(cls)
        at = ""
        try:
            obj.id = d["id"]
            obj.object_ = d["object"]
            obj.created_at = d["created_at"]
            obj.name = d["name"]
            obj.description = d["description"]
            obj.model = d["model"]
            obj.instructions = d["instructions"]
            at = "tools"
            obj.tools = _parse_tools(d["tools"], strict)
            at = "metadata"
            value = d["metadata"]
            obj.metadata = None if value is None else _parse_metadata(value, strict)
            at = "tool_resources"
            value = d.get("tool_resources", UNSET)
            obj.tool_resources = None if value is None else _parse_tool_resources(value, strict)
            obj.temperature = d.get("temperature", UNSET)
            obj.top_p = d.get("top_p", UNSET)
            at = "response_format"
            value = d.get("response_format", UNSET)
            obj.response_format = None if value is None else _parse_response_format(value, strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            9
            + (obj.tool_resources is not UNSET)
            + (obj.temperature is not UNSET)
            + (obj.top_p is not UNSET)
            + (obj.response_format is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


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
