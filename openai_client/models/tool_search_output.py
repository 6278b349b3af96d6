from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    enum_of,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.function_call_output_status_enum import FunctionCallOutputStatusEnum
from ..models.tool_search_execution_type import ToolSearchExecutionType
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ToolSearchOutput(ExtraFields["Any"]):
    """ToolSearchOutput

    Attributes:
        type (Literal['tool_search_output'])
        id (str)
        call_id (None | str)
        execution (ToolSearchExecutionType)
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | UnknownTool | WebSearchPreviewTool | WebSearchTool])
        status (FunctionCallOutputStatusEnum)
        created_by (str | Unset)
    """

    id: str
    call_id: None | str
    execution: ToolSearchExecutionType
    tools: list[
        ApplyPatchToolParam
        | CodeInterpreterTool
        | ComputerTool
        | ComputerUsePreviewTool
        | CustomToolParam
        | FileSearchTool
        | FunctionShellToolParam
        | FunctionTool
        | ImageGenTool
        | LocalShellToolParam
        | MCPTool
        | NamespaceToolParam
        | ProgrammaticToolCallingParam
        | ToolSearchToolParam
        | UnknownTool
        | WebSearchPreviewTool
        | WebSearchTool
    ]
    status: FunctionCallOutputStatusEnum
    type: Literal["tool_search_output"] = "tool_search_output"
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["tool_search_output"]]("type")


from ..models.apply_patch_tool_param import ApplyPatchToolParam
from ..models.code_interpreter_tool import CodeInterpreterTool
from ..models.computer_tool import ComputerTool
from ..models.computer_use_preview_tool import ComputerUsePreviewTool
from ..models.custom_tool_param import CustomToolParam
from ..models.file_search_tool import FileSearchTool
from ..models.function_shell_tool_param import FunctionShellToolParam
from ..models.function_tool import FunctionTool
from ..models.image_gen_tool import ImageGenTool
from ..models.local_shell_tool_param import LocalShellToolParam
from ..models.mcp_tool import MCPTool
from ..models.namespace_tool_param import NamespaceToolParam
from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
from ..models.tool_search_tool_param import ToolSearchToolParam
from ..models.unknown_tool import UnknownTool
from ..models.web_search_preview_tool import WebSearchPreviewTool
from ..models.web_search_tool import WebSearchTool

table_of(
    ToolSearchOutput,
    field("type", const("tool_search_output"), required=True),
    field("id", STRING, required=True),
    field("call_id", STRING, required=True, nullable=True),
    field("execution", enum_of(ToolSearchExecutionType), required=True),
    field(
        "tools",
        list_of(
            union_of(
                "type",
                {
                    "function": FunctionTool,
                    "file_search": FileSearchTool,
                    "computer": ComputerTool,
                    "computer_use_preview": ComputerUsePreviewTool,
                    "web_search": WebSearchTool,
                    "web_search_2025_08_26": WebSearchTool,
                    "mcp": MCPTool,
                    "code_interpreter": CodeInterpreterTool,
                    "programmatic_tool_calling": ProgrammaticToolCallingParam,
                    "image_generation": ImageGenTool,
                    "local_shell": LocalShellToolParam,
                    "shell": FunctionShellToolParam,
                    "custom": CustomToolParam,
                    "namespace": NamespaceToolParam,
                    "tool_search": ToolSearchToolParam,
                    "web_search_preview": WebSearchPreviewTool,
                    "web_search_preview_2025_03_11": WebSearchPreviewTool,
                    "apply_patch": ApplyPatchToolParam,
                },
                fallback=UnknownTool,
            )
        ),
        required=True,
    ),
    field("status", enum_of(FunctionCallOutputStatusEnum), required=True),
    field("created_by", STRING),
    extra=ANY,
)
