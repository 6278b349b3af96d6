from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any

import httpx

from ... import errors
from ..._operation import Operation
from ..._send import refuse_stream, request_body, send, send_async, with_call_options
from ...client import AuthenticatedClient, Client
from ...models.create_thread_and_run_request import CreateThreadAndRunRequest, CreateThreadAndRunRequestParam
from ...models.error_response import ErrorResponse
from ...models.run_object import RunObject
from ...streaming import AsyncRunEventStream, RunEventStream, open_async_stream, open_stream
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    id="createThreadAndRun",
    method="POST",
    path="/threads/runs",
    resend_safe=False,
    if_interrupted="look for what it creates (for example by the metadata you sent) to see whether it was created",
)


def _get_kwargs(
    *,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
) -> dict[str, Any]:
    return {
        "method": "POST",
        "url": "/threads/runs",
        "json": request_body(body, CreateThreadAndRunRequest),
    }


def _parse_success(response: httpx.Response, strict: bool) -> RunObject:
    data = errors.decode_json(response)
    try:
        return RunObject.from_dict(data, strict)
    except errors.InvalidPayloadError as error:
        errors.parse_error(response, error)


def _build_response(response: httpx.Response, strict: bool) -> Response[RunObject]:
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
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[RunObject]:
    """Create a new thread and start a run on it in a single call.

    Args:
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateThreadAndRunRequest or a dict of the same fields; checked before sending.
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a RunObject.

    Returns:
        Status, headers, raw body, request id; `parsed`, the RunObject of a 2xx answer; `error`, the
        ErrorResponse of any other answer whose body is one; `parse()` returns the model or raises.
    """

    request_args = with_call_options(
        _get_kwargs(
            body=body,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )
    refuse_stream(request_args)

    return _build_response(send(client, request_args), client.strict_response_validation)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> RunObject:
    """Create a new thread and start a run on it in a single call.

    Args:
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateThreadAndRunRequest or a dict of the same fields; checked before sending.
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a RunObject.

    Returns:
        The RunObject.
    """

    request_args = with_call_options(
        _get_kwargs(
            body=body,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )
    refuse_stream(request_args)

    response = send(client, request_args)
    errors.raise_for_status(response)
    return _parse_success(response, client.strict_response_validation)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[RunObject]:
    """Create a new thread and start a run on it in a single call.

    Args:
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateThreadAndRunRequest or a dict of the same fields; checked before sending.
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a RunObject.

    Returns:
        Status, headers, raw body, request id; `parsed`, the RunObject of a 2xx answer; `error`, the
        ErrorResponse of any other answer whose body is one; `parse()` returns the model or raises.
    """

    request_args = with_call_options(
        _get_kwargs(
            body=body,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )
    refuse_stream(request_args)

    return _build_response(await send_async(client, request_args), client.strict_response_validation)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> RunObject:
    """Create a new thread and start a run on it in a single call.

    Args:
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateThreadAndRunRequest or a dict of the same fields; checked before sending.
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a RunObject.

    Returns:
        The RunObject.
    """

    request_args = with_call_options(
        _get_kwargs(
            body=body,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )
    refuse_stream(request_args)

    response = await send_async(client, request_args)
    errors.raise_for_status(response)
    return _parse_success(response, client.strict_response_validation)


def stream(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AbstractContextManager[RunEventStream]:
    """Create a new thread and start a run on it in a single call. Stream its events as they happen.

    Sends `"stream": true` whatever `body` says. Use it as `with ... as events:` and iterate
    `events`: each is a typed event (`ThreadRunCreated`, `ThreadMessageDelta`, ...) with
    `.event` and `.data`; an event this client does not know is an `UnknownStreamEvent`.
    Leaving the block closes the connection.

    Args: as for `sync`.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIStatusError: A non-2xx status, on entering the block.
        errors.APIConnectionError: No response; errors.IncompleteStreamError when the stream
            ends before its `done` event (after every complete event was delivered).
        errors.StreamEventError: The server sent an `error` event (after the events before it).
        errors.ResponseParseError: An event's data is not JSON or not its declared shape.
    """
    request_args = with_call_options(
        _get_kwargs(
            body=body,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    return open_stream(client, request_args)


def astream(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AbstractAsyncContextManager[AsyncRunEventStream]:
    """Async `stream`: `async with ... as events:` and `async for event in events`."""
    request_args = with_call_options(
        _get_kwargs(
            body=body,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    return open_async_stream(client, request_args)
