from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    list_of,
    model_of,
    table_of,
    union_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_tools_item_param import AdditionalToolsItemParamParam
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParamParam
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParamParam
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCallParam
    from ..models.compaction_summary_item_param import CompactionSummaryItemParamParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParamParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParamParam
    from ..models.computer_tool_call import ComputerToolCallParam
    from ..models.custom_tool_call import CustomToolCallParam
    from ..models.custom_tool_call_output import CustomToolCallOutputParam
    from ..models.easy_input_message import EasyInputMessageParam
    from ..models.file_search_tool_call import FileSearchToolCallParam
    from ..models.function_call_output_item_param import FunctionCallOutputItemParamParam
    from ..models.function_shell_call_item_param import FunctionShellCallItemParamParam
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParamParam
    from ..models.function_tool_call import FunctionToolCallParam
    from ..models.image_gen_tool_call import ImageGenToolCallParam
    from ..models.input_message import InputMessageParam
    from ..models.item_reference_param import ItemReferenceParamParam
    from ..models.local_shell_tool_call import LocalShellToolCallParam
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutputParam
    from ..models.mcp_approval_request import MCPApprovalRequestParam
    from ..models.mcp_approval_response import MCPApprovalResponseParam
    from ..models.mcp_list_tools import MCPListToolsParam
    from ..models.mcp_tool_call import MCPToolCallParam
    from ..models.output_message import OutputMessageParam
    from ..models.program_item_param import ProgramItemParamParam
    from ..models.program_output_item_param import ProgramOutputItemParamParam
    from ..models.reasoning_item import ReasoningItemParam
    from ..models.tool_search_call_item_param import ToolSearchCallItemParamParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParamParam
    from ..models.web_search_tool_call import WebSearchToolCallParam


def _convert_metadata(value: Metadata | Mapping[str, str] | None | Unset) -> Metadata | None | Unset:
    return CreateConversationBody.__table__.convert("metadata", value)  # type: ignore[no-any-return]


def _convert_items(
    value: Sequence[
        EasyInputMessage
        | EasyInputMessageParam
        | InputMessage
        | InputMessageParam
        | OutputMessage
        | OutputMessageParam
        | FileSearchToolCall
        | FileSearchToolCallParam
        | ComputerToolCall
        | ComputerToolCallParam
        | ComputerCallOutputItemParam
        | ComputerCallOutputItemParamParam
        | WebSearchToolCall
        | WebSearchToolCallParam
        | FunctionToolCall
        | FunctionToolCallParam
        | FunctionCallOutputItemParam
        | FunctionCallOutputItemParamParam
        | ToolSearchCallItemParam
        | ToolSearchCallItemParamParam
        | ToolSearchOutputItemParam
        | ToolSearchOutputItemParamParam
        | AdditionalToolsItemParam
        | AdditionalToolsItemParamParam
        | ReasoningItem
        | ReasoningItemParam
        | CompactionSummaryItemParam
        | CompactionSummaryItemParamParam
        | ImageGenToolCall
        | ImageGenToolCallParam
        | CodeInterpreterToolCall
        | CodeInterpreterToolCallParam
        | LocalShellToolCall
        | LocalShellToolCallParam
        | LocalShellToolCallOutput
        | LocalShellToolCallOutputParam
        | FunctionShellCallItemParam
        | FunctionShellCallItemParamParam
        | FunctionShellCallOutputItemParam
        | FunctionShellCallOutputItemParamParam
        | ApplyPatchToolCallItemParam
        | ApplyPatchToolCallItemParamParam
        | ApplyPatchToolCallOutputItemParam
        | ApplyPatchToolCallOutputItemParamParam
        | MCPListTools
        | MCPListToolsParam
        | MCPApprovalRequest
        | MCPApprovalRequestParam
        | MCPApprovalResponse
        | MCPApprovalResponseParam
        | MCPToolCall
        | MCPToolCallParam
        | CustomToolCallOutput
        | CustomToolCallOutputParam
        | CustomToolCall
        | CustomToolCallParam
        | UnknownItem
        | CompactionTriggerItemParam
        | CompactionTriggerItemParamParam
        | ItemReferenceParam
        | ItemReferenceParamParam
        | ProgramItemParam
        | ProgramItemParamParam
        | ProgramOutputItemParam
        | ProgramOutputItemParamParam
        | UnknownInputItem
    ]
    | None
    | Unset,
) -> (
    list[
        AdditionalToolsItemParam
        | ApplyPatchToolCallItemParam
        | ApplyPatchToolCallOutputItemParam
        | CodeInterpreterToolCall
        | CompactionSummaryItemParam
        | CompactionTriggerItemParam
        | ComputerCallOutputItemParam
        | ComputerToolCall
        | CustomToolCall
        | CustomToolCallOutput
        | EasyInputMessage
        | FileSearchToolCall
        | FunctionCallOutputItemParam
        | FunctionShellCallItemParam
        | FunctionShellCallOutputItemParam
        | FunctionToolCall
        | ImageGenToolCall
        | InputMessage
        | ItemReferenceParam
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponse
        | MCPListTools
        | MCPToolCall
        | OutputMessage
        | ProgramItemParam
        | ProgramOutputItemParam
        | ReasoningItem
        | ToolSearchCallItemParam
        | ToolSearchOutputItemParam
        | UnknownInputItem
        | UnknownItem
        | WebSearchToolCall
    ]
    | None
    | Unset
):
    return CreateConversationBody.__table__.convert("items", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CreateConversationBody(ExtraFields["Any"]):
    """CreateConversationBody

    Attributes:
        metadata (Metadata | None | Unset)
        items (list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ProgramItemParam | ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | UnknownInputItem | UnknownItem | WebSearchToolCall] | None | Unset)
    """

    metadata: Metadata | None | Unset = _attrs_field(default=UNSET, converter=_convert_metadata)
    items: (
        list[
            AdditionalToolsItemParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | CodeInterpreterToolCall
            | CompactionSummaryItemParam
            | CompactionTriggerItemParam
            | ComputerCallOutputItemParam
            | ComputerToolCall
            | CustomToolCall
            | CustomToolCallOutput
            | EasyInputMessage
            | FileSearchToolCall
            | FunctionCallOutputItemParam
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | FunctionToolCall
            | ImageGenToolCall
            | InputMessage
            | ItemReferenceParam
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPListTools
            | MCPToolCall
            | OutputMessage
            | ProgramItemParam
            | ProgramOutputItemParam
            | ReasoningItem
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | UnknownInputItem
            | UnknownItem
            | WebSearchToolCall
        ]
        | None
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_items)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class CreateConversationBodyParam(TypedDict, total=False):
    """The dict form of CreateConversationBody: what a request takes in its place (checked before sending)."""

    metadata: Metadata | Mapping[str, str] | None
    items: (
        Sequence[
            EasyInputMessage
            | EasyInputMessageParam
            | InputMessage
            | InputMessageParam
            | OutputMessage
            | OutputMessageParam
            | FileSearchToolCall
            | FileSearchToolCallParam
            | ComputerToolCall
            | ComputerToolCallParam
            | ComputerCallOutputItemParam
            | ComputerCallOutputItemParamParam
            | WebSearchToolCall
            | WebSearchToolCallParam
            | FunctionToolCall
            | FunctionToolCallParam
            | FunctionCallOutputItemParam
            | FunctionCallOutputItemParamParam
            | ToolSearchCallItemParam
            | ToolSearchCallItemParamParam
            | ToolSearchOutputItemParam
            | ToolSearchOutputItemParamParam
            | AdditionalToolsItemParam
            | AdditionalToolsItemParamParam
            | ReasoningItem
            | ReasoningItemParam
            | CompactionSummaryItemParam
            | CompactionSummaryItemParamParam
            | ImageGenToolCall
            | ImageGenToolCallParam
            | CodeInterpreterToolCall
            | CodeInterpreterToolCallParam
            | LocalShellToolCall
            | LocalShellToolCallParam
            | LocalShellToolCallOutput
            | LocalShellToolCallOutputParam
            | FunctionShellCallItemParam
            | FunctionShellCallItemParamParam
            | FunctionShellCallOutputItemParam
            | FunctionShellCallOutputItemParamParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallItemParamParam
            | ApplyPatchToolCallOutputItemParam
            | ApplyPatchToolCallOutputItemParamParam
            | MCPListTools
            | MCPListToolsParam
            | MCPApprovalRequest
            | MCPApprovalRequestParam
            | MCPApprovalResponse
            | MCPApprovalResponseParam
            | MCPToolCall
            | MCPToolCallParam
            | CustomToolCallOutput
            | CustomToolCallOutputParam
            | CustomToolCall
            | CustomToolCallParam
            | UnknownItem
            | CompactionTriggerItemParam
            | CompactionTriggerItemParamParam
            | ItemReferenceParam
            | ItemReferenceParamParam
            | ProgramItemParam
            | ProgramItemParamParam
            | ProgramOutputItemParam
            | ProgramOutputItemParamParam
            | UnknownInputItem
        ]
        | None
    )


from ..models.additional_tools_item_param import AdditionalToolsItemParam
from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
from ..models.compaction_summary_item_param import CompactionSummaryItemParam
from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
from ..models.computer_tool_call import ComputerToolCall
from ..models.custom_tool_call import CustomToolCall
from ..models.custom_tool_call_output import CustomToolCallOutput
from ..models.easy_input_message import EasyInputMessage
from ..models.file_search_tool_call import FileSearchToolCall
from ..models.function_call_output_item_param import FunctionCallOutputItemParam
from ..models.function_shell_call_item_param import FunctionShellCallItemParam
from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
from ..models.function_tool_call import FunctionToolCall
from ..models.image_gen_tool_call import ImageGenToolCall
from ..models.input_message import InputMessage
from ..models.item_reference_param import ItemReferenceParam
from ..models.local_shell_tool_call import LocalShellToolCall
from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
from ..models.mcp_approval_request import MCPApprovalRequest
from ..models.mcp_approval_response import MCPApprovalResponse
from ..models.mcp_list_tools import MCPListTools
from ..models.mcp_tool_call import MCPToolCall
from ..models.metadata import Metadata
from ..models.output_message import OutputMessage
from ..models.program_item_param import ProgramItemParam
from ..models.program_output_item_param import ProgramOutputItemParam
from ..models.reasoning_item import ReasoningItem
from ..models.tool_search_call_item_param import ToolSearchCallItemParam
from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
from ..models.unknown_input_item import UnknownInputItem
from ..models.unknown_item import UnknownItem
from ..models.web_search_tool_call import WebSearchToolCall

table_of(
    CreateConversationBody,
    field("metadata", model_of(Metadata), nullable=True),
    field(
        "items",
        list_of(
            union_of(
                "type",
                {
                    "message": (EasyInputMessage, InputMessage, OutputMessage),
                    "file_search_call": FileSearchToolCall,
                    "computer_call": ComputerToolCall,
                    "computer_call_output": ComputerCallOutputItemParam,
                    "web_search_call": WebSearchToolCall,
                    "function_call": FunctionToolCall,
                    "function_call_output": FunctionCallOutputItemParam,
                    "tool_search_call": ToolSearchCallItemParam,
                    "tool_search_output": ToolSearchOutputItemParam,
                    "additional_tools": AdditionalToolsItemParam,
                    "reasoning": ReasoningItem,
                    "compaction": CompactionSummaryItemParam,
                    "image_generation_call": ImageGenToolCall,
                    "code_interpreter_call": CodeInterpreterToolCall,
                    "local_shell_call": LocalShellToolCall,
                    "local_shell_call_output": LocalShellToolCallOutput,
                    "shell_call": FunctionShellCallItemParam,
                    "shell_call_output": FunctionShellCallOutputItemParam,
                    "apply_patch_call": ApplyPatchToolCallItemParam,
                    "apply_patch_call_output": ApplyPatchToolCallOutputItemParam,
                    "mcp_list_tools": MCPListTools,
                    "mcp_approval_request": MCPApprovalRequest,
                    "mcp_approval_response": MCPApprovalResponse,
                    "mcp_call": MCPToolCall,
                    "custom_tool_call_output": CustomToolCallOutput,
                    "custom_tool_call": CustomToolCall,
                    "compaction_trigger": CompactionTriggerItemParam,
                    "ItemReferenceParam": ItemReferenceParam,
                    "program": ProgramItemParam,
                    "program_output": ProgramOutputItemParam,
                },
                fallback=UnknownInputItem,
            )
        ),
        nullable=True,
    ),
    extra=ANY,
)
