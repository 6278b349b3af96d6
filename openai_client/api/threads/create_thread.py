from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ... import _call, _operation, _request
from ... import types as _types

if TYPE_CHECKING:
    from ...client import AuthenticatedClient as _AuthenticatedClient
    from ...client import Client as _Client
    from ...models.create_thread_request import CreateThreadRequest, CreateThreadRequestParam
    from ...models.error_response import ErrorResponse
    from ...models.thread_object import ThreadObject

OPERATION: _operation.Operation[ThreadObject, ErrorResponse] = _operation.Operation(
    id="createThread",
    method="POST",
    path="/threads",
    request=_operation.ModelRef("...models.create_thread_request", "CreateThreadRequest", __package__),
    response=_operation.ModelRef("...models.thread_object", "ThreadObject", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    if_interrupted="list them (GET {path}) to see whether it was created",
)


@_request.explains_arguments(OPERATION)
def sync_detailed(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateThreadRequest | CreateThreadRequestParam | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ThreadObject, ErrorResponse]:
    """Create a thread, optionally with its first messages.

    Args:
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateThreadRequest or a dict of the same fields; checked before sending (optional: without it no body is sent).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ThreadObject.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ThreadObject of a 2xx answer; `error`,
        the ErrorResponse of any other answer whose body is one; `parse()` returns it or raises.
    """
    return _call.call_detailed(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
def sync(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateThreadRequest | CreateThreadRequestParam | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ThreadObject:
    """Create a thread, optionally with its first messages.

    Args:
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateThreadRequest or a dict of the same fields; checked before sending (optional: without it no body is sent).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ThreadObject.

    Returns:
        The ThreadObject.
    """
    return _call.call(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
async def asyncio_detailed(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateThreadRequest | CreateThreadRequestParam | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ThreadObject, ErrorResponse]:
    """Create a thread, optionally with its first messages.

    Args:
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateThreadRequest or a dict of the same fields; checked before sending (optional: without it no body is sent).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ThreadObject.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ThreadObject of a 2xx answer; `error`,
        the ErrorResponse of any other answer whose body is one; `parse()` returns it or raises.
    """
    return await _call.acall_detailed(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
async def asyncio(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateThreadRequest | CreateThreadRequestParam | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ThreadObject:
    """Create a thread, optionally with its first messages.

    Args:
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateThreadRequest or a dict of the same fields; checked before sending (optional: without it no body is sent).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ThreadObject.

    Returns:
        The ThreadObject.
    """
    return await _call.acall(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)
