from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._operation import Operation
from ..._send import query_param, send, send_async, with_call_options
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_order import ListOrder, ListOrderLiteral
from ...models.list_threads_response import ListThreadsResponse
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    id="listThreads",
    method="GET",
    path="/threads",
    resend_safe=True,
)


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: ListOrder | ListOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if limit is not UNSET:
        params["limit"] = query_param(limit, "limit", (int,))
    if order is not UNSET:
        params["order"] = query_param(order, "order", (str,))
    if after is not UNSET:
        params["after"] = query_param(after, "after", (str,))
    if before is not UNSET:
        params["before"] = query_param(before, "before", (str,))
    return {
        "method": "GET",
        "url": "/threads",
        "params": params,
    }


def _parse_success(response: httpx.Response, strict: bool) -> ListThreadsResponse:
    data = errors.decode_json(response)
    try:
        return ListThreadsResponse.from_dict(data, strict)
    except errors.InvalidPayloadError as error:
        errors.parse_error(response, error)


def _build_response(response: httpx.Response, strict: bool) -> Response[ListThreadsResponse]:
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListOrder | ListOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[ListThreadsResponse]:
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
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns the
        model or raises.
    """

    request_args = with_call_options(
        _get_kwargs(
            limit=limit,
            order=order,
            after=after,
            before=before,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    return _build_response(send(client, request_args), client.strict_response_validation)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListOrder | ListOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
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

    request_args = with_call_options(
        _get_kwargs(
            limit=limit,
            order=order,
            after=after,
            before=before,
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListOrder | ListOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[ListThreadsResponse]:
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
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns the
        model or raises.
    """

    request_args = with_call_options(
        _get_kwargs(
            limit=limit,
            order=order,
            after=after,
            before=before,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    return _build_response(await send_async(client, request_args), client.strict_response_validation)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListOrder | ListOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
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

    request_args = with_call_options(
        _get_kwargs(
            limit=limit,
            order=order,
            after=after,
            before=before,
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
