from __future__ import annotations

from collections.abc import Sequence
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
)
from .._model import ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_ai_search_tool_resource import AzureAISearchToolResourceParam
    from ..models.mcp_tool_resource import MCPToolResourceParam
    from ..models.thread_and_run_file_search_resources import ThreadAndRunFileSearchResourcesParam
    from ..models.tool_resources_code_interpreter import ToolResourcesCodeInterpreterParam


def _convert_code_interpreter(
    value: ToolResourcesCodeInterpreter | ToolResourcesCodeInterpreterParam | Unset,
) -> ToolResourcesCodeInterpreter | Unset:
    return ThreadAndRunToolResources.__table__.convert("code_interpreter", value)  # type: ignore[no-any-return]


def _convert_file_search(
    value: ThreadAndRunFileSearchResources | ThreadAndRunFileSearchResourcesParam | Unset,
) -> ThreadAndRunFileSearchResources | Unset:
    return ThreadAndRunToolResources.__table__.convert("file_search", value)  # type: ignore[no-any-return]


def _convert_azure_ai_search(
    value: AzureAISearchToolResource | AzureAISearchToolResourceParam | Unset,
) -> AzureAISearchToolResource | Unset:
    return ThreadAndRunToolResources.__table__.convert("azure_ai_search", value)  # type: ignore[no-any-return]


def _convert_mcp(value: Sequence[MCPToolResource | MCPToolResourceParam] | Unset) -> list[MCPToolResource] | Unset:
    return ThreadAndRunToolResources.__table__.convert("mcp", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ThreadAndRunToolResources(ExtraFields["Any"]):
    """Resources for the tools of a thread-and-run.

    Attributes:
        code_interpreter (ToolResourcesCodeInterpreter | Unset): Files the code interpreter can read.
        file_search (ThreadAndRunFileSearchResources | Unset): The vector store file search reads.
        azure_ai_search (AzureAISearchToolResource | Unset): Foundry: the index the `azure_ai_search` tool searches.
        mcp (list[MCPToolResource] | Unset): Foundry (2025-05-15-preview): settings of the MCP servers, one per `server_label`.
    """

    code_interpreter: ToolResourcesCodeInterpreter | Unset = _attrs_field(
        default=UNSET, converter=_convert_code_interpreter
    )
    file_search: ThreadAndRunFileSearchResources | Unset = _attrs_field(default=UNSET, converter=_convert_file_search)
    azure_ai_search: AzureAISearchToolResource | Unset = _attrs_field(default=UNSET, converter=_convert_azure_ai_search)
    mcp: list[MCPToolResource] | Unset = _attrs_field(default=UNSET, converter=_convert_mcp)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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

table_of(
    ThreadAndRunToolResources,
    field("code_interpreter", model_of(ToolResourcesCodeInterpreter)),
    field("file_search", model_of(ThreadAndRunFileSearchResources)),
    field("azure_ai_search", model_of(AzureAISearchToolResource)),
    field("mcp", list_of(model_of(MCPToolResource))),
    extra=ANY,
)
