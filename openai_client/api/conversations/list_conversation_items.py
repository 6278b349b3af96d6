from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ... import errors
from ..._operation import Operation
from ..._send import path_param, query_param, send, send_async, with_call_options
from ...client import AuthenticatedClient, Client
from ...models.conversation_item_list import ConversationItemList
from ...models.error_response import ErrorResponse
from ...models.include_enum import IncludeEnum, IncludeEnumLiteral
from ...models.list_conversation_items_order import ListConversationItemsOrder, ListConversationItemsOrderLiteral
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    id="listConversationItems",
    method="GET",
    path="/conversations/{conversation_id}/items",
    resend_safe=True,
)


def _get_kwargs(
    conversation_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | ListConversationItemsOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if limit is not UNSET:
        params["limit"] = query_param(limit, "limit", (int,))
    if order is not UNSET:
        params["order"] = query_param(order, "order", (str,))
    if after is not UNSET:
        params["after"] = query_param(after, "after", (str,))
    if include is not UNSET:
        params["include"] = query_param(include, "include", (list,))
    return {
        "method": "GET",
        "url": "/conversations/{conversation_id}/items".format(
            conversation_id=path_param(conversation_id, "conversation_id"),
        ),
        "params": params,
    }


def _parse_success(response: httpx.Response, strict: bool) -> ConversationItemList:
    data = errors.decode_json(response)
    try:
        return ConversationItemList.from_dict(data, strict)
    except errors.InvalidPayloadError as error:
        errors.parse_error(response, error)


def _build_response(response: httpx.Response, strict: bool) -> Response[ConversationItemList]:
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | ListConversationItemsOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[ConversationItemList]:
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
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns the
        model or raises.
    """

    request_args = with_call_options(
        _get_kwargs(
            conversation_id=conversation_id,
            limit=limit,
            order=order,
            after=after,
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | ListConversationItemsOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
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

    request_args = with_call_options(
        _get_kwargs(
            conversation_id=conversation_id,
            limit=limit,
            order=order,
            after=after,
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | ListConversationItemsOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[ConversationItemList]:
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
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns the
        model or raises.
    """

    request_args = with_call_options(
        _get_kwargs(
            conversation_id=conversation_id,
            limit=limit,
            order=order,
            after=after,
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | ListConversationItemsOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
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

    request_args = with_call_options(
        _get_kwargs(
            conversation_id=conversation_id,
            limit=limit,
            order=order,
            after=after,
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
