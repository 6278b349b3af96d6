from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._send import send, send_async, with_call_options
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_order import ListOrder
from ...models.list_run_steps_response import ListRunStepsResponse
from ...models.run_step_include import RunStepInclude
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    thread_id: str,
    run_id: str,
    *,
    limit: int | Unset = 20,
    order: ListOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: list[RunStepInclude] | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["after"] = after

    params["before"] = before

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include[]"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/threads/{path_segment(thread_id)}/runs/{path_segment(run_id)}/steps",
        "params": params,
    }
    return _kwargs


def _parse_success(response: httpx.Response, strict: bool) -> ListRunStepsResponse:
    data = errors.decode_json(response)
    try:
        return ListRunStepsResponse.from_dict(data, strict)
    except errors.InvalidPayloadError as error:
        errors.parse_error(response, error)


def _build_response(response: httpx.Response, strict: bool) -> Response[ErrorResponse | ListRunStepsResponse]:
    parsed: ErrorResponse | ListRunStepsResponse | None = None
    if 200 <= response.status_code < 300:
        parsed = _parse_success(response, strict)
    else:
        parsed = errors.parse_error_body(response, ErrorResponse.from_dict)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
    )


def sync_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: list[RunStepInclude] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[ErrorResponse | ListRunStepsResponse]:
    """List the steps a run has taken, one page at a time.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run whose steps are listed.
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListRunStepsResponse.

    Returns:
        Status, headers, raw body, request id, and `parsed`: the ListRunStepsResponse for 2xx, the
        ErrorResponse for any other status when the body is one, else None.
    """

    request_args = with_call_options(
        _get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            include=include,
        ),
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    return _build_response(send(client, request_args), client.strict_response_validation)


def sync(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: list[RunStepInclude] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ListRunStepsResponse:
    """List the steps a run has taken, one page at a time.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run whose steps are listed.
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListRunStepsResponse.

    Returns:
        The ListRunStepsResponse.
    """

    request_args = with_call_options(
        _get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            include=include,
        ),
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
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: list[RunStepInclude] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[ErrorResponse | ListRunStepsResponse]:
    """List the steps a run has taken, one page at a time.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run whose steps are listed.
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListRunStepsResponse.

    Returns:
        Status, headers, raw body, request id, and `parsed`: the ListRunStepsResponse for 2xx, the
        ErrorResponse for any other status when the body is one, else None.
    """

    request_args = with_call_options(
        _get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            include=include,
        ),
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    return _build_response(await send_async(client, request_args), client.strict_response_validation)


async def asyncio(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    include: list[RunStepInclude] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ListRunStepsResponse:
    """List the steps a run has taken, one page at a time.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run whose steps are listed.
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListRunStepsResponse.

    Returns:
        The ListRunStepsResponse.
    """

    request_args = with_call_options(
        _get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            limit=limit,
            order=order,
            after=after,
            before=before,
            include=include,
        ),
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    response = await send_async(client, request_args)
    errors.raise_for_status(response)
    return _parse_success(response, client.strict_response_validation)
