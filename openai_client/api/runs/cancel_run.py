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
    from ...models.run_object import RunObject

OPERATION: _operation.Operation[RunObject, ErrorResponse] = _operation.Operation(
    id="cancelRun",
    method="POST",
    path="/threads/{thread_id}/runs/{run_id}/cancel",
    parameters=(
        _operation.Parameter("thread_id", "thread_id", "path", required=True),
        _operation.Parameter("run_id", "run_id", "path", required=True),
    ),
    response=_operation.ModelRef("...models.run_object", "RunObject", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    if_interrupted="retrieve {parent} (GET {parent}) to see whether it took effect",
)


def sync_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[RunObject, ErrorResponse]:
    """Ask a run that is still in progress to stop.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run to cancel.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
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
        OPERATION, client, (thread_id, run_id), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )


def sync(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> RunObject:
    """Ask a run that is still in progress to stop.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run to cancel.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
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
    return _call.call(
        OPERATION, client, (thread_id, run_id), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[RunObject, ErrorResponse]:
    """Ask a run that is still in progress to stop.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run to cancel.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
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
        OPERATION, client, (thread_id, run_id), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )


async def asyncio(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> RunObject:
    """Ask a run that is still in progress to stop.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run to cancel.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
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
        OPERATION, client, (thread_id, run_id), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )
