from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ... import _call, _operation
from ... import types as _types

if TYPE_CHECKING:
    from ...client import AuthenticatedClient as _AuthenticatedClient
    from ...client import Client as _Client
    from ...models.error_response import ErrorResponse
    from ...models.run_step_include import RunStepInclude, RunStepIncludeLiteral
    from ...models.run_step_object import RunStepObject

OPERATION: _operation.Operation[RunStepObject, ErrorResponse] = _operation.Operation(
    id="getRunStep",
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
    parameters=(
        _operation.Parameter("thread_id", "thread_id", "path", required=True),
        _operation.Parameter("run_id", "run_id", "path", required=True),
        _operation.Parameter("step_id", "step_id", "path", required=True),
        _operation.Parameter(
            "include[]",
            "include",
            "query",
            "array",
            enum=("step_details.tool_calls[*].file_search.results[*].content",),
        ),
    ),
    response=_operation.ModelRef("...models.run_step_object", "RunStepObject", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    resend_safe=True,
)


def sync_detailed(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    include: Sequence[RunStepInclude | RunStepIncludeLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[RunStepObject, ErrorResponse]:
    """Fetch one step of a run.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run the step belongs to.
        step_id: Step to fetch.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a RunStepObject.

    Returns:
        Status, headers, raw body, request id; `parsed`, the RunStepObject of a 2xx answer; `error`,
        the ErrorResponse of any other answer whose body is one; `parse()` returns it or raises.
    """
    return _call.call_detailed(
        OPERATION,
        client,
        (thread_id, run_id, step_id, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )


def sync(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    include: Sequence[RunStepInclude | RunStepIncludeLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> RunStepObject:
    """Fetch one step of a run.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run the step belongs to.
        step_id: Step to fetch.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a RunStepObject.

    Returns:
        The RunStepObject.
    """
    return _call.call(
        OPERATION,
        client,
        (thread_id, run_id, step_id, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    include: Sequence[RunStepInclude | RunStepIncludeLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[RunStepObject, ErrorResponse]:
    """Fetch one step of a run.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run the step belongs to.
        step_id: Step to fetch.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a RunStepObject.

    Returns:
        Status, headers, raw body, request id; `parsed`, the RunStepObject of a 2xx answer; `error`,
        the ErrorResponse of any other answer whose body is one; `parse()` returns it or raises.
    """
    return await _call.acall_detailed(
        OPERATION,
        client,
        (thread_id, run_id, step_id, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )


async def asyncio(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    include: Sequence[RunStepInclude | RunStepIncludeLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> RunStepObject:
    """Fetch one step of a run.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run the step belongs to.
        step_id: Step to fetch.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.APIStatusError: A non-2xx status (a subclass per status, such as NotFoundError).
        errors.ResponseParseError: A 2xx body that is not JSON or not a RunStepObject.

    Returns:
        The RunStepObject.
    """
    return await _call.acall(
        OPERATION,
        client,
        (thread_id, run_id, step_id, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )
