from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ... import errors
from ..._operation import Operation
from ..._send import path_param, query_param, send, send_async, with_call_options
from ...client import AuthenticatedClient, Client
from ...models.additional_tools import AdditionalTools
from ...models.apply_patch_tool_call import ApplyPatchToolCall
from ...models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
from ...models.code_interpreter_tool_call import CodeInterpreterToolCall
from ...models.compaction_body import CompactionBody
from ...models.computer_tool_call import ComputerToolCall
from ...models.computer_tool_call_output_resource import ComputerToolCallOutputResource
from ...models.custom_tool_call import CustomToolCall
from ...models.custom_tool_call_output import CustomToolCallOutput
from ...models.error_response import ErrorResponse
from ...models.file_search_tool_call import FileSearchToolCall
from ...models.function_shell_call import FunctionShellCall
from ...models.function_shell_call_output import FunctionShellCallOutput
from ...models.function_tool_call_output_resource import FunctionToolCallOutputResource
from ...models.function_tool_call_resource import FunctionToolCallResource
from ...models.image_gen_tool_call import ImageGenToolCall
from ...models.include_enum import IncludeEnum, IncludeEnumLiteral
from ...models.local_shell_tool_call import LocalShellToolCall
from ...models.local_shell_tool_call_output import LocalShellToolCallOutput
from ...models.mcp_approval_request import MCPApprovalRequest
from ...models.mcp_approval_response_resource import MCPApprovalResponseResource
from ...models.mcp_list_tools import MCPListTools
from ...models.mcp_tool_call import MCPToolCall
from ...models.message import Message
from ...models.program import Program
from ...models.program_output import ProgramOutput
from ...models.reasoning_item import ReasoningItem
from ...models.tool_search_call import ToolSearchCall
from ...models.tool_search_output import ToolSearchOutput
from ...models.web_search_tool_call import WebSearchToolCall
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    id="getConversationItem",
    method="GET",
    path="/conversations/{conversation_id}/items/{item_id}",
    resend_safe=True,
)


def _get_kwargs(
    conversation_id: str,
    item_id: str,
    *,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if include is not UNSET:
        params["include"] = query_param(include, "include", (list,))
    return {
        "method": "GET",
        "url": "/conversations/{conversation_id}/items/{item_id}".format(
            conversation_id=path_param(conversation_id, "conversation_id"),
            item_id=path_param(item_id, "item_id"),
        ),
        "params": params,
    }


def _parse_success(
    response: httpx.Response, strict: bool
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
    data = errors.decode_json(response)
    try:
        return (
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
            | WebSearchToolCall.from_dict(data, strict)
        )
    except errors.InvalidPayloadError as error:
        errors.parse_error(response, error)


def _build_response(
    response: httpx.Response, strict: bool
) -> Response[
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
    if 200 <= response.status_code < 300:
        return Response(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            parsed=_parse_success(response, strict),
            http_response=response,
        )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=None,
        http_response=response,
        error=errors.parse_error_body(response, ErrorResponse.from_dict),
    )


def sync_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[
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
    """Fetch one item of a conversation.

    Args:
        conversation_id: Conversation the item belongs to.
        item_id: Item to fetch.
        include: Extra fields to fill in on the returned item.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall.

    Returns:
        Status, headers, raw body, request id; `parsed`, the AdditionalTools | ApplyPatchToolCall |
        ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall |
        ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall
        | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource |
        FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput
        | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message |
        Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput |
        WebSearchToolCall of a 2xx answer; `error`, the ErrorResponse of any other answer whose body
        is one; `parse()` returns the model or raises.
    """

    request_args = with_call_options(
        _get_kwargs(
            conversation_id=conversation_id,
            item_id=item_id,
            include=include,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    return _build_response(send(client, request_args), client.strict_response_validation)


def sync(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
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
    """Fetch one item of a conversation.

    Args:
        conversation_id: Conversation the item belongs to.
        item_id: Item to fetch.
        include: Extra fields to fill in on the returned item.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall.

    Returns:
        The AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall.
    """

    request_args = with_call_options(
        _get_kwargs(
            conversation_id=conversation_id,
            item_id=item_id,
            include=include,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    response = send(client, request_args)
    errors.raise_for_status(response)
    return _parse_success(response, client.strict_response_validation)


async def asyncio_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[
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
    """Fetch one item of a conversation.

    Args:
        conversation_id: Conversation the item belongs to.
        item_id: Item to fetch.
        include: Extra fields to fill in on the returned item.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall.

    Returns:
        Status, headers, raw body, request id; `parsed`, the AdditionalTools | ApplyPatchToolCall |
        ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall |
        ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall
        | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource |
        FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput
        | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message |
        Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput |
        WebSearchToolCall of a 2xx answer; `error`, the ErrorResponse of any other answer whose body
        is one; `parse()` returns the model or raises.
    """

    request_args = with_call_options(
        _get_kwargs(
            conversation_id=conversation_id,
            item_id=item_id,
            include=include,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    return _build_response(await send_async(client, request_args), client.strict_response_validation)


async def asyncio(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
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
    """Fetch one item of a conversation.

    Args:
        conversation_id: Conversation the item belongs to.
        item_id: Item to fetch.
        include: Extra fields to fill in on the returned item.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall.

    Returns:
        The AdditionalTools | ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | Program | ProgramOutput | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall.
    """

    request_args = with_call_options(
        _get_kwargs(
            conversation_id=conversation_id,
            item_id=item_id,
            include=include,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    response = await send_async(client, request_args)
    errors.raise_for_status(response)
    return _parse_success(response, client.strict_response_validation)
