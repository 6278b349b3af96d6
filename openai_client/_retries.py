"""When a failed request is sent again, and how long to wait first.

The rule: a request is resent only when doing so cannot do the work twice. Whether an
operation can be sent twice is a fact the generator writes into each endpoint (see
_operation.py): reads (GET) and deletes can, so they are retried after any connection
failure, timeout, or a 408, 409, 429 or 5xx answer. A POST creates or changes something (a
run, billed), so it is resent only when it cannot have reached the server (no connection
was made: a connect or pool timeout, a refused connection, a URL it could not be sent to)
or when the server says so (429, or `x-should-retry: true`). After a read timeout, a
dropped connection or a 5xx, the server may have acted on it, and the caller is told so
instead. `RetryPolicy(resend_posts=True)` restores the official SDK's habit of resending
those too.

These are httpx transports wrapping the real one, so every request made through a
client, sync or async, follows the same policy. They are written here rather than taken
from a library so that the package needs only attrs and httpx.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from typing import NamedTuple

import httpx

from ._operation import operation_of

logger = logging.getLogger("openai_client")

DEFAULT_MAX_RETRIES = 2
ATTEMPTS_EXTENSION = "openai_client.attempts"
"""Request extension where the transports record how many times a request was sent."""
RETRY_POLICY_EXTENSION = "openai_client.retry_policy"
"""Request extension carrying the policy of the client that sent it (clients share transports)."""

_RETRYABLE_STATUSES = frozenset({408, 409, 429})
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
"""Transport errors raised before the request left the machine or reached the server: it cannot have acted."""
_TRANSPORT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


class RetryPolicy(NamedTuple):
    """How often and when to send a failed request again.

    The wait is the server's `retry-after-ms` or `Retry-After` when it gives one of at
    most `max_retry_after` seconds, else exponential backoff from `initial_delay`, capped
    at `max_delay`, with up to 25% jitter. `resend_posts=True` retries a POST whenever a
    GET would be retried, accepting that the server may then do the work twice.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    resend_posts: bool = False

    def retries_error(self, request: httpx.Request, error: Exception) -> bool:
        """Whether a request that failed with this transport error may be sent again."""
        if isinstance(error, NEVER_SENT):
            return True
        return self._may_repeat(request)

    def retries_response(self, request: httpx.Request, response: httpx.Response) -> bool:
        """Whether a request answered with this response may be sent again."""
        should = response.headers.get("x-should-retry")
        if should == "true":
            return True
        if should == "false":
            return False
        if response.status_code == 429:
            return True
        retryable = response.status_code in _RETRYABLE_STATUSES or response.status_code >= 500
        return retryable and self._may_repeat(request)

    def delay(self, retries_done: int, response: httpx.Response | None) -> float:
        server_delay = _server_retry_delay(response) if response is not None else None
        if server_delay is not None and 0 <= server_delay <= self.max_retry_after:
            return server_delay
        backoff = min(self.initial_delay * 2.0**retries_done, self.max_delay)
        return backoff * (1.0 - 0.25 * random.random())

    def _may_repeat(self, request: httpx.Request) -> bool:
        return operation_of(request).resend_safe or self.resend_posts


def _server_retry_delay(response: httpx.Response) -> float | None:
    """Seconds the server asked to wait, from `retry-after-ms` or `Retry-After`."""
    milliseconds = response.headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000.0
        except ValueError:
            pass
    retry_after = response.headers.get("retry-after")
    if retry_after is None:
        return None
    try:
        return float(retry_after)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(retry_after)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time()


class _Attempts:
    """The retry decisions shared by the sync and async transports (no I/O here)."""

    def __init__(self, request: httpx.Request, default: RetryPolicy) -> None:
        self.request = request
        policy = request.extensions.get(RETRY_POLICY_EXTENSION)
        self.policy = policy if isinstance(policy, RetryPolicy) else default
        self.done = 0

    def start(self) -> None:
        self.done += 1
        self.request.extensions[ATTEMPTS_EXTENSION] = self.done

    def after_error(self, error: Exception) -> float | None:
        """Seconds to wait before trying again, or None to give up (re-raise)."""
        if self.done > self.policy.max_retries or not self.policy.retries_error(self.request, error):
            return None
        return self._wait(self.policy.delay(self.done - 1, None))

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before trying again, or None to return this response."""
        if response.status_code < 400:  # a success is never sent again: no header to read
            return None
        if self.done > self.policy.max_retries or not self.policy.retries_response(self.request, response):
            return None
        return self._wait(self.policy.delay(self.done - 1, response))

    def _wait(self, delay: float) -> float:
        logger.info("Retrying %s %s in %.2f s (retry %d)", self.request.method, self.request.url.path, delay, self.done)
        return delay


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and retries each request as its client's policy says (`policy` by default)."""

    def __init__(self, transport: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self._transport = transport
        self._policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request, self._policy)
        while True:
            attempts.start()
            try:
                response = self._transport.handle_request(request)
            except _TRANSPORT_ERRORS as error:
                delay = attempts.after_error(error)
                if delay is None:
                    raise
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    return response
                response.close()
            time.sleep(delay)

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport and retries each request as its client's policy says (`policy` by default)."""

    def __init__(self, transport: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._transport = transport
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        attempts = _Attempts(request, self._policy)
        while True:
            attempts.start()
            try:
                response = await self._transport.handle_async_request(request)
            except _TRANSPORT_ERRORS as error:
                delay = attempts.after_error(error)
                if delay is None:
                    raise
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    return response
                await response.aclose()
            await asyncio.sleep(delay)

    async def aclose(self) -> None:
        await self._transport.aclose()
