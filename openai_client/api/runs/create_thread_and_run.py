from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ... import _call, _operation, _request
from ... import streaming as _streaming
from ... import types as _types

if TYPE_CHECKING:
    from contextlib import AbstractAsyncContextManager, AbstractContextManager

    from ...client import AuthenticatedClient as _AuthenticatedClient
    from ...client import Client as _Client
    from ...models.create_thread_and_run_request import CreateThreadAndRunRequest, CreateThreadAndRunRequestParam
    from ...models.error_response import ErrorResponse
    from ...models.run_object import RunObject

OPERATION: _operation.Operation[RunObject, ErrorResponse] = _operation.Operation(
    id="createThreadAndRun",
    method="POST",
    path="/threads/runs",
    request=_operation.ModelRef("...models.create_thread_and_run_request", "CreateThreadAndRunRequest", __package__),
    body_required=True,
    response=_operation.ModelRef("...models.run_object", "RunObject", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    streams=True,
    if_interrupted="look for what it creates (for example by the metadata you sent) to see whether it was created",
)


@_request.explains_arguments(OPERATION)
def sync_detailed(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[RunObject, ErrorResponse]:
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
        ErrorResponse of any other answer whose body is one; `parse()` returns it or raises.
    """
    return _call.call_detailed(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
def sync(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
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
    return _call.call(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
async def asyncio_detailed(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[RunObject, ErrorResponse]:
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
        ErrorResponse of any other answer whose body is one; `parse()` returns it or raises.
    """
    return await _call.acall_detailed(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
async def asyncio(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
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
    return await _call.acall(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
def stream(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AbstractContextManager[_streaming.RunEventStream]:
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
    return _streaming.open_stream(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
def astream(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AbstractAsyncContextManager[_streaming.AsyncRunEventStream]:
    """Async `stream`: `async with ... as events:` and `async for event in events`."""
    return _streaming.open_async_stream(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)
