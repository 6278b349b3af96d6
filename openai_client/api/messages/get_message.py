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
    from ...models.message_object import MessageObject

OPERATION: _operation.Operation[MessageObject, ErrorResponse] = _operation.Operation(
    id="getMessage",
    method="GET",
    path="/threads/{thread_id}/messages/{message_id}",
    parameters=(
        _operation.Parameter("thread_id", "thread_id", "path", required=True),
        _operation.Parameter("message_id", "message_id", "path", required=True),
    ),
    response=_operation.ModelRef("...models.message_object", "MessageObject", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    resend_safe=True,
)


def sync_detailed(
    thread_id: str,
    message_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[MessageObject, ErrorResponse]:
    """Fetch one message.

    Args:
        thread_id: Thread the message belongs to.
        message_id: Message to fetch.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a MessageObject.

    Returns:
        Status, headers, raw body, request id; `parsed`, the MessageObject of a 2xx answer; `error`,
        the ErrorResponse of any other answer whose body is one; `parse()` returns it or raises.
    """
    return _call.call_detailed(
        OPERATION, client, (thread_id, message_id), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )


def sync(
    thread_id: str,
    message_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> MessageObject:
    """Fetch one message.

    Args:
        thread_id: Thread the message belongs to.
        message_id: Message to fetch.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a MessageObject.

    Returns:
        The MessageObject.
    """
    return _call.call(
        OPERATION, client, (thread_id, message_id), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )


async def asyncio_detailed(
    thread_id: str,
    message_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[MessageObject, ErrorResponse]:
    """Fetch one message.

    Args:
        thread_id: Thread the message belongs to.
        message_id: Message to fetch.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a MessageObject.

    Returns:
        Status, headers, raw body, request id; `parsed`, the MessageObject of a 2xx answer; `error`,
        the ErrorResponse of any other answer whose body is one; `parse()` returns it or raises.
    """
    return await _call.acall_detailed(
        OPERATION, client, (thread_id, message_id), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )


async def asyncio(
    thread_id: str,
    message_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> MessageObject:
    """Fetch one message.

    Args:
        thread_id: Thread the message belongs to.
        message_id: Message to fetch.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a MessageObject.

    Returns:
        The MessageObject.
    """
    return await _call.acall(
        OPERATION, client, (thread_id, message_id), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )
