from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ... import _call, _operation, _request
from ... import types as _types

if TYPE_CHECKING:
    from ...client import AuthenticatedClient as _AuthenticatedClient
    from ...client import Client as _Client
    from ...models.conversation_item_list import ConversationItemList
    from ...models.create_conversation_items_body import CreateConversationItemsBody, CreateConversationItemsBodyParam
    from ...models.error_response import ErrorResponse
    from ...models.include_enum import IncludeEnum, IncludeEnumLiteral

OPERATION: _operation.Operation[ConversationItemList, ErrorResponse] = _operation.Operation(
    id="createConversationItems",
    method="POST",
    path="/conversations/{conversation_id}/items",
    parameters=(
        _operation.Parameter("conversation_id", "conversation_id", "path", required=True),
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
    request=_operation.ModelRef("...models.create_conversation_items_body", "CreateConversationItemsBody", __package__),
    body_required=True,
    response=_operation.ModelRef("...models.conversation_item_list", "ConversationItemList", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    if_interrupted="list them (GET {path}) to see whether it was created",
)


@_request.explains_arguments(OPERATION)
def sync_detailed(
    conversation_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateConversationItemsBody | CreateConversationItemsBodyParam,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ConversationItemList, ErrorResponse]:
    """Append items to a conversation, at most 20 per call.

    Args:
        conversation_id: Conversation the items are added to.
        include: Extra fields to fill in on the returned items.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateConversationItemsBody or a dict of the same fields; checked before sending.
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationItemList.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ConversationItemList of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return _call.call_detailed(
        OPERATION, client, (conversation_id, include), body, timeout, extra_headers, extra_query, extra_body
    )


@_request.explains_arguments(OPERATION)
def sync(
    conversation_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateConversationItemsBody | CreateConversationItemsBodyParam,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ConversationItemList:
    """Append items to a conversation, at most 20 per call.

    Args:
        conversation_id: Conversation the items are added to.
        include: Extra fields to fill in on the returned items.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateConversationItemsBody or a dict of the same fields; checked before sending.
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationItemList.

    Returns:
        The ConversationItemList.
    """
    return _call.call(
        OPERATION, client, (conversation_id, include), body, timeout, extra_headers, extra_query, extra_body
    )


@_request.explains_arguments(OPERATION)
async def asyncio_detailed(
    conversation_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateConversationItemsBody | CreateConversationItemsBodyParam,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ConversationItemList, ErrorResponse]:
    """Append items to a conversation, at most 20 per call.

    Args:
        conversation_id: Conversation the items are added to.
        include: Extra fields to fill in on the returned items.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateConversationItemsBody or a dict of the same fields; checked before sending.
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationItemList.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ConversationItemList of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return await _call.acall_detailed(
        OPERATION, client, (conversation_id, include), body, timeout, extra_headers, extra_query, extra_body
    )


@_request.explains_arguments(OPERATION)
async def asyncio(
    conversation_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: CreateConversationItemsBody | CreateConversationItemsBodyParam,
    include: Sequence[IncludeEnum | IncludeEnumLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ConversationItemList:
    """Append items to a conversation, at most 20 per call.

    Args:
        conversation_id: Conversation the items are added to.
        include: Extra fields to fill in on the returned items.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a CreateConversationItemsBody or a dict of the same fields; checked before sending.
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ConversationItemList.

    Returns:
        The ConversationItemList.
    """
    return await _call.acall(
        OPERATION, client, (conversation_id, include), body, timeout, extra_headers, extra_query, extra_body
    )
