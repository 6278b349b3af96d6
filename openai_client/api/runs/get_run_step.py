from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._send import send, send_async, with_call_options
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.run_step_include import RunStepInclude
from ...models.run_step_object import RunStepObject
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    include: list[RunStepInclude] | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

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
        "url": f"/threads/{path_segment(thread_id)}/runs/{path_segment(run_id)}/steps/{path_segment(step_id)}",
        "params": params,
    }
    return _kwargs


def _parse_success(response: httpx.Response, strict: bool) -> RunStepObject:
    data = errors.decode_json(response)
    try:
        return RunStepObject.from_dict(data, strict)
    except errors.InvalidPayloadError as error:
        errors.parse_error(response, error)


def _build_response(response: httpx.Response, strict: bool) -> Response[ErrorResponse | RunStepObject]:
    parsed: ErrorResponse | RunStepObject | None = None
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
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[RunStepInclude] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[ErrorResponse | RunStepObject]:
    """Fetch one step of a run.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run the step belongs to.
        step_id: Step to fetch.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a RunStepObject.

    Returns:
        Status, headers, raw body, request id, and `parsed`: the RunStepObject for 2xx, the
        ErrorResponse for any other status when the body is one, else None.
    """

    request_args = with_call_options(
        _get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            step_id=step_id,
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
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[RunStepInclude] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> RunStepObject:
    """Fetch one step of a run.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run the step belongs to.
        step_id: Step to fetch.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a RunStepObject.

    Returns:
        The RunStepObject.
    """

    request_args = with_call_options(
        _get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            step_id=step_id,
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
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[RunStepInclude] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[ErrorResponse | RunStepObject]:
    """Fetch one step of a run.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run the step belongs to.
        step_id: Step to fetch.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a RunStepObject.

    Returns:
        Status, headers, raw body, request id, and `parsed`: the RunStepObject for 2xx, the
        ErrorResponse for any other status when the body is one, else None.
    """

    request_args = with_call_options(
        _get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            step_id=step_id,
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
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[RunStepInclude] | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> RunStepObject:
    """Fetch one step of a run.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run the step belongs to.
        step_id: Step to fetch.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a RunStepObject.

    Returns:
        The RunStepObject.
    """

    request_args = with_call_options(
        _get_kwargs(
            thread_id=thread_id,
            run_id=run_id,
            step_id=step_id,
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
