from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ... import _call, _operation
from ... import types as _types

if TYPE_CHECKING:
    from ...client import AuthenticatedClient as _AuthenticatedClient
    from ...client import Client as _Client
    from ...models._tables import ConversationItem
    from ...models.error_response import ErrorResponse
    from ...models.include_enum import IncludeEnum, IncludeEnumLiteral

OPERATION: _operation.Operation[ConversationItem, ErrorResponse] = _operation.Operation(
    id="getConversationItem",
    method="GET",
    path="/conversations/{conversation_id}/items/{item_id}",
    parameters=(
        _operation.Parameter("conversation_id", "conversation_id", "path", required=True),
        _operation.Parameter("item_id", "item_id", "path", required=True),
        _operation.Parameter(
            "include",
            "include",
            "query",
            "array",
            enum=(
                "file_search_call.results",
                "web_search_call.results",
                "web_search_call.action.sources",
                "message.input_image.image_url",
                "computer_call_output.output.image_url",
                "code_interpreter_call.outputs",
                "reasoning.encrypted_content",
                "message.output_text.logprobs",
            ),
        ),
    ),
    response=_operation.ModelRef("...models._tables", "ConversationItem", __package__, union=True),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    resend_safe=True,
)


def sync_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ConversationItem, ErrorResponse]:
    """Fetch one item of a conversation.

    Args:
        conversation_id: Conversation the item belongs to.
        item_id: Item to fetch.
        include: Extra fields to fill in on the returned item.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationItem.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ConversationItem of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return _call.call_detailed(
        OPERATION,
        client,
        (conversation_id, item_id, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )


def sync(
    conversation_id: str,
    item_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ConversationItem:
    """Fetch one item of a conversation.

    Args:
        conversation_id: Conversation the item belongs to.
        item_id: Item to fetch.
        include: Extra fields to fill in on the returned item.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationItem.

    Returns:
        The ConversationItem.
    """
    return _call.call(
        OPERATION,
        client,
        (conversation_id, item_id, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )


async def asyncio_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ConversationItem, ErrorResponse]:
    """Fetch one item of a conversation.

    Args:
        conversation_id: Conversation the item belongs to.
        item_id: Item to fetch.
        include: Extra fields to fill in on the returned item.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationItem.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ConversationItem of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return await _call.acall_detailed(
        OPERATION,
        client,
        (conversation_id, item_id, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )


async def asyncio(
    conversation_id: str,
    item_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ConversationItem:
    """Fetch one item of a conversation.

    Args:
        conversation_id: Conversation the item belongs to.
        item_id: Item to fetch.
        include: Extra fields to fill in on the returned item.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationItem.

    Returns:
        The ConversationItem.
    """
    return await _call.acall(
        OPERATION,
        client,
        (conversation_id, item_id, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )
