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
    from ..models.azure_ai_search_tool_resource import AzureAISearchToolResourceParam
    from ..models.mcp_tool_resource import MCPToolResourceParam
    from ..models.thread_and_run_file_search_resources import ThreadAndRunFileSearchResourcesParam
    from ..models.tool_resources_code_interpreter import ToolResourcesCodeInterpreterParam


def _parse_code_interpreter(data: Any, strict: bool) -> ToolResourcesCodeInterpreter | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, ToolResourcesCodeInterpreter):
        return ToolResourcesCodeInterpreter.from_dict(data, strict)
    return data


def _dump_code_interpreter(value: Any) -> Any:
    return value.to_dict()


def _convert_code_interpreter(
    value: ToolResourcesCodeInterpreter | ToolResourcesCodeInterpreterParam | Unset,
) -> ToolResourcesCodeInterpreter | Unset:
    """`code_interpreter` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_code_interpreter(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "code_interpreter") from exc


def _parse_file_search(data: Any, strict: bool) -> ThreadAndRunFileSearchResources | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, ThreadAndRunFileSearchResources):
        return ThreadAndRunFileSearchResources.from_dict(data, strict)
    return data


def _dump_file_search(value: Any) -> Any:
    return value.to_dict()


def _convert_file_search(
    value: ThreadAndRunFileSearchResources | ThreadAndRunFileSearchResourcesParam | Unset,
) -> ThreadAndRunFileSearchResources | Unset:
    """`file_search` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_file_search(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "file_search") from exc


def _parse_azure_ai_search(data: Any, strict: bool) -> AzureAISearchToolResource | Unset:
    if data is UNSET:
        return Unset.UNSET
    if type(data) is dict or not isinstance(data, AzureAISearchToolResource):
        return AzureAISearchToolResource.from_dict(data, strict)
    return data


def _dump_azure_ai_search(value: Any) -> Any:
    return value.to_dict()


def _convert_azure_ai_search(
    value: AzureAISearchToolResource | AzureAISearchToolResourceParam | Unset,
) -> AzureAISearchToolResource | Unset:
    """`azure_ai_search` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_azure_ai_search(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "azure_ai_search") from exc


def _parse_mcp(data: Any, strict: bool) -> list[MCPToolResource] | Unset:
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[MCPToolResource] = []
    try:
        for item in listed:
            items.append(item if isinstance(item, MCPToolResource) else MCPToolResource.from_dict(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_mcp(value: Any) -> Any:
    return [item.to_dict() for item in value]


def _convert_mcp(value: Sequence[MCPToolResource | MCPToolResourceParam] | Unset) -> list[MCPToolResource] | Unset:
    """`mcp` as given to the constructor (a dict, string or sequence too), as its model."""
    try:
        return _parse_mcp(value, True)
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, "mcp") from exc


_FIELD_SPECS = (
    FieldSpec(
        "code_interpreter", "code_interpreter", (dict,), read=_parse_code_interpreter, dump=_dump_code_interpreter
    ),
    FieldSpec("file_search", "file_search", (dict,), read=_parse_file_search, dump=_dump_file_search),
    FieldSpec("azure_ai_search", "azure_ai_search", (dict,), read=_parse_azure_ai_search, dump=_dump_azure_ai_search),
    FieldSpec("mcp", "mcp", (list,), read=_parse_mcp, dump=_dump_mcp),
)
_KNOWN = frozenset({"code_interpreter", "file_search", "azure_ai_search", "mcp"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ThreadAndRunToolResources(ExtraFields[Any]):
    """Resources for the tools of a thread-and-run.

    Attributes:
        code_interpreter (ToolResourcesCodeInterpreter | Unset): Files the code interpreter can read.
        file_search (ThreadAndRunFileSearchResources | Unset): The vector store file search reads.
        azure_ai_search (AzureAISearchToolResource | Unset): Foundry: the index the `azure_ai_search` tool searches.
        mcp (list[MCPToolResource] | Unset): Foundry (2025-05-15-preview): settings of the MCP servers, one per
            `server_label`.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    code_interpreter: ToolResourcesCodeInterpreter | Unset = _attrs_field(
        default=UNSET, converter=_convert_code_interpreter
    )
    file_search: ThreadAndRunFileSearchResources | Unset = _attrs_field(default=UNSET, converter=_convert_file_search)
    azure_ai_search: AzureAISearchToolResource | Unset = _attrs_field(default=UNSET, converter=_convert_azure_ai_search)
    mcp: list[MCPToolResource] | Unset = _attrs_field(default=UNSET, converter=_convert_mcp)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON; a dict, string or sequence given for a field is read into its model first."""
        at = ""
        try:
            field_dict: dict[str, Any] = dict(self.additional_properties)
            at = "code_interpreter"
            if (code_interpreter := self.code_interpreter) is not UNSET:
                field_dict["code_interpreter"] = as_request_json(code_interpreter, _parse_code_interpreter)
            at = "file_search"
            if (file_search := self.file_search) is not UNSET:
                field_dict["file_search"] = as_request_json(file_search, _parse_file_search)
            at = "azure_ai_search"
            if (azure_ai_search := self.azure_ai_search) is not UNSET:
                field_dict["azure_ai_search"] = as_request_json(azure_ai_search, _parse_azure_ai_search)
            at = "mcp"
            if (mcp := self.mcp) is not UNSET:
                field_dict["mcp"] = as_request_json(mcp, _parse_mcp)
        except AttributeError:
            field_dict = dump_sent(self, self.additional_properties)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a ThreadAndRunToolResources from decoded JSON.

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
            at = "code_interpreter"
            obj.code_interpreter = _parse_code_interpreter(d.get("code_interpreter", UNSET), strict)
            at = "file_search"
            obj.file_search = _parse_file_search(d.get("file_search", UNSET), strict)
            at = "azure_ai_search"
            obj.azure_ai_search = _parse_azure_ai_search(d.get("azure_ai_search", UNSET), strict)
            at = "mcp"
            obj.mcp = _parse_mcp(d.get("mcp", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = (
            0
            + (obj.code_interpreter is not UNSET)
            + (obj.file_search is not UNSET)
            + (obj.azure_ai_search is not UNSET)
            + (obj.mcp is not UNSET)
        )
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


class ThreadAndRunToolResourcesParam(TypedDict, total=False):
    """The dict form of ThreadAndRunToolResources: what a request takes in its place (checked before sending)."""

    code_interpreter: ToolResourcesCodeInterpreter | ToolResourcesCodeInterpreterParam
    file_search: ThreadAndRunFileSearchResources | ThreadAndRunFileSearchResourcesParam
    azure_ai_search: AzureAISearchToolResource | AzureAISearchToolResourceParam
    mcp: Sequence[MCPToolResource | MCPToolResourceParam]


from ..models.azure_ai_search_tool_resource import AzureAISearchToolResource
from ..models.mcp_tool_resource import MCPToolResource
from ..models.thread_and_run_file_search_resources import ThreadAndRunFileSearchResources
from ..models.tool_resources_code_interpreter import ToolResourcesCodeInterpreter
