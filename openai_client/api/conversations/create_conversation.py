from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ... import _call, _operation, _request
from ... import types as _types

if TYPE_CHECKING:
    from ...client import AuthenticatedClient as _AuthenticatedClient
    from ...client import Client as _Client
    from ...models.conversation_resource import ConversationResource
    from ...models.create_conversation_body import CreateConversationBody, CreateConversationBodyParam
    from ...models.error_response import ErrorResponse

OPERATION: _operation.Operation[ConversationResource, ErrorResponse] = _operation.Operation(
    id="createConversation",
    method="POST",
    path="/conversations",
    request=_operation.ModelRef("...models.create_conversation_body", "CreateConversationBody", __package__),
    response=_operation.ModelRef("...models.conversation_resource", "ConversationResource", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    if_interrupted="look for what it creates (for example by the metadata you sent) to see whether it was created",
)


@_request.explains_arguments(OPERATION)
def sync_detailed(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateConversationBody | CreateConversationBodyParam | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ConversationResource, ErrorResponse]:
    """Start a conversation, optionally with its first items and metadata.

    Args:
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateConversationBody or a dict of the same fields; checked before sending (optional: without it no body is sent).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationResource.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ConversationResource of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return _call.call_detailed(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
def sync(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateConversationBody | CreateConversationBodyParam | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ConversationResource:
    """Start a conversation, optionally with its first items and metadata.

    Args:
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateConversationBody or a dict of the same fields; checked before sending (optional: without it no body is sent).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationResource.

    Returns:
        The ConversationResource.
    """
    return _call.call(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
async def asyncio_detailed(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateConversationBody | CreateConversationBodyParam | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ConversationResource, ErrorResponse]:
    """Start a conversation, optionally with its first items and metadata.

    Args:
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateConversationBody or a dict of the same fields; checked before sending (optional: without it no body is sent).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationResource.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ConversationResource of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return await _call.acall_detailed(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
async def asyncio(
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateConversationBody | CreateConversationBodyParam | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ConversationResource:
    """Start a conversation, optionally with its first items and metadata.

    Args:
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateConversationBody or a dict of the same fields; checked before sending (optional: without it no body is sent).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationResource.

    Returns:
        The ConversationResource.
    """
    return await _call.acall(OPERATION, client, (), body, timeout, extra_headers, extra_query, extra_body)
