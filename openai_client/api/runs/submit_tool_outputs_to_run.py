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
    from ...models.error_response import ErrorResponse
    from ...models.run_object import RunObject
    from ...models.submit_tool_outputs_run_request import SubmitToolOutputsRunRequest, SubmitToolOutputsRunRequestParam

OPERATION: _operation.Operation[RunObject, ErrorResponse] = _operation.Operation(
    id="submitToolOutputsToRun",
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
    parameters=(
        _operation.Parameter("thread_id", "thread_id", "path", required=True),
        _operation.Parameter("run_id", "run_id", "path", required=True),
    ),
    request=_operation.ModelRef(
        "...models.submit_tool_outputs_run_request", "SubmitToolOutputsRunRequest", __package__
    ),
    body_required=True,
    response=_operation.ModelRef("...models.run_object", "RunObject", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    streams=True,
    if_interrupted="retrieve {parent} (GET {parent}) to see whether it took effect",
)


@_request.explains_arguments(OPERATION)
def sync_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: SubmitToolOutputsRunRequest | SubmitToolOutputsRunRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[RunObject, ErrorResponse]:
    """Answer a run that is `requires_action` with the outputs of the tool calls it asked for; all outputs
    go in one request.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run waiting for the tool outputs.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a SubmitToolOutputsRunRequest or a dict of the same fields; checked before sending.
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
    return _call.call_detailed(
        OPERATION, client, (thread_id, run_id), body, timeout, extra_headers, extra_query, extra_body
    )


@_request.explains_arguments(OPERATION)
def sync(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: SubmitToolOutputsRunRequest | SubmitToolOutputsRunRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> RunObject:
    """Answer a run that is `requires_action` with the outputs of the tool calls it asked for; all outputs
    go in one request.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run waiting for the tool outputs.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a SubmitToolOutputsRunRequest or a dict of the same fields; checked before sending.
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
    return _call.call(OPERATION, client, (thread_id, run_id), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: SubmitToolOutputsRunRequest | SubmitToolOutputsRunRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[RunObject, ErrorResponse]:
    """Answer a run that is `requires_action` with the outputs of the tool calls it asked for; all outputs
    go in one request.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run waiting for the tool outputs.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a SubmitToolOutputsRunRequest or a dict of the same fields; checked before sending.
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
    return await _call.acall_detailed(
        OPERATION, client, (thread_id, run_id), body, timeout, extra_headers, extra_query, extra_body
    )


@_request.explains_arguments(OPERATION)
async def asyncio(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: SubmitToolOutputsRunRequest | SubmitToolOutputsRunRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> RunObject:
    """Answer a run that is `requires_action` with the outputs of the tool calls it asked for; all outputs
    go in one request.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run waiting for the tool outputs.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a SubmitToolOutputsRunRequest or a dict of the same fields; checked before sending.
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
    return await _call.acall(
        OPERATION, client, (thread_id, run_id), body, timeout, extra_headers, extra_query, extra_body
    )


@_request.explains_arguments(OPERATION)
def stream(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: SubmitToolOutputsRunRequest | SubmitToolOutputsRunRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AbstractContextManager[_streaming.RunEventStream]:
    """Answer a run that is `requires_action` with the outputs of the tool calls it asked for; all outputs
    go in one request. Stream its events as they happen.

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
    return _streaming.open_stream(
        OPERATION, client, (thread_id, run_id), body, timeout, extra_headers, extra_query, extra_body
    )


@_request.explains_arguments(OPERATION)
def astream(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: SubmitToolOutputsRunRequest | SubmitToolOutputsRunRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AbstractAsyncContextManager[_streaming.AsyncRunEventStream]:
    """Async `stream`: `async with ... as events:` and `async for event in events`."""
    return _streaming.open_async_stream(
        OPERATION, client, (thread_id, run_id), body, timeout, extra_headers, extra_query, extra_body
    )
