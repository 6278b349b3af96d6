from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ... import _call, _operation
from ... import types as _types

if TYPE_CHECKING:
    from ...client import AuthenticatedClient as _AuthenticatedClient
    from ...client import Client as _Client
    from ...models.conversation_item_list import ConversationItemList
    from ...models.error_response import ErrorResponse
    from ...models.include_enum import IncludeEnum, IncludeEnumLiteral
    from ...models.list_conversation_items_order import ListConversationItemsOrder, ListConversationItemsOrderLiteral

OPERATION: _operation.Operation[ConversationItemList, ErrorResponse] = _operation.Operation(
    id="listConversationItems",
    method="GET",
    path="/conversations/{conversation_id}/items",
    parameters=(
        _operation.Parameter("conversation_id", "conversation_id", "path", required=True),
        _operation.Parameter("limit", "limit", "query", "integer"),
        _operation.Parameter(
            "order",
            "order",
            "query",
            "string",
            enum=(
                "asc",
                "desc",
            ),
        ),
        _operation.Parameter("after", "after", "query", "string"),
        _operation.Parameter(
            "include",
            "include",
            "query",
            "array",
            enum=(
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ),
        ),
    ),
    response=_operation.ModelRef("...models.conversation_item_list", "ConversationItemList", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    resend_safe=True,
)


def sync_detailed(
    conversation_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    limit: int | _types.Unset = _types.UNSET,
    order: ListConversationItemsOrder | ListConversationItemsOrderLiteral | _types.Unset = _types.UNSET,
    after: str | _types.Unset = _types.UNSET,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ConversationItemList, ErrorResponse]:
    """List the items of a conversation, one page at a time.

    Args:
        conversation_id: Conversation whose items are listed.
        limit: How many items one page holds, from 1 to 100 (20 when not given).
        order: Oldest first (`asc`) or newest first (`desc`, the default).
        after: Cursor; an item ID, the page starts right after it.
        include: Extra fields to fill in on the returned items.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationItemList.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ConversationItemList of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return _call.call_detailed(
        OPERATION,
        client,
        (conversation_id, limit, order, after, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )


def sync(
    conversation_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    limit: int | _types.Unset = _types.UNSET,
    order: ListConversationItemsOrder | ListConversationItemsOrderLiteral | _types.Unset = _types.UNSET,
    after: str | _types.Unset = _types.UNSET,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ConversationItemList:
    """List the items of a conversation, one page at a time.

    Args:
        conversation_id: Conversation whose items are listed.
        limit: How many items one page holds, from 1 to 100 (20 when not given).
        order: Oldest first (`asc`) or newest first (`desc`, the default).
        after: Cursor; an item ID, the page starts right after it.
        include: Extra fields to fill in on the returned items.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationItemList.

    Returns:
        The ConversationItemList.
    """
    return _call.call(
        OPERATION,
        client,
        (conversation_id, limit, order, after, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    limit: int | _types.Unset = _types.UNSET,
    order: ListConversationItemsOrder | ListConversationItemsOrderLiteral | _types.Unset = _types.UNSET,
    after: str | _types.Unset = _types.UNSET,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ConversationItemList, ErrorResponse]:
    """List the items of a conversation, one page at a time.

    Args:
        conversation_id: Conversation whose items are listed.
        limit: How many items one page holds, from 1 to 100 (20 when not given).
        order: Oldest first (`asc`) or newest first (`desc`, the default).
        after: Cursor; an item ID, the page starts right after it.
        include: Extra fields to fill in on the returned items.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationItemList.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ConversationItemList of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return await _call.acall_detailed(
        OPERATION,
        client,
        (conversation_id, limit, order, after, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )


async def asyncio(
    conversation_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    limit: int | _types.Unset = _types.UNSET,
    order: ListConversationItemsOrder | ListConversationItemsOrderLiteral | _types.Unset = _types.UNSET,
    after: str | _types.Unset = _types.UNSET,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ConversationItemList:
    """List the items of a conversation, one page at a time.

    Args:
        conversation_id: Conversation whose items are listed.
        limit: How many items one page holds, from 1 to 100 (20 when not given).
        order: Oldest first (`asc`) or newest first (`desc`, the default).
        after: Cursor; an item ID, the page starts right after it.
        include: Extra fields to fill in on the returned items.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationItemList.

    Returns:
        The ConversationItemList.
    """
    return await _call.acall(
        OPERATION,
        client,
        (conversation_id, limit, order, after, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )
