from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    as_request_json,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
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


def _parse_items_type_0_item(
    data: Any, strict: bool
) -> (
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
    | WebSearchToolCall
):
    if type(data) is dict:
        return EasyInputMessage.from_dict(data, strict)
    if isinstance(
        data,
        (
            EasyInputMessage,
            InputMessage,
            OutputMessage,
            FileSearchToolCall,
            ComputerToolCall,
            ComputerCallOutputItemParam,
            WebSearchToolCall,
            FunctionToolCall,
            FunctionCallOutputItemParam,
            ToolSearchCallItemParam,
            ToolSearchOutputItemParam,
            AdditionalToolsItemParam,
            ReasoningItem,
            CompactionSummaryItemParam,
            ImageGenToolCall,
            CodeInterpreterToolCall,
            LocalShellToolCall,
            LocalShellToolCallOutput,
            FunctionShellCallItemParam,
            FunctionShellCallOutputItemParam,
            ApplyPatchToolCallItemParam,
            ApplyPatchToolCallOutputItemParam,
            MCPListTools,
            MCPApprovalRequest,
            MCPApprovalResponse,
            MCPToolCall,
            CustomToolCallOutput,
            CustomToolCall,
            CompactionTriggerItemParam,
            ItemReferenceParam,
            ProgramItemParam,
            ProgramOutputItemParam,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_items_type_0_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_items_type_0_item(value: Any) -> Any:
    if isinstance(
        value,
        (
            EasyInputMessage,
            InputMessage,
            OutputMessage,
            FileSearchToolCall,
            ComputerToolCall,
            ComputerCallOutputItemParam,
            WebSearchToolCall,
            FunctionToolCall,
            FunctionCallOutputItemParam,
            ToolSearchCallItemParam,
            ToolSearchOutputItemParam,
            AdditionalToolsItemParam,
            ReasoningItem,
            CompactionSummaryItemParam,
            ImageGenToolCall,
            CodeInterpreterToolCall,
            LocalShellToolCall,
            LocalShellToolCallOutput,
            FunctionShellCallItemParam,
            FunctionShellCallOutputItemParam,
            ApplyPatchToolCallItemParam,
            ApplyPatchToolCallOutputItemParam,
            MCPListTools,
            MCPApprovalRequest,
            MCPApprovalResponse,
            MCPToolCall,
            CustomToolCallOutput,
            CustomToolCall,
            CompactionTriggerItemParam,
            ItemReferenceParam,
            ProgramItemParam,
            ProgramOutputItemParam,
        ),
    ):
        return value.to_dict()
    return value


def _parse_items_type_0(
    data: Any, strict: bool
) -> list[
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
    | WebSearchToolCall
]:
    listed = data if type(data) is list else as_list(data)
    items: list[
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
        | WebSearchToolCall
    ] = []
    try:
        for item in listed:
            items.append(_parse_items_type_0_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_items_type_0(value: Any) -> Any:
    return [_dump_items_type_0_item(item) for item in value]


def _parse_items(
    data: Any, strict: bool
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
        | WebSearchToolCall
    ]
    | None
    | Unset
):
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is list or isinstance(data, tuple):
        return _parse_items_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_items(value: Any) -> Any:
    if isinstance(value, list):
        return [_dump_items_type_0_item(item) for item in value]
    return value


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
        | CompactionTriggerItemParam
        | CompactionTriggerItemParamParam
        | ItemReferenceParam
        | ItemReferenceParamParam
        | ProgramItemParam
        | ProgramItemParamParam
        | ProgramOutputItemParam
        | ProgramOutputItemParamParam
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
        | WebSearchToolCall
    ]
    | None
    | Unset
):
    """`items` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_items(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "items") from exc


_FIELD_SPECS = (
    FieldSpec("metadata", "metadata", (dict,), nullable=True, read=_parse_metadata, dump=_dump_metadata),
    FieldSpec("items", "items", (list,), nullable=True, read=_parse_items, dump=_dump_items),
)
_KNOWN = frozenset({"metadata", "items"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class CreateConversationBody(ExtraFields[Any]):
    """CreateConversationBody

    Attributes:
        metadata (Metadata | None | Unset):
        items (list[AdditionalToolsItemParam | ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam |
            CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam
            | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall |
            FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall |
            ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput |
            MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ProgramItemParam |
            ProgramOutputItemParam | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam |
            WebSearchToolCall] | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
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
            | WebSearchToolCall
        ]
        | None
        | Unset
    ) = _attrs_field(default=UNSET, converter=_convert_items)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "metadata"
            if (metadata := self.metadata) is not UNSET:
                field_dict["metadata"] = as_request_json(metadata, _parse_metadata)
            at = "items"
            if (items := self.items) is not UNSET:
                field_dict["items"] = as_request_json(items, _parse_items)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a CreateConversationBody from decoded JSON.

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
            at = "metadata"
            obj.metadata = _parse_metadata(d.get("metadata", UNSET), strict)
            at = "items"
            obj.items = _parse_items(d.get("items", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 0 + (obj.metadata is not UNSET) + (obj.items is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


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
            | CompactionTriggerItemParam
            | CompactionTriggerItemParamParam
            | ItemReferenceParam
            | ItemReferenceParamParam
            | ProgramItemParam
            | ProgramItemParamParam
            | ProgramOutputItemParam
            | ProgramOutputItemParamParam
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
from ..models.web_search_tool_call import WebSearchToolCall
