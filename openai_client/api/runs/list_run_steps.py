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
    from ...models.list_order import ListOrder, ListOrderLiteral
    from ...models.list_run_steps_response import ListRunStepsResponse
    from ...models.run_step_include import RunStepInclude, RunStepIncludeLiteral

OPERATION: _operation.Operation[ListRunStepsResponse, ErrorResponse] = _operation.Operation(
    id="listRunSteps",
    method="GET",
    path="/threads/{thread_id}/runs/{run_id}/steps",
    parameters=(
        _operation.Parameter("thread_id", "thread_id", "path", required=True),
        _operation.Parameter("run_id", "run_id", "path", required=True),
        _operation.Parameter("limit", "limit", "query", "integer"),
        _operation.Parameter(
            "order",
            "order",
            "query",
            "string",
            enum=(
                "asc",
                "desc",
            ),
        ),
        _operation.Parameter("after", "after", "query", "string"),
        _operation.Parameter("before", "before", "query", "string"),
        _operation.Parameter(
            "include[]",
            "include",
            "query",
            "array",
            enum=("step_details.tool_calls[*].file_search.results[*].content",),
        ),
    ),
    response=_operation.ModelRef("...models.list_run_steps_response", "ListRunStepsResponse", __package__),
    error=_operation.ModelRef("...models.error_response", "ErrorResponse", __package__, requires=("error",)),
    resend_safe=True,
)


def sync_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    limit: int | _types.Unset = _types.UNSET,
    order: ListOrder | ListOrderLiteral | _types.Unset = _types.UNSET,
    after: str | _types.Unset = _types.UNSET,
    before: str | _types.Unset = _types.UNSET,
    include: Sequence[RunStepInclude | RunStepIncludeLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ListRunStepsResponse, ErrorResponse]:
    """List the steps a run has taken, one page at a time.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run whose steps are listed.
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListRunStepsResponse.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ListRunStepsResponse of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return _call.call_detailed(
        OPERATION,
        client,
        (thread_id, run_id, limit, order, after, before, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )


def sync(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    limit: int | _types.Unset = _types.UNSET,
    order: ListOrder | ListOrderLiteral | _types.Unset = _types.UNSET,
    after: str | _types.Unset = _types.UNSET,
    before: str | _types.Unset = _types.UNSET,
    include: Sequence[RunStepInclude | RunStepIncludeLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ListRunStepsResponse:
    """List the steps a run has taken, one page at a time.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run whose steps are listed.
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
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
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListRunStepsResponse.

    Returns:
        The ListRunStepsResponse.
    """
    return _call.call(
        OPERATION,
        client,
        (thread_id, run_id, limit, order, after, before, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    limit: int | _types.Unset = _types.UNSET,
    order: ListOrder | ListOrderLiteral | _types.Unset = _types.UNSET,
    after: str | _types.Unset = _types.UNSET,
    before: str | _types.Unset = _types.UNSET,
    include: Sequence[RunStepInclude | RunStepIncludeLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> _types.Response[ListRunStepsResponse, ErrorResponse]:
    """List the steps a run has taken, one page at a time.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run whose steps are listed.
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
        include: Extra fields to fill in on the returned run steps.
        client: The client to send with (base URL, key, timeouts, retries, strictness).
        timeout: Timeout for this call; the client's when not given.
        extra_headers: Headers for this call, over the client's.
        extra_query: Query parameters this spec does not know yet, merged into the query string.
        extra_body: Body fields this spec does not know yet, merged into the JSON body.

    Raises:
        errors.InvalidRequestError: An argument breaks the spec; nothing was sent.
        errors.APIConnectionError: No response (errors.APITimeoutError: none in time).
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListRunStepsResponse.

    Returns:
        Status, headers, raw body, request id; `parsed`, the ListRunStepsResponse of a 2xx answer;
        `error`, the ErrorResponse of any other answer whose body is one; `parse()` returns it or
        raises.
    """
    return await _call.acall_detailed(
        OPERATION,
        client,
        (thread_id, run_id, limit, order, after, before, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )


async def asyncio(
    thread_id: str,
    run_id: str,
    *,
    client: _AuthenticatedClient | _Client,
    limit: int | _types.Unset = _types.UNSET,
    order: ListOrder | ListOrderLiteral | _types.Unset = _types.UNSET,
    after: str | _types.Unset = _types.UNSET,
    before: str | _types.Unset = _types.UNSET,
    include: Sequence[RunStepInclude | RunStepIncludeLiteral] | _types.Unset = _types.UNSET,
    timeout: httpx.Timeout | float | None | _types.Unset = _types.UNSET,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> ListRunStepsResponse:
    """List the steps a run has taken, one page at a time.

    Args:
        thread_id: Thread the run belongs to.
        run_id: Run whose steps are listed.
        limit: How many objects one page holds, from 1 to 100 (20 when not given).
        order: Sort order by `created_at`.
        after: Cursor; an object ID, the page starts right after it.
        before: Cursor; an object ID, the page ends right before it.
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
        errors.ResponseParseError: A 2xx body that is not JSON or not a ListRunStepsResponse.

    Returns:
        The ListRunStepsResponse.
    """
    return await _call.acall(
        OPERATION,
        client,
        (thread_id, run_id, limit, order, after, before, include),
        _types.UNSET,
        timeout,
        extra_headers,
        extra_query,
        extra_body,
    )
