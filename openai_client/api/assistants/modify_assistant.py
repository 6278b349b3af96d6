from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ... import _call, _operation, _request
from ... import types as _types

if TYPE_CHECKING:
    from ...client import AuthenticatedClient as _AuthenticatedClient
    from ...client import Client as _Client
    from ...models.assistant_object import AssistantObject
    from ...models.error_response import ErrorResponse
    from ...models.modify_assistant_request import ModifyAssistantRequest, ModifyAssistantRequestParam

OPERATION: _operation.Operation[AssistantObject, ErrorResponse] = _operation.Operation(
    id="modifyAssistant",
    method="POST",
    path="/assistants/{assistant_id}",
    parameters=(_operation.Parameter("assistant_id", "assistant_id", "path", required=True),),
    request=_operation.ModelRef("...models.modify_assistant_request", "ModifyAssistantRequest", __package__),
    body_required=True,
    response=_operation.ModelRef("...models.assistant_object", "AssistantObject", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    if_interrupted="retrieve it (GET {path}) to see whether the change was made",
)


@_request.explains_arguments(OPERATION)
def sync_detailed(
    assistant_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: ModifyAssistantRequest | ModifyAssistantRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[AssistantObject, ErrorResponse]:
    """Change an assistant; fields left out keep their value.

    Args:
        assistant_id: Assistant to change.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a ModifyAssistantRequest or a dict of the same fields; checked before sending.
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a AssistantObject.

    Returns:
        Status, headers, raw body, request id; `parsed`, the AssistantObject of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return _call.call_detailed(
        OPERATION, client, (assistant_id,), body, timeout, extra_headers, extra_query, extra_body
    )


@_request.explains_arguments(OPERATION)
def sync(
    assistant_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: ModifyAssistantRequest | ModifyAssistantRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AssistantObject:
    """Change an assistant; fields left out keep their value.

    Args:
        assistant_id: Assistant to change.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a ModifyAssistantRequest or a dict of the same fields; checked before sending.
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a AssistantObject.

    Returns:
        The AssistantObject.
    """
    return _call.call(OPERATION, client, (assistant_id,), body, timeout, extra_headers, extra_query, extra_body)


@_request.explains_arguments(OPERATION)
async def asyncio_detailed(
    assistant_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: ModifyAssistantRequest | ModifyAssistantRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[AssistantObject, ErrorResponse]:
    """Change an assistant; fields left out keep their value.

    Args:
        assistant_id: Assistant to change.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a ModifyAssistantRequest or a dict of the same fields; checked before sending.
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a AssistantObject.

    Returns:
        Status, headers, raw body, request id; `parsed`, the AssistantObject of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return await _call.acall_detailed(
        OPERATION, client, (assistant_id,), body, timeout, extra_headers, extra_query, extra_body
    )


@_request.explains_arguments(OPERATION)
async def asyncio(
    assistant_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    body: ModifyAssistantRequest | ModifyAssistantRequestParam,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> AssistantObject:
    """Change an assistant; fields left out keep their value.

    Args:
        assistant_id: Assistant to change.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        body: The request, as a ModifyAssistantRequest or a dict of the same fields; checked before sending.
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a AssistantObject.

    Returns:
        The AssistantObject.
    """
    return await _call.acall(OPERATION, client, (assistant_id,), body, timeout, extra_headers, extra_query, extra_body)
