from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

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
from ..models.function_call_item_status import FunctionCallItemStatus
from ..models.tool_search_execution_type import ToolSearchExecutionType
from ..models.tool_search_output_item_param_type import ToolSearchOutputItemParamType
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
    from ..models.tool_search_output_item_param_type import ToolSearchOutputItemParamTypeLiteral
    from ..models.tool_search_tool_param import ToolSearchToolParamParam
    from ..models.web_search_preview_tool import WebSearchPreviewToolParam
    from ..models.web_search_tool import WebSearchToolParam


def _parse_type_(data: Any, strict: bool) -> ToolSearchOutputItemParamType:
    return ToolSearchOutputItemParamType.known(data) or ToolSearchOutputItemParamType.from_value(data)


def _convert_type_(
    value: ToolSearchOutputItemParamType | ToolSearchOutputItemParamTypeLiteral,
) -> ToolSearchOutputItemParamType:
    """`type` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_type_(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "type") from exc


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
    | WebSearchPreviewTool
    | WebSearchTool
]:
    """`tools` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_tools(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "tools") from exc


def _parse_execution(data: Any, strict: bool) -> ToolSearchExecutionType | Unset:
    if data is UNSET:
        return Unset.UNSET
    return ToolSearchExecutionType.known(data) or ToolSearchExecutionType.from_value(data)


def _convert_execution(
    value: ToolSearchExecutionType | ToolSearchExecutionTypeLiteral | Unset,
) -> ToolSearchExecutionType | Unset:
    """`execution` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_execution(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "execution") from exc


def _parse_status(data: Any, strict: bool) -> FunctionCallItemStatus | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if isinstance(data, str):
        return FunctionCallItemStatus.known(data) or FunctionCallItemStatus.from_value(data)
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_status(value: Any) -> Any:
    return value


def _convert_status(
    value: FunctionCallItemStatus | FunctionCallItemStatusLiteral | None | Unset,
) -> FunctionCallItemStatus | None | Unset:
    """`status` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_status(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "status") from exc


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("tools", "tools", (list,), required=True, read=_parse_tools, dump=_dump_tools),
    FieldSpec("id", "id", (str,), nullable=True),
    FieldSpec("call_id", "call_id", (str,), nullable=True),
    FieldSpec("execution", "execution", (str,), read=_parse_execution),
    FieldSpec("status", "status", (str,), nullable=True, read=_parse_status, dump=_dump_status),
)
_KNOWN = frozenset({"type", "tools", "id", "call_id", "execution", "status"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ToolSearchOutputItemParam(ExtraFields[Any]):
    """ToolSearchOutputItemParam

    Attributes:
        type_ (ToolSearchOutputItemParamType):  Default: ToolSearchOutputItemParamType.TOOL_SEARCH_OUTPUT.
        tools (list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam
            | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool |
            NamespaceToolParam | ProgrammaticToolCallingParam | ToolSearchToolParam | WebSearchPreviewTool |
            WebSearchTool]):
        id (None | str | Unset):
        call_id (None | str | Unset):
        execution (ToolSearchExecutionType | Unset):
        status (FunctionCallItemStatus | None | Unset):
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: ToolSearchOutputItemParamType = _attrs_field(converter=_convert_type_)
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
    ] = _attrs_field(converter=_convert_tools)
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    execution: ToolSearchExecutionType | Unset = _attrs_field(default=UNSET, converter=_convert_execution)
    status: FunctionCallItemStatus | None | Unset = _attrs_field(default=UNSET, converter=_convert_status)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            field_dict["type"] = self.type_
            at = "tools"
            field_dict["tools"] = as_request_json(self.tools, _parse_tools)
            if (id := self.id) is not UNSET:
                field_dict["id"] = id
            if (call_id := self.call_id) is not UNSET:
                field_dict["call_id"] = call_id
            if (execution := self.execution) is not UNSET:
                field_dict["execution"] = execution
            at = "status"
            if (status := self.status) is not UNSET:
                field_dict["status"] = as_request_json(status, _parse_status)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ToolSearchOutputItemParam from decoded JSON.

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
            obj.type_ = _parse_type_(d["type"], strict)
            at = "tools"
            obj.tools = _parse_tools(d["tools"], strict)
            obj.id = d.get("id", UNSET)
            obj.call_id = d.get("call_id", UNSET)
            at = "execution"
            obj.execution = _parse_execution(d.get("execution", UNSET), strict)
            at = "status"
            obj.status = _parse_status(d.get("status", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            2
            + (obj.id is not UNSET)
            + (obj.call_id is not UNSET)
            + (obj.execution is not UNSET)
            + (obj.status is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ToolSearchOutputItemParamParam(TypedDict, total=False):
    """The dict form of ToolSearchOutputItemParam: what a request takes in its place (checked before sending)."""

    type: Required[ToolSearchOutputItemParamType | ToolSearchOutputItemParamTypeLiteral]
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
from ..models.web_search_preview_tool import WebSearchPreviewTool
from ..models.web_search_tool import WebSearchTool
