from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._operation import Operation
from ..._send import path_param, query_param, send, send_async, with_call_options
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_messages_response import ListMessagesResponse
from ...models.list_order import ListOrder, ListOrderLiteral
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    id="listMessages",
    method="GET",
    path="/threads/{thread_id}/messages",
    resend_safe=True,
)


def _get_kwargs(
    thread_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListOrder | ListOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
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
    if run_id is not UNSET:
        params["run_id"] = query_param(run_id, "run_id", (str,))
    return {
        "method": "GET",
        "url": "/threads/{thread_id}/messages".format(
            thread_id=path_param(thread_id, "thread_id"),
        ),
        "params": params,
    }


def _parse_success(response: httpx.Response, strict: bool) -> ListMessagesResponse:
    data = errors.decode_json(response)
    try:
        return ListMessagesResponse.from_dict(data, strict)
    except errors.InvalidPayloadError as error:
        errors.parse_error(response, error)


def _build_response(response: httpx.Response, strict: bool) -> Response[ListMessagesResponse]:
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
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListOrder | ListOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[ListMessagesResponse]:
    """List the messages of a thread, one page at a time.

    Args:
        thread_id: Thread whose messages are listed.
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        run_id: Only the messages this run wrote.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListMessagesResponse.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ListMessagesResponse of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns the
        model or raises.
    """

    request_args = with_call_options(
        _get_kwargs(
            thread_id=thread_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            run_id=run_id,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    return _build_response(send(client, request_args), client.strict_response_validation)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListOrder | ListOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ListMessagesResponse:
    """List the messages of a thread, one page at a time.

    Args:
        thread_id: Thread whose messages are listed.
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        run_id: Only the messages this run wrote.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListMessagesResponse.

    Returns:
        The ListMessagesResponse.
    """

    request_args = with_call_options(
        _get_kwargs(
            thread_id=thread_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            run_id=run_id,
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
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListOrder | ListOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[ListMessagesResponse]:
    """List the messages of a thread, one page at a time.

    Args:
        thread_id: Thread whose messages are listed.
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        run_id: Only the messages this run wrote.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListMessagesResponse.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ListMessagesResponse of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns the
        model or raises.
    """

    request_args = with_call_options(
        _get_kwargs(
            thread_id=thread_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            run_id=run_id,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    return _build_response(await send_async(client, request_args), client.strict_response_validation)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListOrder | ListOrderLiteral | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ListMessagesResponse:
    """List the messages of a thread, one page at a time.

    Args:
        thread_id: Thread whose messages are listed.
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        run_id: Only the messages this run wrote.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListMessagesResponse.

    Returns:
        The ListMessagesResponse.
    """

    request_args = with_call_options(
        _get_kwargs(
            thread_id=thread_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            run_id=run_id,
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
