from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

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
from ..models.function_call_item_status import FunctionCallItemStatus
from ..models.tool_search_execution_type import ToolSearchExecutionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_tool_param import ApplyPatchToolParamParam
    from ..models.code_interpreter_tool import CodeInterpreterToolParam
    from ..models.computer_tool import ComputerToolParam
    from ..models.computer_use_preview_tool import ComputerUsePreviewToolParam
    from ..models.custom_tool_param import CustomToolParamParam
    from ..models.file_search_tool import FileSearchToolParam
    from ..models.function_call_item_status import FunctionCallItemStatusLiteral
    from ..models.function_shell_tool_param import FunctionShellToolParamParam
    from ..models.function_tool import FunctionToolParam
    from ..models.image_gen_tool import ImageGenToolParam
    from ..models.local_shell_tool_param import LocalShellToolParamParam
    from ..models.mcp_tool import MCPToolParam
    from ..models.namespace_tool_param import NamespaceToolParamParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParamParam
    from ..models.tool_search_execution_type import ToolSearchExecutionTypeLiteral
    from ..models.tool_search_tool_param import ToolSearchToolParamParam
    from ..models.web_search_preview_tool import WebSearchPreviewToolParam
    from ..models.web_search_tool import WebSearchToolParam


def _convert_tools(
    value: Sequence[
        FunctionTool
        | FunctionToolParam
        | FileSearchTool
        | FileSearchToolParam
        | ComputerTool
        | ComputerToolParam
        | ComputerUsePreviewTool
        | ComputerUsePreviewToolParam
        | WebSearchTool
        | WebSearchToolParam
        | MCPTool
        | MCPToolParam
        | CodeInterpreterTool
        | CodeInterpreterToolParam
        | ProgrammaticToolCallingParam
        | ProgrammaticToolCallingParamParam
        | ImageGenTool
        | ImageGenToolParam
        | LocalShellToolParam
        | LocalShellToolParamParam
        | FunctionShellToolParam
        | FunctionShellToolParamParam
        | CustomToolParam
        | CustomToolParamParam
        | NamespaceToolParam
        | NamespaceToolParamParam
        | ToolSearchToolParam
        | ToolSearchToolParamParam
        | WebSearchPreviewTool
        | WebSearchPreviewToolParam
        | ApplyPatchToolParam
        | ApplyPatchToolParamParam
        | UnknownTool
    ],
) -> list[
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
]:
    return ToolSearchOutputItemParam.__table__.convert("tools", value)  # type: ignore[no-any-return]


def _convert_execution(
    value: ToolSearchExecutionType | ToolSearchExecutionTypeLiteral | Unset,
) -> ToolSearchExecutionType | Unset:
    return ToolSearchOutputItemParam.__table__.convert("execution", value)  # type: ignore[no-any-return]


def _convert_status(
    value: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None | Unset,
) -> FunctionCallItemStatus | None | Unset:
    return ToolSearchOutputItemParam.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolSearchOutputItemParam(ExtraFields["Any"]):
    """ToolSearchOutputItemParam

    Attributes:
        type (Literal['tool_search_output'])
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | UnknownTool | WebSearchPreviewTool | WebSearchTool])
        id (None | str | Unset)
        call_id (None | str | Unset)
        execution (ToolSearchExecutionType | Unset)
        status (FunctionCallItemStatus | None | Unset)
    """

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
    ] = _attrs_field(converter=_convert_tools)
    type: Literal["tool_search_output"] = "tool_search_output"
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    execution: ToolSearchExecutionType | Unset = _attrs_field(default=UNSET, converter=_convert_execution)
    status: FunctionCallItemStatus | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["tool_search_output"]]("type")


class ToolSearchOutputItemParamParam(TypedDict, total=False):
    """The dict form of ToolSearchOutputItemParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["tool_search_output"]]
    tools: Required[
        Sequence[
            FunctionTool
            | FunctionToolParam
            | FileSearchTool
            | FileSearchToolParam
            | ComputerTool
            | ComputerToolParam
            | ComputerUsePreviewTool
            | ComputerUsePreviewToolParam
            | WebSearchTool
            | WebSearchToolParam
            | MCPTool
            | MCPToolParam
            | CodeInterpreterTool
            | CodeInterpreterToolParam
            | ProgrammaticToolCallingParam
            | ProgrammaticToolCallingParamParam
            | ImageGenTool
            | ImageGenToolParam
            | LocalShellToolParam
            | LocalShellToolParamParam
            | FunctionShellToolParam
            | FunctionShellToolParamParam
            | CustomToolParam
            | CustomToolParamParam
            | NamespaceToolParam
            | NamespaceToolParamParam
            | ToolSearchToolParam
            | ToolSearchToolParamParam
            | WebSearchPreviewTool
            | WebSearchPreviewToolParam
            | ApplyPatchToolParam
            | ApplyPatchToolParamParam
            | UnknownTool
        ]
    ]
    id: str | None
    call_id: str | None
    execution: ToolSearchExecutionType | ToolSearchExecutionTypeLiteral
    status: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None


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
    ToolSearchOutputItemParam,
    field("type", const("tool_search_output"), required=True),
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
    field("id", STRING, nullable=True),
    field("call_id", STRING, nullable=True),
    field("execution", enum_of(ToolSearchExecutionType)),
    field("status", enum_of(FunctionCallItemStatus), nullable=True),
    extra=ANY,
)
