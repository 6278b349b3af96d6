from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

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
from ..models.conversation_item_list_object import ConversationItemListObject


def _parse_object_(data: Any, strict: bool) -> ConversationItemListObject:
    return ConversationItemListObject.known(data) or ConversationItemListObject.from_value(data)


def _parse_data_item(
    data: Any, strict: bool
) -> (
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
    | WebSearchToolCall
):
    if type(data) is dict:
        return Message.from_dict(data, strict)
    if isinstance(
        data,
        (
            Message,
            FunctionToolCallResource,
            FunctionToolCallOutputResource,
            FileSearchToolCall,
            WebSearchToolCall,
            ImageGenToolCall,
            ComputerToolCall,
            ComputerToolCallOutputResource,
            ToolSearchCall,
            ToolSearchOutput,
            AdditionalTools,
            ReasoningItem,
            Program,
            ProgramOutput,
            CompactionBody,
            CodeInterpreterToolCall,
            LocalShellToolCall,
            LocalShellToolCallOutput,
            FunctionShellCall,
            FunctionShellCallOutput,
            ApplyPatchToolCall,
            ApplyPatchToolCallOutput,
            MCPListTools,
            MCPApprovalRequest,
            MCPApprovalResponseResource,
            MCPToolCall,
            CustomToolCall,
            CustomToolCallOutput,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_data_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_data_item(value: Any) -> Any:
    if isinstance(
        value,
        (
            Message,
            FunctionToolCallResource,
            FunctionToolCallOutputResource,
            FileSearchToolCall,
            WebSearchToolCall,
            ImageGenToolCall,
            ComputerToolCall,
            ComputerToolCallOutputResource,
            ToolSearchCall,
            ToolSearchOutput,
            AdditionalTools,
            ReasoningItem,
            Program,
            ProgramOutput,
            CompactionBody,
            CodeInterpreterToolCall,
            LocalShellToolCall,
            LocalShellToolCallOutput,
            FunctionShellCall,
            FunctionShellCallOutput,
            ApplyPatchToolCall,
            ApplyPatchToolCallOutput,
            MCPListTools,
            MCPApprovalRequest,
            MCPApprovalResponseResource,
            MCPToolCall,
            CustomToolCall,
            CustomToolCallOutput,
        ),
    ):
        return value.to_dict()
    return value


def _parse_data(
    data: Any, strict: bool
) -> list[
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
    | WebSearchToolCall
]:
    listed = data if type(data) is list else as_list(data)
    items: list[
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
        | WebSearchToolCall
    ] = []
    try:
        for item in listed:
            items.append(_parse_data_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_data(value: Any) -> Any:
    return [_dump_data_item(item) for item in value]


_FIELD_SPECS = (
    FieldSpec("object", "object_", (str,), required=True, read=_parse_object_),
    FieldSpec("data", "data", (list,), required=True, read=_parse_data, dump=_dump_data),
    FieldSpec("has_more", "has_more", (bool,), required=True),
    FieldSpec("first_id", "first_id", (str,), required=True),
    FieldSpec("last_id", "last_id", (str,), required=True),
)
_KNOWN = frozenset({"object", "data", "has_more", "first_id", "last_id"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ConversationItemList(ExtraFields[Any]):
    """ConversationItemList

    Attributes:
        object_ (ConversationItemListObject):
        data (list[AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall |
            CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput |
            FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource |
            FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest
            | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem |
            ToolSearchCall | ToolSearchOutput | WebSearchToolCall]):
        has_more (bool):
        first_id (str):
        last_id (str):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    object_: ConversationItemListObject
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
        | WebSearchToolCall
    ]
    has_more: bool
    first_id: str
    last_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "object": self.object_,
                "data": [_dump_data_item(item) for item in self.data],
                "has_more": self.has_more,
                "first_id": self.first_id,
                "last_id": self.last_id,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ConversationItemList from decoded JSON.

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
            at = "object"
            value = d["object"]
            obj.object_ = ConversationItemListObject.known(value) or ConversationItemListObject.from_value(value)
            at = "data"
            obj.data = _parse_data(d["data"], strict)
            obj.has_more = d["has_more"]
            obj.first_id = d["first_id"]
            obj.last_id = d["last_id"]
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 5
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


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
from ..models.web_search_tool_call import WebSearchToolCall
