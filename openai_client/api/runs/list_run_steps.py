from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, send, send_async
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


def _parse_success(response: httpx.Response) -> ListRunStepsResponse:
    data = errors.decode_json(response)
    try:
        response_200 = ListRunStepsResponse.from_dict(data)

    except errors.InvalidPayloadError as error:
        errors.parse_error(response, error)
    return response_200


def _parse_response(response: httpx.Response) -> ErrorResponse | ListRunStepsResponse | None:
    if 200 <= response.status_code < 300:
        return _parse_success(response)
    if 429 <= response.status_code <= 429:
        try:
            data = errors.decode_json(response)
            response_429 = ErrorResponse.from_dict(data)

            return response_429
        except (errors.ResponseParseError, errors.InvalidPayloadError):
            return None
    return None


def _build_response(response: httpx.Response) -> Response[ErrorResponse | ListRunStepsResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
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
) -> Response[ErrorResponse | ListRunStepsResponse]:
    """List the steps a run has taken, one page at a time.

    Args:
        thread_id (str):
        run_id (str):
        limit (int | Unset):  Default: 20.
        order (ListOrder | Unset): Sort order by `created_at`.
        after (str | Unset):
        before (str | Unset):
        include (list[RunStepInclude] | Unset):
        timeout: Timeout for this call; the client's when not given.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListRunStepsResponse.

    Returns:
        Response[ErrorResponse | ListRunStepsResponse]: Status, headers, raw body, and the
        parsed body: the ListRunStepsResponse for 2xx, the error model when the body is one, else None.
    """

    request_args = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        include=include,
    )
    if not isinstance(timeout, Unset):
        request_args["timeout"] = timeout

    return _build_response(send(client, request_args))


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
) -> ListRunStepsResponse:
    """List the steps a run has taken, one page at a time.

    Args:
        thread_id (str):
        run_id (str):
        limit (int | Unset):  Default: 20.
        order (ListOrder | Unset): Sort order by `created_at`.
        after (str | Unset):
        before (str | Unset):
        include (list[RunStepInclude] | Unset):
        timeout: Timeout for this call; the client's when not given.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListRunStepsResponse.

    Returns:
        ListRunStepsResponse
    """

    request_args = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        include=include,
    )
    if not isinstance(timeout, Unset):
        request_args["timeout"] = timeout

    response = send(client, request_args)
    errors.raise_for_status(response)
    return _parse_success(response)


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
) -> Response[ErrorResponse | ListRunStepsResponse]:
    """List the steps a run has taken, one page at a time.

    Args:
        thread_id (str):
        run_id (str):
        limit (int | Unset):  Default: 20.
        order (ListOrder | Unset): Sort order by `created_at`.
        after (str | Unset):
        before (str | Unset):
        include (list[RunStepInclude] | Unset):
        timeout: Timeout for this call; the client's when not given.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListRunStepsResponse.

    Returns:
        Response[ErrorResponse | ListRunStepsResponse]: Status, headers, raw body, and the
        parsed body: the ListRunStepsResponse for 2xx, the error model when the body is one, else None.
    """

    request_args = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        include=include,
    )
    if not isinstance(timeout, Unset):
        request_args["timeout"] = timeout

    return _build_response(await send_async(client, request_args))


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
) -> ListRunStepsResponse:
    """List the steps a run has taken, one page at a time.

    Args:
        thread_id (str):
        run_id (str):
        limit (int | Unset):  Default: 20.
        order (ListOrder | Unset): Sort order by `created_at`.
        after (str | Unset):
        before (str | Unset):
        include (list[RunStepInclude] | Unset):
        timeout: Timeout for this call; the client's when not given.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListRunStepsResponse.

    Returns:
        ListRunStepsResponse
    """

    request_args = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        include=include,
    )
    if not isinstance(timeout, Unset):
        request_args["timeout"] = timeout

    response = await send_async(client, request_args)
    errors.raise_for_status(response)
    return _parse_success(response)
