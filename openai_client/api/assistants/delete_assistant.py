from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ... import _call, _operation
from ... import types as _types

if TYPE_CHECKING:
    from ...client import AuthenticatedClient as _AuthenticatedClient
    from ...client import Client as _Client
    from ...models.delete_assistant_response import DeleteAssistantResponse
    from ...models.error_response import ErrorResponse

OPERATION: _operation.Operation[DeleteAssistantResponse, ErrorResponse] = _operation.Operation(
    id="deleteAssistant",
    method="DELETE",
    path="/assistants/{assistant_id}",
    parameters=(_operation.Parameter("assistant_id", "assistant_id", "path", required=True),),
    response=_operation.ModelRef("...models.delete_assistant_response", "DeleteAssistantResponse", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    resend_safe=True,
)


def sync_detailed(
    assistant_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[DeleteAssistantResponse, ErrorResponse]:
    """Delete an assistant.

    Args:
        assistant_id: Assistant to delete.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a DeleteAssistantResponse.

    Returns:
        Status, headers, raw body, request id; `parsed`, the DeleteAssistantResponse of a 2xx
        answer; `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns
        it or raises.
    """
    return _call.call_detailed(
        OPERATION, client, (assistant_id,), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )


def sync(
    assistant_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> DeleteAssistantResponse:
    """Delete an assistant.

    Args:
        assistant_id: Assistant to delete.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a DeleteAssistantResponse.

    Returns:
        The DeleteAssistantResponse.
    """
    return _call.call(OPERATION, client, (assistant_id,), _types.UNSET, timeout, extra_headers, extra_query, extra_body)


async def asyncio_detailed(
    assistant_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[DeleteAssistantResponse, ErrorResponse]:
    """Delete an assistant.

    Args:
        assistant_id: Assistant to delete.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a DeleteAssistantResponse.

    Returns:
        Status, headers, raw body, request id; `parsed`, the DeleteAssistantResponse of a 2xx
        answer; `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns
        it or raises.
    """
    return await _call.acall_detailed(
        OPERATION, client, (assistant_id,), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )


async def asyncio(
    assistant_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> DeleteAssistantResponse:
    """Delete an assistant.

    Args:
        assistant_id: Assistant to delete.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a DeleteAssistantResponse.

    Returns:
        The DeleteAssistantResponse.
    """
    return await _call.acall(
        OPERATION, client, (assistant_id,), _types.UNSET, timeout, extra_headers, extra_query, extra_body
    )
