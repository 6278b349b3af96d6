from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ... import _call, _operation
from ... import types as _types

if TYPE_CHECKING:
    from ...client import AuthenticatedClient as _AuthenticatedClient
    from ...client import Client as _Client
    from ...models.error_response import ErrorResponse
    from ...models.list_order import ListOrder, ListOrderLiteral
    from ...models.list_threads_response import ListThreadsResponse

OPERATION: _operation.Operation[ListThreadsResponse, ErrorResponse] = _operation.Operation(
    id="listThreads",
    method="GET",
    path="/threads",
    parameters=(
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
        _operation.Parameter("before", "before", "query", "string"),
    ),
    response=_operation.ModelRef("...models.list_threads_response", "ListThreadsResponse", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    resend_safe=True,
)


def sync_detailed(
    *,
    client: _AuthenticatedClient | _Client,
    limit: int | _types.Unset = _types.UNSET,
    order: ListOrder | ListOrderLiteral | _types.Unset = _types.UNSET,
    after: str | _types.Unset = _types.UNSET,
    before: str | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ListThreadsResponse, ErrorResponse]:
    """List threads, one page at a time (Foundry Agent Service only).

    Foundry Agent Service (classic) lists a project's threads; OpenAI's and Azure OpenAI's Assistants
    API have no such operation (they answer 404 or 405).

    Args:
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListThreadsResponse.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ListThreadsResponse of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return _call.call_detailed(
        OPERATION, client, (limit, order, after, before), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )


def sync(
    *,
    client: _AuthenticatedClient | _Client,
    limit: int | _types.Unset = _types.UNSET,
    order: ListOrder | ListOrderLiteral | _types.Unset = _types.UNSET,
    after: str | _types.Unset = _types.UNSET,
    before: str | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ListThreadsResponse:
    """List threads, one page at a time (Foundry Agent Service only).

    Foundry Agent Service (classic) lists a project's threads; OpenAI's and Azure OpenAI's Assistants
    API have no such operation (they answer 404 or 405).

    Args:
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListThreadsResponse.

    Returns:
        The ListThreadsResponse.
    """
    return _call.call(
        OPERATION, client, (limit, order, after, before), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )


async def asyncio_detailed(
    *,
    client: _AuthenticatedClient | _Client,
    limit: int | _types.Unset = _types.UNSET,
    order: ListOrder | ListOrderLiteral | _types.Unset = _types.UNSET,
    after: str | _types.Unset = _types.UNSET,
    before: str | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ListThreadsResponse, ErrorResponse]:
    """List threads, one page at a time (Foundry Agent Service only).

    Foundry Agent Service (classic) lists a project's threads; OpenAI's and Azure OpenAI's Assistants
    API have no such operation (they answer 404 or 405).

    Args:
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListThreadsResponse.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ListThreadsResponse of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return await _call.acall_detailed(
        OPERATION, client, (limit, order, after, before), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )


async def asyncio(
    *,
    client: _AuthenticatedClient | _Client,
    limit: int | _types.Unset = _types.UNSET,
    order: ListOrder | ListOrderLiteral | _types.Unset = _types.UNSET,
    after: str | _types.Unset = _types.UNSET,
    before: str | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ListThreadsResponse:
    """List threads, one page at a time (Foundry Agent Service only).

    Foundry Agent Service (classic) lists a project's threads; OpenAI's and Azure OpenAI's Assistants
    API have no such operation (they answer 404 or 405).

    Args:
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListThreadsResponse.

    Returns:
        The ListThreadsResponse.
    """
    return await _call.acall(
        OPERATION, client, (limit, order, after, before), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )
