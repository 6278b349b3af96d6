from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    NUMBER,
    STRING,
    const,
    enum_of,
    field,
    list_of,
    model_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AssistantObject(ExtraFields["Any"]):
    """An assistant: a model with instructions and tools, that runs execute.

    Attributes:
        id (str): The identifier.
        object (Literal['assistant']): Always `assistant`.
        created_at (int): When it was created, in Unix seconds.
        name (None | str): Its name, up to 256 characters.
        description (None | str): What it is for, up to 512 characters.
        model (str): The model it uses.
        instructions (None | str): The system instructions it follows.
        tools (list[AssistantToolsAzureAISearch | AssistantToolsAzureFunction | AssistantToolsBingCustomSearch | AssistantToolsBingGrounding | AssistantToolsBrowserAutomation | AssistantToolsCode | AssistantToolsConnectedAgent | AssistantToolsDeepResearch | AssistantToolsFabric | AssistantToolsFileSearch | AssistantToolsFunction | AssistantToolsMcp | AssistantToolsOpenApi | AssistantToolsSharepoint | UnknownAssistantTool]): Tools it may use.
        metadata (Metadata | None): Metadata, or `null`.
        tool_resources (None | ThreadObjectToolResources | Unset): Files and vector stores its tools may use; `null` when none.
        temperature (float | None | Unset): Sampling temperature, 0 to 2.
        top_p (float | None | Unset): Nucleus sampling mass, 0 to 1.
        response_format (AssistantsApiResponseFormatAuto | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | UnknownAssistantsApiResponseFormatOption | Unset): The format the model answers in.
    """

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
    object: Literal["assistant"] = "assistant"
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
    object_ = DeprecatedAlias[Literal["assistant"]]("object")


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

table_of(
    AssistantObject,
    field("id", STRING, required=True),
    field("object", const("assistant", fixes_kind=True), required=True),
    field("created_at", INTEGER, required=True),
    field("name", STRING, required=True, nullable=True),
    field("description", STRING, required=True, nullable=True),
    field("model", STRING, required=True),
    field("instructions", STRING, required=True, nullable=True),
    field(
        "tools",
        list_of(
            union_of(
                "type",
                {
                    "code_interpreter": AssistantToolsCode,
                    "file_search": AssistantToolsFileSearch,
                    "function": AssistantToolsFunction,
                    "azure_ai_search": AssistantToolsAzureAISearch,
                    "bing_grounding": AssistantToolsBingGrounding,
                    "bing_custom_search": AssistantToolsBingCustomSearch,
                    "openapi": AssistantToolsOpenApi,
                    "azure_function": AssistantToolsAzureFunction,
                    "connected_agent": AssistantToolsConnectedAgent,
                    "mcp": AssistantToolsMcp,
                    "deep_research": AssistantToolsDeepResearch,
                    "fabric_dataagent": AssistantToolsFabric,
                    "sharepoint_grounding": AssistantToolsSharepoint,
                    "browser_automation": AssistantToolsBrowserAutomation,
                },
                fallback=UnknownAssistantTool,
            )
        ),
        required=True,
    ),
    field("metadata", model_of(Metadata), required=True, nullable=True),
    field("tool_resources", model_of(ThreadObjectToolResources), nullable=True),
    field("temperature", NUMBER, nullable=True),
    field("top_p", NUMBER, nullable=True),
    field(
        "response_format",
        union_of(
            "type",
            {
                "text": ResponseFormatText,
                "json_object": ResponseFormatJsonObject,
                "json_schema": ResponseFormatJsonSchema,
            },
            fallback=UnknownAssistantsApiResponseFormatOption,
            others=(enum_of(AssistantsApiResponseFormatAuto),),
        ),
        nullable=True,
    ),
    extra=ANY,
)
