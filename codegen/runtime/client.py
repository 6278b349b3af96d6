"""Clients hold the connection settings: base URL, API key, headers, timeouts, retries.

`AuthenticatedClient` is what the Runs endpoints take. It sends the bearer token, the
`OpenAI-Beta: assistants=v2` header the Assistants API requires, and the optional
organization and project headers on every request. The token is checked when the client
is built and never appears in its repr or in any error this package raises.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable, Generator, Mapping
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._retries import DEFAULT_MAX_RETRIES, AsyncRetryTransport, RetryPolicy, RetryTransport
from ._version import __version__

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""Finite by default: a dead connection fails after 5 s to connect or 60 s without data."""
ASSISTANTS_BETA_HEADERS = {"OpenAI-Beta": "assistants=v2"}
USER_AGENT = f"openai-client/{__version__} python-httpx/{httpx.__version__}"
SENSITIVE_HEADERS = frozenset({"authorization", "api-key", "openai-api-key", "proxy-authorization", "cookie"})


def _check_token(token: str) -> None:
    """Refuse a token that cannot be sent as a header value, without echoing it."""
    if not isinstance(token, str):
        raise TypeError(f"token must be a str, not {type(token).__name__}")
    if not token:
        raise ValueError("token is empty: pass the API key (for example from OPENAI_API_KEY)")
    if token != token.strip():
        raise ValueError("token has leading or trailing whitespace (a newline from a key file?): strip it first")
    if any(character.isspace() or not character.isprintable() for character in token):
        raise ValueError("token contains whitespace or control characters: it is not a valid API key")
    if not token.isascii():
        raise ValueError("token contains non-ASCII characters: it is not a valid API key (a copy-paste artefact?)")


def redacted(headers: Mapping[str, str]) -> dict[str, str]:
    """`headers` with the values of credential headers replaced by `<redacted>`."""
    return {name: "<redacted>" if name.lower() in SENSITIVE_HEADERS else value for name, value in headers.items()}


@define
class Client:
    """Settings for calls that need no API key (for example through a proxy that adds it).

    Keyword arguments:

        ``base_url``: Where the API lives; default ``https://api.openai.com/v1``.

        ``headers``: Extra headers sent with every request.

        ``default_query``: Query parameters sent with every request (for example a
        gateway's ``api-version``).

        ``cookies``: Cookies sent with every request.

        ``timeout``: An ``httpx.Timeout`` or seconds; default 5 s to connect, 60 s for the rest.
        ``None`` waits forever. Every endpoint function also takes ``timeout=`` per call.

        ``max_retries``: How many times a failed request is retried (default 2; 0 disables).
        See ``RetryPolicy`` for which requests are retried; ``retry_policy`` replaces it whole.

        ``strict_response_validation``: Check every response against the spec's types,
        nulls and required fields, and raise ``ResponseParseError`` where it differs.
        Off by default: the API sends values its spec does not foresee yet.

        ``verify_ssl``: Certificate verification: True, False, a CA bundle path or an SSLContext.

        ``follow_redirects``: Whether to follow redirects (default False).

        ``httpx_args``: More arguments for ``httpx.Client``/``httpx.AsyncClient``. A
        ``transport`` given here is wrapped by the retry transport.
    """

    _base_url: str = field(default=DEFAULT_BASE_URL, alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _default_query: dict[str, str] = field(factory=dict, kw_only=True, alias="default_query")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    _retry_policy: RetryPolicy | None = field(default=None, kw_only=True, alias="retry_policy")
    strict_response_validation: bool = field(default=False, kw_only=True)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def retry_policy(self) -> RetryPolicy:
        """The policy in force: `retry_policy` when given, else the default with `max_retries`."""
        if self._retry_policy is not None:
            return self._retry_policy
        return RetryPolicy(max_retries=self.max_retries)

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """A new client like this one, with more headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """A new client like this one, with more cookies."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> Self:
        """A new client like this one, with another timeout."""
        return evolve(self, timeout=timeout)

    def with_options(self, **changes: Any) -> Self:
        """A new client like this one with some settings changed, as the official SDK's.

        Takes any constructor argument (``timeout=``, ``max_retries=``, ``headers=``, ...);
        ``headers`` are added to this client's. The original is unchanged. The copy opens
        its own connections on first use.
        """
        if "headers" in changes:
            changes["headers"] = {**self._headers, **changes["headers"]}
        return evolve(self, **changes)

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
                params=self._default_query,
                auth=self._auth(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=RetryTransport(transport, self.retry_policy),
                **httpx_args,
            )
        return self._client

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
                params=self._default_query,
                auth=self._auth(),
                timeout=self._timeout,
                follow_redirects=self._follow_redirects,
                transport=AsyncRetryTransport(transport, self.retry_policy),
                **httpx_args,
            )
        return self._async_client

    def close(self) -> None:
        """Close the sync connection pool, if one was opened; a later call opens a new one."""
        if self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        """Close the async connection pool, if one was opened; a later call opens a new one."""
        if self._async_client is not None:
            await self._async_client.aclose()
            self._async_client = None

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.get_httpx_client().__exit__(exc_type, exc, traceback)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
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

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def _auth(self) -> httpx.Auth | None:
        return None

    def _all_headers(self) -> dict[str, str]:
        return {"User-Agent": USER_AGENT, **ASSISTANTS_BETA_HEADERS, **self._headers, **self._auth_headers()}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, headers={redacted(self._headers)!r})"


@define(repr=False, getstate_setstate=False)  # keep Client's pickling, which drops the pools
class AuthenticatedClient(Client):
    """Settings for calls to the API with an API key; what the Runs endpoints take.

    ``token`` (keyword-only) is the API key, sent as ``Authorization: Bearer <token>``;
    it is checked here (empty, whitespace or control characters raise ``ValueError``).
    ``organization`` and ``project``, when given, are sent as ``OpenAI-Organization`` and
    ``OpenAI-Project``. Every other keyword is as for ``Client``.
    """

    token: str = field(default="", kw_only=True, repr=False)
    organization: str | None = field(default=None, kw_only=True)
    project: str | None = field(default=None, kw_only=True)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)
    token_provider: Callable[[], str] | None = field(default=None, kw_only=True, repr=False)
    """Called before every request for a fresh bearer token (for example a Microsoft Entra
    ID token); used instead of ``token``, so that tokens can expire and be renewed."""

    def __attrs_post_init__(self) -> None:
        if self.token_provider is None:
            _check_token(self.token)

    @classmethod
    def for_azure(
        cls,
        endpoint: str,
        *,
        api_key: str | None = None,
        token_provider: Callable[[], str] | None = None,
        api_version: str | None = None,
        **options: Any,
    ) -> Self:
        """A client for Azure OpenAI (Azure AI Foundry), where the Assistants Runs API lives on.

        ``endpoint`` is the resource's URL (``https://NAME.openai.azure.com``); requests go
        to ``{endpoint}/openai/v1``. Give ``api_key`` (sent as the ``api-key`` header) or
        ``token_provider`` (a callable returning a Microsoft Entra ID token, called per
        request and sent as ``Authorization: Bearer``). ``api_version``, when given, is sent
        as the ``api-version`` query parameter on every request.
        """
        if (api_key is None) == (token_provider is None):
            raise ValueError("give exactly one of api_key or token_provider")
        settings: dict[str, Any] = {"base_url": endpoint.rstrip("/") + "/openai/v1", **options}
        if api_version:
            settings["default_query"] = {**settings.get("default_query", {}), "api-version": api_version}
        if api_key is not None:
            return cls(token=api_key, prefix="", auth_header_name="api-key", **settings)
        return cls(token_provider=token_provider, **settings)

    @classmethod
    def from_env(cls, *, azure: bool = False, **overrides: Any) -> Self:
        """A client configured as the official SDK is, from the environment.

        Reads ``OPENAI_API_KEY`` (required), ``OPENAI_BASE_URL`` (default
        ``https://api.openai.com/v1``), ``OPENAI_ORG_ID`` and ``OPENAI_PROJECT_ID``. With
        ``azure=True``, as the SDK's ``AzureOpenAI``: ``AZURE_OPENAI_ENDPOINT`` (required),
        ``AZURE_OPENAI_API_KEY`` (required unless ``token_provider=`` is given) and
        ``OPENAI_API_VERSION``. Keyword arguments override what the environment says.
        """
        if azure:
            return cls._azure_from_env(**overrides)
        settings: dict[str, Any] = {
            "token": os.environ.get("OPENAI_API_KEY"),
            "base_url": os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL,
            "organization": os.environ.get("OPENAI_ORG_ID") or None,
            "project": os.environ.get("OPENAI_PROJECT_ID") or None,
        }
        settings.update(overrides)
        if not settings["token"]:
            raise ValueError("no API key: set the OPENAI_API_KEY environment variable or pass token=")
        return cls(**settings)

    @classmethod
    def _azure_from_env(cls, **overrides: Any) -> Self:
        endpoint = overrides.pop("endpoint", None) or os.environ.get("AZURE_OPENAI_ENDPOINT")
        if not endpoint:
            raise ValueError("no Azure endpoint: set the AZURE_OPENAI_ENDPOINT environment variable or pass endpoint=")
        token_provider = overrides.pop("token_provider", None)
        api_key = overrides.pop("api_key", None) or (None if token_provider else os.environ.get("AZURE_OPENAI_API_KEY"))
        if not api_key and token_provider is None:
            raise ValueError(
                "no Azure credential: set the AZURE_OPENAI_API_KEY environment variable or pass token_provider="
            )
        api_version = overrides.pop("api_version", None) or os.environ.get("OPENAI_API_VERSION") or None
        return cls.for_azure(
            endpoint, api_key=api_key, token_provider=token_provider, api_version=api_version, **overrides
        )

    def _auth_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self.organization is not None:
            headers["OpenAI-Organization"] = self.organization
        if self.project is not None:
            headers["OpenAI-Project"] = self.project
        if self.token_provider is None:
            headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
        return headers

    def _auth(self) -> httpx.Auth | None:
        return _BearerFromProvider(self.token_provider) if self.token_provider is not None else None

    def __repr__(self) -> str:
        return (
            f"AuthenticatedClient(base_url={self._base_url!r}, token=<redacted>, "
            f"organization={self.organization!r}, project={self.project!r}, "
            f"headers={redacted(self._headers)!r}, max_retries={self.max_retries!r})"
        )


class _BearerFromProvider(httpx.Auth):
    """Sets `Authorization: Bearer <token>` from a provider called for every request."""

    def __init__(self, provider: Callable[[], str]) -> None:
        self._provider = provider

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._provider()
        _check_token(token)
        request.headers["Authorization"] = f"Bearer {token}"
        yield request
