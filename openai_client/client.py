"""Clients that hold the connection settings: base URL, API key, headers, timeouts, retries.

`AuthenticatedClient` is what the Runs endpoints take. It sends the bearer token, the
`OpenAI-Beta: assistants=v2` header the Assistants API requires, and the optional
organization and project headers on every request; it never shows the token in its repr.

Retries are done by `RetryTransport` / `AsyncRetryTransport`, httpx transports that wrap
the real one, so every request made through the client, sync or async, gets the same
policy. They are written here rather than taken from a library because the generated
package's only runtime dependencies are attrs, httpx and python-dateutil, so that a
vendored copy works anywhere those are installed.
"""

import logging
import random
import ssl
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from . import errors

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""Finite by default: a dead connection fails after 5 s to connect or 60 s without data."""
DEFAULT_MAX_RETRIES = 2
ASSISTANTS_BETA_HEADERS = {"OpenAI-Beta": "assistants=v2"}
_SENSITIVE_HEADERS = frozenset({"authorization", "api-key", "openai-api-key", "proxy-authorization"})
_RETRYABLE_STATUSES = frozenset({408, 409, 429})


@define(frozen=True)
class RetryPolicy:
    """When and how long to wait before trying a request again.

    Retried: connection errors and timeouts, and the statuses 408, 409, 429 and >= 500
    (a server's `x-should-retry: true|false` header overrides that). The wait is the
    server's `retry-after-ms` or `Retry-After` when it gives one of at most
    `max_retry_after` seconds, else exponential backoff from `initial_delay`, capped at
    `max_delay`, with up to 25% jitter.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def should_retry(self, response: httpx.Response) -> bool:
        should = response.headers.get("x-should-retry")
        if should == "true":
            return True
        if should == "false":
            return False
        return response.status_code in _RETRYABLE_STATUSES or response.status_code >= 500

    def delay(self, retries_done: int, response: httpx.Response | None) -> float:
        server_delay = _server_retry_delay(response) if response is not None else None
        if server_delay is not None and 0 <= server_delay <= self.max_retry_after:
            return server_delay
        backoff = min(self.initial_delay * 2.0**retries_done, self.max_delay)
        return backoff * (1.0 - 0.25 * random.random())


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
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(retry_after)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time()


_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and retries requests as `policy` says."""

    def __init__(
        self, transport: httpx.BaseTransport, policy: RetryPolicy, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self._transport = transport
        self._policy = policy
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retries_done = 0
        while True:
            try:
                response = self._transport.handle_request(request)
            except _RETRYABLE_ERRORS:
                if retries_done >= self._policy.max_retries:
                    raise
                delay = self._policy.delay(retries_done, None)
            else:
                if retries_done >= self._policy.max_retries or not self._policy.should_retry(response):
                    return response
                delay = self._policy.delay(retries_done, response)
                response.close()
            retries_done += 1
            logger.info("Retrying %s %s in %.2f s (retry %d)", request.method, request.url.path, delay, retries_done)
            self._sleep(delay)

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport and retries requests as `policy` says."""

    def __init__(self, transport: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._transport = transport
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retries_done = 0
        while True:
            try:
                response = await self._transport.handle_async_request(request)
            except _RETRYABLE_ERRORS:
                if retries_done >= self._policy.max_retries:
                    raise
                delay = self._policy.delay(retries_done, None)
            else:
                if retries_done >= self._policy.max_retries or not self._policy.should_retry(response):
                    return response
                delay = self._policy.delay(retries_done, response)
                await response.aclose()
            retries_done += 1
            logger.info("Retrying %s %s in %.2f s (retry %d)", request.method, request.url.path, delay, retries_done)
            await _async_sleep(delay)

    async def aclose(self) -> None:
        await self._transport.aclose()


async def _async_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def _redacted(headers: dict[str, str]) -> dict[str, str]:
    return {name: "<redacted>" if name.lower() in _SENSITIVE_HEADERS else value for name, value in headers.items()}


@define
class Client:
    """Settings for calls that need no API key (for example through a proxy that adds it).

    Keyword arguments:

        ``base_url``: Where the API lives; default ``https://api.openai.com/v1``.

        ``headers``: Extra headers sent with every request.

        ``cookies``: Cookies sent with every request.

        ``timeout``: An ``httpx.Timeout`` or seconds; default 5 s to connect, 60 s for the rest.
        ``None`` waits forever. Every endpoint function also takes ``timeout=`` per call.

        ``max_retries``: How many times a failed request is retried (default 2; 0 disables).

        ``verify_ssl``: Certificate verification: True, False, a CA bundle path or an SSLContext.

        ``follow_redirects``: Whether to follow redirects (default False).

        ``httpx_args``: More arguments for ``httpx.Client``/``httpx.AsyncClient``. A
        ``transport`` given here is wrapped by the retry transport.

    """

    _base_url: str = field(default=DEFAULT_BASE_URL, alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """A new client like this one, with more headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """A new client like this one, with more cookies."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> "Client":
        """A new client like this one, with another timeout."""
        return evolve(self, timeout=timeout)

    @property
    def retry_policy(self) -> RetryPolicy:
        return RetryPolicy(max_retries=self.max_retries)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client as it is (its own headers, timeout and transport; no retries added)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, made on first use."""
        if self._client is None:
            httpx_args = dict(self._httpx_args)
            transport = httpx_args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=RetryTransport(transport, self.retry_policy),
                **httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(exc_type, exc, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient as it is (its own headers, timeout and transport; no retries added)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, made on first use."""
        if self._async_client is None:
            httpx_args = dict(self._httpx_args)
            transport = httpx_args.pop("transport", None) or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=AsyncRetryTransport(transport, self.retry_policy),
                **httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(exc_type, exc, traceback)

    def __getstate__(self) -> dict[str, Any]:
        # Open connection pools cannot be pickled; a copy makes its own on first use.
        state = {attribute.name: getattr(self, attribute.name) for attribute in self.__attrs_attrs__}
        state["_client"] = None
        state["_async_client"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def _all_headers(self) -> dict[str, str]:
        return {**ASSISTANTS_BETA_HEADERS, **self._headers}

    def __repr__(self) -> str:
        return f"Client(base_url={self._base_url!r}, headers={_redacted(self._headers)!r})"


@define
class AuthenticatedClient:
    """Settings for calls to the API with an API key; what the Runs endpoints take.

    ``token`` (keyword-only) is the API key, sent as ``Authorization: Bearer <token>``.
    ``organization`` and ``project``, when given, are sent as ``OpenAI-Organization`` and
    ``OpenAI-Project``. The token never appears in ``repr()``.

    Keyword arguments:

        ``base_url``: Where the API lives; default ``https://api.openai.com/v1``.

        ``headers``: Extra headers sent with every request.

        ``cookies``: Cookies sent with every request.

        ``timeout``: An ``httpx.Timeout`` or seconds; default 5 s to connect, 60 s for the rest.
        ``None`` waits forever. Every endpoint function also takes ``timeout=`` per call.

        ``max_retries``: How many times a failed request is retried (default 2; 0 disables).

        ``verify_ssl``: Certificate verification: True, False, a CA bundle path or an SSLContext.

        ``follow_redirects``: Whether to follow redirects (default False).

        ``httpx_args``: More arguments for ``httpx.Client``/``httpx.AsyncClient``. A
        ``transport`` given here is wrapped by the retry transport.

    """

    _base_url: str = field(default=DEFAULT_BASE_URL, alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    token: str = field(kw_only=True, repr=False)
    organization: str | None = field(default=None, kw_only=True)
    project: str | None = field(default=None, kw_only=True)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """A new client like this one, with more headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """A new client like this one, with more cookies."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> "AuthenticatedClient":
        """A new client like this one, with another timeout."""
        return evolve(self, timeout=timeout)

    @property
    def retry_policy(self) -> RetryPolicy:
        return RetryPolicy(max_retries=self.max_retries)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client as it is (its own headers, timeout and transport; no retries added)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, made on first use."""
        if self._client is None:
            httpx_args = dict(self._httpx_args)
            transport = httpx_args.pop("transport", None) or httpx.HTTPTransport(verify=self._verify_ssl)
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=RetryTransport(transport, self.retry_policy),
                **httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(exc_type, exc, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient as it is (its own headers, timeout and transport; no retries added)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, made on first use."""
        if self._async_client is None:
            httpx_args = dict(self._httpx_args)
            transport = httpx_args.pop("transport", None) or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=AsyncRetryTransport(transport, self.retry_policy),
                **httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(exc_type, exc, traceback)

    def __getstate__(self) -> dict[str, Any]:
        # Open connection pools cannot be pickled; a copy makes its own on first use.
        state = {attribute.name: getattr(self, attribute.name) for attribute in self.__attrs_attrs__}
        state["_client"] = None
        state["_async_client"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def _all_headers(self) -> dict[str, str]:
        headers = dict(ASSISTANTS_BETA_HEADERS)
        if self.organization is not None:
            headers["OpenAI-Organization"] = self.organization
        if self.project is not None:
            headers["OpenAI-Project"] = self.project
        headers.update(self._headers)
        headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
        return headers

    def __repr__(self) -> str:
        return (
            f"AuthenticatedClient(base_url={self._base_url!r}, token=<redacted>, "
            f"organization={self.organization!r}, project={self.project!r}, "
            f"headers={_redacted(self._headers)!r}, max_retries={self.max_retries!r})"
        )


def _timeout_error(exc: httpx.TimeoutException) -> errors.APITimeoutError:
    return errors.APITimeoutError(f"Request timed out ({type(exc).__name__}).", request=exc.request)


def _connection_error(exc: httpx.TransportError) -> errors.APIConnectionError:
    return errors.APIConnectionError(f"Connection error ({type(exc).__name__}: {exc}).", request=exc.request)


def send(client: AuthenticatedClient | Client, request_args: dict[str, Any]) -> httpx.Response:
    """Send a request through `client`, turning transport failures into APIConnectionError."""
    try:
        return client.get_httpx_client().request(**request_args)
    except httpx.TimeoutException as exc:
        raise _timeout_error(exc) from exc
    except httpx.TransportError as exc:
        raise _connection_error(exc) from exc


async def send_async(client: AuthenticatedClient | Client, request_args: dict[str, Any]) -> httpx.Response:
    """Async `send`."""
    try:
        return await client.get_async_httpx_client().request(**request_args)
    except httpx.TimeoutException as exc:
        raise _timeout_error(exc) from exc
    except httpx.TransportError as exc:
        raise _connection_error(exc) from exc
