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
from ..models.additional_tools_type import AdditionalToolsType
from ..models.conversation_message_role import ConversationMessageRole


def _parse_type_(data: Any, strict: bool) -> AdditionalToolsType:
    return AdditionalToolsType.known(data) or AdditionalToolsType.from_value(data)


def _parse_role(data: Any, strict: bool) -> ConversationMessageRole:
    return ConversationMessageRole.known(data) or ConversationMessageRole.from_value(data)


def _parse_tools_item(
    data: Any, strict: bool
) -> (
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
    | WebSearchPreviewTool
    | WebSearchTool
):
    if type(data) is dict:
        return FunctionTool.from_dict(data, strict)
    if isinstance(
        data,
        (
            FunctionTool,
            FileSearchTool,
            ComputerTool,
            ComputerUsePreviewTool,
            WebSearchTool,
            MCPTool,
            CodeInterpreterTool,
            ProgrammaticToolCallingParam,
            ImageGenTool,
            LocalShellToolParam,
            FunctionShellToolParam,
            CustomToolParam,
            NamespaceToolParam,
            ToolSearchToolParam,
            WebSearchPreviewTool,
            ApplyPatchToolParam,
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
            FunctionTool,
            FileSearchTool,
            ComputerTool,
            ComputerUsePreviewTool,
            WebSearchTool,
            MCPTool,
            CodeInterpreterTool,
            ProgrammaticToolCallingParam,
            ImageGenTool,
            LocalShellToolParam,
            FunctionShellToolParam,
            CustomToolParam,
            NamespaceToolParam,
            ToolSearchToolParam,
            WebSearchPreviewTool,
            ApplyPatchToolParam,
        ),
    ):
        return value.to_dict()
    return value


def _parse_tools(
    data: Any, strict: bool
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
    | WebSearchPreviewTool
    | WebSearchTool
]:
    listed = data if type(data) is list else as_list(data)
    items: list[
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
        | WebSearchPreviewTool
        | WebSearchTool
    ] = []
    try:
        for item in listed:
            items.append(_parse_tools_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tools(value: Any) -> Any:
    return [_dump_tools_item(item) for item in value]


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("role", "role", (str,), required=True, read=_parse_role),
    FieldSpec("tools", "tools", (list,), required=True, read=_parse_tools, dump=_dump_tools),
)
_KNOWN = frozenset({"type", "id", "role", "tools"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AdditionalTools(ExtraFields[Any]):
    """AdditionalTools

    Attributes:
        type_ (AdditionalToolsType):  Default: AdditionalToolsType.ADDITIONAL_TOOLS.
        id (str):
        role (ConversationMessageRole):
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam
            | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool |
            NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | WebSearchPreviewTool |
            WebSearchTool]):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: AdditionalToolsType
    id: str
    role: ConversationMessageRole
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
        | WebSearchPreviewTool
        | WebSearchTool
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
                "id": self.id,
                "role": self.role,
                "tools": [_dump_tools_item(item) for item in self.tools],
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a AdditionalTools from decoded JSON.

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
            at = "type"
            value = d["type"]
            obj.type_ = AdditionalToolsType.known(value) or AdditionalToolsType.from_value(value)
            obj.id = d["id"]
            at = "role"
            value = d["role"]
            obj.role = ConversationMessageRole.known(value) or ConversationMessageRole.from_value(value)
            at = "tools"
            obj.tools = _parse_tools(d["tools"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 4
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


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
from ..models.web_search_preview_tool import WebSearchPreviewTool
from ..models.web_search_tool import WebSearchTool
