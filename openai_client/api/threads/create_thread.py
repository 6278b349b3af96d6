from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._operation import Operation
from ..._send import request_body, send, send_async, with_call_options
from ...client import AuthenticatedClient, Client
from ...models.create_thread_request import CreateThreadRequest, CreateThreadRequestParam
from ...models.error_response import ErrorResponse
from ...models.thread_object import ThreadObject
from ...types import UNSET, Response, Unset

_OPERATION = Operation(
    id="createThread",
    method="POST",
    path="/threads",
    resend_safe=False,
    if_interrupted="list them (GET {path}) to see whether it was created",
)


def _get_kwargs(
    *,
    body: CreateThreadRequest | CreateThreadRequestParam | Unset = UNSET,
) -> dict[str, Any]:
    extra: dict[str, Any] = {} if body is UNSET else {"json": request_body(body, CreateThreadRequest)}
    return {
        "method": "POST",
        "url": "/threads",
        **extra,
    }


def _parse_success(response: httpx.Response, strict: bool) -> ThreadObject:
    data = errors.decode_json(response)
    try:
        return ThreadObject.from_dict(data, strict)
    except errors.InvalidPayloadError as error:
        errors.parse_error(response, error)


def _build_response(response: httpx.Response, strict: bool) -> Response[ThreadObject]:
    if 200 <= response.status_code < 300:
        return Response(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            parsed=_parse_success(response, strict),
            http_response=response,
        )
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=None,
        http_response=response,
        error=errors.parse_error_body(response, ErrorResponse.from_dict),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadRequest | CreateThreadRequestParam | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[ThreadObject]:
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
        the ErrorResponse of any other answer whose body is one; `parse()` returns the model or
        raises.
    """

    request_args = with_call_options(
        _get_kwargs(
            body=body,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    return _build_response(send(client, request_args), client.strict_response_validation)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadRequest | CreateThreadRequestParam | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
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

    request_args = with_call_options(
        _get_kwargs(
            body=body,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    response = send(client, request_args)
    errors.raise_for_status(response)
    return _parse_success(response, client.strict_response_validation)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadRequest | CreateThreadRequestParam | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Response[ThreadObject]:
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
        the ErrorResponse of any other answer whose body is one; `parse()` returns the model or
        raises.
    """

    request_args = with_call_options(
        _get_kwargs(
            body=body,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    return _build_response(await send_async(client, request_args), client.strict_response_validation)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadRequest | CreateThreadRequestParam | Unset = UNSET,
    timeout: httpx.Timeout | float | None | Unset = UNSET,
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

    request_args = with_call_options(
        _get_kwargs(
            body=body,
        ),
        operation=_OPERATION,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
    )

    response = await send_async(client, request_args)
    errors.raise_for_status(response)
    return _parse_success(response, client.strict_response_validation)
