from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    BOOLEAN,
    STRING,
    const,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, Page


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ConversationItemList(
    Page[
        "AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | UnknownConversationItem | WebSearchToolCall"
    ]
):
    """ConversationItemList

    Attributes:
        object (Literal['list'])
        data (list[AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | UnknownConversationItem | WebSearchToolCall])
        has_more (bool)
        first_id (str)
        last_id (str)
    """

    data: list[
        AdditionalTools
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | CodeInterpreterToolCall
        | CompactionBody
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | CustomToolCall
        | CustomToolCallOutput
        | FileSearchToolCall
        | FunctionShellCall
        | FunctionShellCallOutput
        | FunctionToolCallOutputResource
        | FunctionToolCallResource
        | ImageGenToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPListTools
        | MCPToolCall
        | Message
        | Program
        | ProgramOutput
        | ReasoningItem
        | ToolSearchCall
        | ToolSearchOutput
        | UnknownConversationItem
        | WebSearchToolCall
    ]
    has_more: bool
    first_id: str
    last_id: str
    object: Literal["list"] = "list"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[Literal["list"]]("object")


from ..models.additional_tools import AdditionalTools
from ..models.apply_patch_tool_call import ApplyPatchToolCall
from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
from ..models.compaction_body import CompactionBody
from ..models.computer_tool_call import ComputerToolCall
from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource
from ..models.custom_tool_call import CustomToolCall
from ..models.custom_tool_call_output import CustomToolCallOutput
from ..models.file_search_tool_call import FileSearchToolCall
from ..models.function_shell_call import FunctionShellCall
from ..models.function_shell_call_output import FunctionShellCallOutput
from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
from ..models.function_tool_call_resource import FunctionToolCallResource
from ..models.image_gen_tool_call import ImageGenToolCall
from ..models.local_shell_tool_call import LocalShellToolCall
from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
from ..models.mcp_approval_request import MCPApprovalRequest
from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
from ..models.mcp_list_tools import MCPListTools
from ..models.mcp_tool_call import MCPToolCall
from ..models.message import Message
from ..models.program import Program
from ..models.program_output import ProgramOutput
from ..models.reasoning_item import ReasoningItem
from ..models.tool_search_call import ToolSearchCall
from ..models.tool_search_output import ToolSearchOutput
from ..models.unknown_conversation_item import UnknownConversationItem
from ..models.web_search_tool_call import WebSearchToolCall

table_of(
    ConversationItemList,
    field("object", const("list", fixes_kind=True), required=True),
    field(
        "data",
        list_of(
            union_of(
                "type",
                {
                    "message": Message,
                    "function_call": FunctionToolCallResource,
                    "function_call_output": FunctionToolCallOutputResource,
                    "file_search_call": FileSearchToolCall,
                    "web_search_call": WebSearchToolCall,
                    "image_generation_call": ImageGenToolCall,
                    "computer_call": ComputerToolCall,
                    "computer_call_output": ComputerToolCallOutputResource,
                    "tool_search_call": ToolSearchCall,
                    "tool_search_output": ToolSearchOutput,
                    "additional_tools": AdditionalTools,
                    "reasoning": ReasoningItem,
                    "program": Program,
                    "program_output": ProgramOutput,
                    "compaction": CompactionBody,
                    "code_interpreter_call": CodeInterpreterToolCall,
                    "local_shell_call": LocalShellToolCall,
                    "local_shell_call_output": LocalShellToolCallOutput,
                    "shell_call": FunctionShellCall,
                    "shell_call_output": FunctionShellCallOutput,
                    "apply_patch_call": ApplyPatchToolCall,
                    "apply_patch_call_output": ApplyPatchToolCallOutput,
                    "mcp_list_tools": MCPListTools,
                    "mcp_approval_request": MCPApprovalRequest,
                    "mcp_approval_response": MCPApprovalResponseResource,
                    "mcp_call": MCPToolCall,
                    "custom_tool_call": CustomToolCall,
                    "custom_tool_call_output": CustomToolCallOutput,
                },
                fallback=UnknownConversationItem,
            )
        ),
        required=True,
    ),
    field("has_more", BOOLEAN, required=True),
    field("first_id", STRING, required=True),
    field("last_id", STRING, required=True),
    extra=ANY,
)
