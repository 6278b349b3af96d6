"""Clients: where the API lives, how to authenticate, and the connection pool their calls share.

`AuthenticatedClient` is what the endpoints take. It sends the bearer token (or Azure's
`api-key`), the `OpenAI-Beta: assistants=v2` header the Assistants API requires, and the
optional organization and project headers on every request. The token and the base URL
are checked when the client is built; the token never appears in its repr or in any error
this package raises.

Connections live in a pool that a client and every copy made from it (`with_options`)
share: the settings of each copy (headers, timeout, retries, ...) travel with each request,
so a copy costs no connections of its own. The pool is made on first use, under a lock, and
closed when the last client sharing it is closed; closing a copy closes only the copy.
"""

from __future__ import annotations

import functools
import os
import ssl
import threading
import warnings
from collections.abc import Callable, Generator, Mapping
from types import TracebackType
from typing import Any, Self, TypedDict, Unpack

import httpx

from ._operation import OPERATION_EXTENSION
from ._request import PreparedRequest
from ._retries import DEFAULT_MAX_RETRIES, RETRY_POLICY_EXTENSION, AsyncRetryTransport, RetryPolicy, RetryTransport
from ._unset import Unset
from ._version import __version__
from .errors import ClientClosedError, InvalidOptionError

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""Finite by default: a dead connection fails after 5 s to connect or 60 s without data."""
DEFAULT_AZURE_API_VERSION = "2025-04-01-preview"
"""The newest dated Azure OpenAI API version whose description carries the Assistants API."""
DEFAULT_FOUNDRY_API_VERSION = "v1"
"""The stable api-version of Foundry Agent Service (classic); its servers also answer dated previews."""
FOUNDRY_SCOPE = "https://ai.azure.com/.default"
"""The Microsoft Entra ID scope Foundry Agent Service tokens are issued for."""
FOUNDRY_ENDPOINT_VARIABLES = ("PROJECT_ENDPOINT", "AZURE_AI_PROJECT_ENDPOINT")
"""Where Microsoft's own Azure AI Agents samples read the project endpoint from, first one first."""
_FOUNDRY_COLLECTIONS = frozenset({"assistants", "threads", "files", "vector_stores"})
ASSISTANTS_BETA_HEADERS = {"OpenAI-Beta": "assistants=v2"}
USER_AGENT = f"openai-client/{__version__} python-httpx/{httpx.__version__}"
SENSITIVE_HEADERS = frozenset({"authorization", "api-key", "openai-api-key", "proxy-authorization", "cookie"})
_POOL_SETTINGS = frozenset({"verify_ssl", "httpx_args"})
"""Settings that shape the connections themselves: a copy that changes one gets a pool of its own."""


def _check_token(token: object) -> None:
    """Refuse a token that cannot be sent as a header value, without echoing it."""
    if not isinstance(token, str):
        raise InvalidOptionError(f"token must be a str, not {type(token).__name__}")
    if not token:
        raise InvalidOptionError("token is empty: pass the API key (for example from OPENAI_API_KEY)")
    if token != token.strip():
        raise InvalidOptionError(
            "token has leading or trailing whitespace (a newline from a key file?): strip it first"
        )
    if any(character.isspace() or not character.isprintable() for character in token):
        raise InvalidOptionError("token contains whitespace or control characters: it is not a valid API key")
    if not token.isascii():
        raise InvalidOptionError(
            "token contains non-ASCII characters: it is not a valid API key (a copy-paste artefact?)"
        )


def check_base_url(base_url: object) -> str:
    """`base_url` if requests can be sent to it (an http or https URL with a host), else InvalidOptionError."""
    if not isinstance(base_url, str):
        raise InvalidOptionError(f"base_url must be a str, not {type(base_url).__name__}")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as error:
        raise InvalidOptionError(f"base_url {base_url!r} is not a URL: {error}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidOptionError(
            f"base_url {base_url!r} is not an http:// or https:// URL with a host "
            "(for example https://api.openai.com/v1)"
        )
    return base_url


def azure_base_url(endpoint: str) -> str:
    """`{endpoint}/openai`, whether `endpoint` was given with a trailing `/openai` or `/openai/v1` or not."""
    base = check_base_url(endpoint.strip()).rstrip("/")
    for suffix in ("/openai/v1", "/openai"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
            break
    return f"{base}/openai"


def foundry_base_url(project_endpoint: object) -> str:
    """The project endpoint requests are sent under, from what a user pasted.

    Foundry's project endpoint is ``https://<resource>.services.ai.azure.com/api/projects/<name>``.
    A trailing slash, a query (``?api-version=...``) or an operation path pasted after it
    (``/assistants``, ``/threads/thread_1/runs``, ...) is dropped, so that it is never doubled.
    """
    if not isinstance(project_endpoint, str) or not project_endpoint.strip():
        raise InvalidOptionError(
            "no Foundry project endpoint: pass the project's endpoint "
            "(https://<resource>.services.ai.azure.com/api/projects/<project>), "
            f"or set {FOUNDRY_ENDPOINT_VARIABLES[0]}"
        )
    url = httpx.URL(check_base_url(project_endpoint.strip()))
    segments = [segment for segment in url.path.split("/") if segment]
    for index, segment in enumerate(segments):
        if segment in _FOUNDRY_COLLECTIONS:
            segments = segments[:index]
            break
    path = "/" + "/".join(segments) if segments else ""
    return str(url.copy_with(path=path or "/", query=None, fragment=None)).rstrip("/")


def redacted(headers: Mapping[str, str]) -> dict[str, str]:
    """`headers` with the values of credential headers replaced by `<redacted>`."""
    return {name: "<redacted>" if name.lower() in SENSITIVE_HEADERS else value for name, value in headers.items()}


@functools.lru_cache(maxsize=8)
def _default_tls_context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    """httpx's default TLS context (`verify=True`, the CA bundle, or SSL_CERT_FILE/SSL_CERT_DIR
    when set), made once per process for those variables and shared by every pool.

    httpx builds a context per transport, and building one reads the whole CA bundle (about
    20 ms): an app or a test suite that makes many clients would pay that for each. A context
    is safe to share between connections and threads; any other `verify_ssl` (False, a
    bundle path, an SSLContext of the caller's) is passed to httpx as given.
    """
    return httpx.create_ssl_context(verify=True, trust_env=True)


def _verification(verify: str | bool | ssl.SSLContext) -> str | bool | ssl.SSLContext:
    if verify is True:
        return _default_tls_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    return verify


class _Pool:
    """The connections of one client family: an httpx client per mode, made on first use, under a lock."""

    def __init__(self, verify: str | bool | ssl.SSLContext, httpx_args: Mapping[str, Any]) -> None:
        self._verify = verify
        self._httpx_args = dict(httpx_args)
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._async: httpx.AsyncClient | None = None
        self._users = 0

    def join(self) -> None:
        with self._lock:
            self._users += 1

    def leave(self) -> None:
        with self._lock:
            self._users -= 1

    def close_unused_sync(self) -> httpx.AsyncClient | None:
        """Close the sync connections if no client uses the pool any more; return the async
        client if it is still open then (only `aclose` can close it)."""
        with self._lock:
            if self._users > 0:
                return None
            sync_client, self._sync = self._sync, None
            async_client = self._async if self._async is not None and not self._async.is_closed else None
        if sync_client is not None:
            sync_client.close()
        return async_client

    def take_unused_async(self) -> httpx.AsyncClient | None:
        """The async client, to close, if no client uses the pool any more."""
        with self._lock:
            if self._users > 0:
                return None
            async_client, self._async = self._async, None
            return async_client

    def sync_client(self) -> httpx.Client:
        with self._lock:
            if self._sync is None:
                arguments = dict(self._httpx_args)
                transport = arguments.pop("transport", None) or httpx.HTTPTransport(verify=_verification(self._verify))
                self._sync = httpx.Client(transport=RetryTransport(transport, RetryPolicy()), **arguments)
            return self._sync

    def async_client(self) -> httpx.AsyncClient:
        with self._lock:
            if self._async is None:
                arguments = dict(self._httpx_args)
                transport = arguments.pop("transport", None) or httpx.AsyncHTTPTransport(
                    verify=_verification(self._verify)
                )
                self._async = httpx.AsyncClient(transport=AsyncRetryTransport(transport, RetryPolicy()), **arguments)
            return self._async

    def is_open(self) -> bool:
        """Whether connections were made that no `close`/`aclose` has closed yet."""
        with self._lock:
            return any(client is not None and not client.is_closed for client in (self._sync, self._async))

    def use_sync(self, client: httpx.Client) -> None:
        with self._lock:
            self._sync = client

    def use_async(self, client: httpx.AsyncClient) -> None:
        with self._lock:
            self._async = client


class ClientOptions(TypedDict, total=False):
    """The settings of `Client` (and of `with_options` on one), each as the constructor takes it."""

    base_url: str
    cookies: Mapping[str, str] | None
    headers: Mapping[str, str] | None
    default_query: Mapping[str, str] | None
    timeout: httpx.Timeout | float | None
    verify_ssl: str | bool | ssl.SSLContext
    follow_redirects: bool
    httpx_args: Mapping[str, Any] | None
    max_retries: int
    retry_policy: RetryPolicy | None
    strict_response_validation: bool


class AuthenticatedClientOptions(ClientOptions, total=False):
    """The settings of `AuthenticatedClient`: those of `Client` and its credentials."""

    api_key: str | None
    token: str | None
    organization: str | None
    project: str | None
    prefix: str
    auth_header_name: str
    token_provider: Callable[[], str] | None


class FromEnvOptions(AuthenticatedClientOptions, total=False):
    """What `AuthenticatedClient.from_env` takes over the environment: any setting, and the
    Azure endpoint, the Foundry project endpoint and the api-version."""

    endpoint: str
    project_endpoint: str
    api_version: str


class Client:
    """Settings for calls that need no API key (for example through a proxy that adds it).

    Keyword arguments:

        ``base_url``: Where the API lives; default ``https://api.openai.com/v1``. Checked here:
        an http or https URL with a host.

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

        ``httpx_args``: More arguments for ``httpx.Client``/``httpx.AsyncClient`` (limits,
        proxy, ...). A ``transport`` given here is wrapped by the retry transport.

    Use it as a context manager (``with`` / ``async with``) or call ``close()`` /
    ``aclose()`` when done: both mean the same, and a closed client refuses further calls
    with ``ClientClosedError``. Copies made with ``with_options`` share its connections.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        cookies: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        self._base_url = check_base_url(base_url)
        self._cookies = dict(cookies or {})
        self._headers = dict(headers or {})
        self._default_query = dict(default_query or {})
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self.max_retries = max_retries
        self._retry_policy = retry_policy
        self.strict_response_validation = strict_response_validation
        self._pool = _Pool(verify_ssl, self._httpx_args)
        self._pool.join()
        self._closed = False
        self._request_headers: httpx.Headers | None = None

    def __setattr__(self, name: str, value: Any) -> None:
        # A setting changed after use (`client.token = ...`) must reach the next request:
        # the headers built once per client are built again.
        object.__setattr__(self, name, value)
        if name not in ("_request_headers", "_closed", "_pool"):
            object.__setattr__(self, "_request_headers", None)

    def _settings(self) -> dict[str, Any]:
        """The constructor arguments that make a client like this one (for copies and pickles)."""
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "default_query": self._default_query,
            "timeout": self._timeout,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "httpx_args": self._httpx_args,
            "max_retries": self.max_retries,
            "retry_policy": self._retry_policy,
            "strict_response_validation": self.strict_response_validation,
        }

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout | float | None:
        """The timeout each request of this client gets, unless a call passes its own."""
        return self._timeout

    @property
    def retry_policy(self) -> RetryPolicy:
        """The policy in force: `retry_policy` when given, else the default with `max_retries`."""
        if self._retry_policy is not None:
            return self._retry_policy
        return RetryPolicy(max_retries=self.max_retries)

    @property
    def closed(self) -> bool:
        return self._closed

    def with_options(self, **changes: Unpack[ClientOptions]) -> Self:
        """A new client like this one with some settings changed, as the official SDK's.

        Takes any constructor argument (``timeout=``, ``max_retries=``, ``headers=``, ...);
        ``headers`` are added to this client's. The original is unchanged. The copy shares
        this client's connections (unless it changes ``verify_ssl`` or ``httpx_args``);
        closing it does not close them while this client is open.
        """
        return self._copy_with(dict(changes))

    def _copy_with(self, changes: dict[str, Any]) -> Self:
        if "headers" in changes:
            changes["headers"] = {**self._headers, **(changes["headers"] or {})}
        settings, aliases = self._settings(), self._aliases()
        unknown = set(changes) - set(settings) - set(aliases)
        if unknown:
            raise InvalidOptionError(f"with_options got settings clients do not have: {', '.join(sorted(unknown))}")
        for alias in set(aliases) & set(changes):
            settings.pop(aliases[alias], None)
        copy = type(self)(**{**settings, **changes})
        if not _POOL_SETTINGS & set(changes):
            copy._pool.leave()
            copy._pool = self._pool
            self._pool.join()
        return copy

    def _aliases(self) -> dict[str, str]:
        """Settings taken under a second name: that name -> the setting (`api_key` -> `token`)."""
        return {}

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """A new client like this one, with more headers (see `with_options`)."""
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: httpx.Timeout | float | None) -> Self:
        """A new client like this one, with another timeout (see `with_options`)."""
        return self.with_options(timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Send this client's calls through `client`, whose transport and limits are then used as they are."""
        self._pool.use_sync(client)
        return self

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Send this client's async calls through `async_client`."""
        self._pool.use_async(async_client)
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client of the shared pool (made on first use); ClientClosedError once closed."""
        self._check_open()
        return self._pool.sync_client()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient of the shared pool (made on first use); ClientClosedError once closed."""
        self._check_open()
        return self._pool.async_client()

    def build_request(
        self, http: httpx.Client | httpx.AsyncClient, request: PreparedRequest | Mapping[str, Any]
    ) -> httpx.Request:
        """The httpx request for `request` (a PreparedRequest, or httpx's keyword arguments for one
        sent by hand), with this client's URL, headers, query, timeout and retry policy."""
        if not isinstance(request, PreparedRequest):
            request = PreparedRequest.from_mapping(request)
        if self._request_headers is None:  # the same for every request of this client: built once
            self._request_headers = httpx.Headers(self._all_headers())
        headers = self._request_headers
        if request.headers:
            headers = httpx.Headers(headers)
            headers.update(request.headers)
        params = {**self._default_query, **request.params} if request.params else self._default_query
        return http.build_request(
            request.method,
            self._base_url.rstrip("/") + request.url,
            params=params or None,  # no query to merge: the URL is parsed once
            headers=headers,
            cookies=self._cookies or None,
            json=request.json,
            timeout=self._timeout if isinstance(request.timeout, Unset) else request.timeout,
            extensions={OPERATION_EXTENSION: request.operation, RETRY_POLICY_EXTENSION: self.retry_policy},
        )

    def send_options(self) -> dict[str, Any]:
        """The per-request arguments of `httpx.Client.send` for this client's calls."""
        return {"auth": self._auth(), "follow_redirects": self._follow_redirects}

    def close(self) -> None:
        """Close this client: further calls raise ClientClosedError. The connections close with the
        last client sharing them; after async calls, use `aclose` (or `async with`), which closes
        the async connections too (`close` cannot, and warns with a ResourceWarning)."""
        if not self._closed:
            self._closed = True
            self._pool.leave()
        if self._pool.close_unused_sync() is not None:
            warnings.warn(
                "a client was closed with close() while its async connections were open: "
                "use `await client.aclose()` (or `async with`) after async calls",
                ResourceWarning,
                stacklevel=2,
            )

    async def aclose(self) -> None:
        """Async `close`: also closes the async connections when no other client shares them."""
        if not self._closed:
            self._closed = True
            self._pool.leave()
        self._pool.close_unused_sync()
        async_client = self._pool.take_unused_async()
        if async_client is not None:
            await async_client.aclose()

    def __enter__(self) -> Self:
        self._check_open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        self._check_open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    def __reduce__(self) -> tuple[Any, ...]:
        # Connections cannot be pickled or copied: a copy opens its own on first use.
        return (_rebuild, (type(self), self._settings()))

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError(
                f"this {type(self).__name__} was closed (by close() or at the end of its `with` block); "
                "make a new one, or call with_options() on a client that is still open"
            )

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def _auth(self) -> httpx.Auth | None:
        return None

    def _all_headers(self) -> dict[str, str]:
        return {"User-Agent": USER_AGENT, **ASSISTANTS_BETA_HEADERS, **self._headers, **self._auth_headers()}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, headers={redacted(self._headers)!r})"


def _rebuild(cls: type[Client], settings: dict[str, Any]) -> Client:
    return cls(**settings)


class AuthenticatedClient(Client):
    """Settings for calls to the API with an API key; what the endpoints take.

    ``api_key`` (keyword-only, the official SDK's name; ``token`` is the same setting under
    its older name: give one) is sent as ``Authorization: Bearer <key>``; it is checked here
    (empty, whitespace or control characters raise ``InvalidOptionError``, a ``ValueError``).
    ``token_provider``, a callable returning a bearer token, is called for every request
    instead (Microsoft Entra ID tokens expire). ``organization`` and ``project``, when given,
    are sent as ``OpenAI-Organization`` and ``OpenAI-Project``. Every other keyword is as for
    ``Client``; all are typed, so a type checker names a misspelt one.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        api_key: str | None = None,
        token: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        token_provider: Callable[[], str] | None = None,
        cookies: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: Mapping[str, Any] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        if api_key is not None and token is not None:
            raise InvalidOptionError("give api_key or token, not both: they are the same setting (the API key)")
        key = api_key if api_key is not None else token
        if token_provider is None:
            if not key:
                said = "no API key" if key is None else "the API key is empty"
                raise InvalidOptionError(
                    f"{said}: pass api_key= (for example from OPENAI_API_KEY), or token_provider= for bearer tokens"
                )
            _check_token(key)
        self.token = key or ""
        self.organization = organization
        self.project = project
        self.prefix = prefix
        self.auth_header_name = auth_header_name
        self.token_provider = token_provider
        """Called before every request for a fresh bearer token (for example a Microsoft Entra
        ID token); used instead of ``token``, so that tokens can expire and be renewed."""
        super().__init__(
            base_url,
            cookies=cookies,
            headers=headers,
            default_query=default_query,
            timeout=timeout,
            verify_ssl=verify_ssl,
            follow_redirects=follow_redirects,
            httpx_args=httpx_args,
            max_retries=max_retries,
            retry_policy=retry_policy,
            strict_response_validation=strict_response_validation,
        )

    @property
    def api_key(self) -> str:
        """The API key (the official SDK's name for `token`)."""
        return self.token

    @api_key.setter
    def api_key(self, value: str) -> None:
        self.token = value

    def with_options(self, **changes: Unpack[AuthenticatedClientOptions]) -> Self:
        """A new client like this one with some settings changed (see `Client.with_options`);
        ``api_key=`` (or ``token=``) replaces the key."""
        return self._copy_with(dict(changes))

    def _aliases(self) -> dict[str, str]:
        return {"api_key": "token"}

    def _settings(self) -> dict[str, Any]:
        return {
            **super()._settings(),
            "token": self.token,
            "organization": self.organization,
            "project": self.project,
            "prefix": self.prefix,
            "auth_header_name": self.auth_header_name,
            "token_provider": self.token_provider,
        }

    @classmethod
    def for_azure(
        cls,
        endpoint: str,
        *,
        api_key: str | None = None,
        token_provider: Callable[[], str] | None = None,
        api_version: str = DEFAULT_AZURE_API_VERSION,
        **options: Unpack[ClientOptions],
    ) -> Self:
        """A client for Azure OpenAI, as Azure describes its Assistants API.

        Requests go to ``{endpoint}/openai/threads/...?api-version=...``: ``endpoint`` is the
        resource's URL (``https://NAME.openai.azure.com``; a trailing ``/openai`` or
        ``/openai/v1`` is dropped, not doubled). ``api_version`` is sent on every request;
        Azure answers a request without one with 404, and only its dated versions carry the
        Assistants API: the default is 2025-04-01-preview, the newest that does. Give
        ``api_key`` (sent as the ``api-key`` header) or ``token_provider`` (a callable
        returning a Microsoft Entra ID token, called per request and sent as
        ``Authorization: Bearer``). ``base_url=`` overrides the URL (for a gateway in front).
        """
        if (api_key is None) == (token_provider is None):
            raise InvalidOptionError("give exactly one of api_key or token_provider")
        if not api_version:
            raise InvalidOptionError(
                "api_version is empty: Azure answers every request without one with 404; "
                f"give a dated version that carries the Assistants API, such as {DEFAULT_AZURE_API_VERSION}"
            )
        settings: dict[str, Any] = {"base_url": azure_base_url(endpoint), **options}
        settings["default_query"] = {**(settings.get("default_query") or {}), "api-version": api_version}
        if api_key is not None:
            return cls(token=api_key, prefix="", auth_header_name="api-key", **settings)
        return cls(token_provider=token_provider, **settings)

    @classmethod
    def for_foundry(
        cls,
        project_endpoint: str,
        *,
        token_provider: Callable[[], str],
        api_version: str = DEFAULT_FOUNDRY_API_VERSION,
        **options: Unpack[ClientOptions],
    ) -> Self:
        """A client for Microsoft Foundry Agent Service (classic), "Azure AI Agents".

        Requests go to ``{project_endpoint}/threads/...?api-version=...``: ``project_endpoint``
        is the project's URL (``https://<resource>.services.ai.azure.com/api/projects/<project>``,
        as the portal shows it; a trailing slash, a query or a pasted operation path such as
        ``/assistants`` is dropped, not doubled). ``token_provider`` is any callable returning a
        Microsoft Entra ID token for the scope ``https://ai.azure.com/.default``; it is called
        for every request (tokens expire) and sent as ``Authorization: Bearer``. azure-identity's
        ``get_bearer_token_provider(credential, FOUNDRY_SCOPE)`` returns one. ``api_version`` is
        sent on every request (default ``v1``, the stable version; dated previews such as
        ``2025-05-15-preview`` carry MCP tools and approvals). ``base_url=`` overrides the URL.
        """
        if token_provider is None or not callable(token_provider):
            raise InvalidOptionError(
                "for_foundry needs token_provider=, a callable returning a Microsoft Entra ID token for "
                f"{FOUNDRY_SCOPE} (for example azure.identity.get_bearer_token_provider(credential, "
                f"{FOUNDRY_SCOPE!r})); Foundry Agent Service takes no API keys"
            )
        if not api_version:
            raise InvalidOptionError(
                f"api_version is empty: Foundry needs one on every request, such as {DEFAULT_FOUNDRY_API_VERSION}"
            )
        settings: dict[str, Any] = {"base_url": foundry_base_url(project_endpoint), **options}
        settings["default_query"] = {**(settings.get("default_query") or {}), "api-version": api_version}
        return cls(token_provider=token_provider, **settings)

    @classmethod
    def from_env(cls, *, azure: bool = False, foundry: bool = False, **given: Unpack[FromEnvOptions]) -> Self:
        """A client configured as the official SDK is, from the environment.

        Reads ``OPENAI_API_KEY`` (required), ``OPENAI_BASE_URL`` (default
        ``https://api.openai.com/v1``), ``OPENAI_ORG_ID`` and ``OPENAI_PROJECT_ID``. With
        ``azure=True``, as the SDK's ``AzureOpenAI``: ``AZURE_OPENAI_ENDPOINT`` (required),
        ``AZURE_OPENAI_API_KEY`` (required unless ``token_provider=`` is given) and
        ``OPENAI_API_VERSION`` (default 2025-04-01-preview). Keyword arguments override what
        the environment says.

        With ``foundry=True``, as Microsoft's Azure AI Agents samples: ``PROJECT_ENDPOINT``
        (or ``AZURE_AI_PROJECT_ENDPOINT``; required unless ``project_endpoint=`` is given), and
        ``token_provider=`` (required: a token cannot come from the environment). See
        `for_foundry`.
        """
        overrides: dict[str, Any] = dict(given)
        if azure and foundry:
            raise InvalidOptionError("give azure=True or foundry=True, not both")
        if azure:
            return cls._azure_from_env(**overrides)
        if foundry:
            return cls._foundry_from_env(**overrides)
        settings: dict[str, Any] = {
            "token": os.environ.get("OPENAI_API_KEY"),
            "base_url": os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL,
            "organization": os.environ.get("OPENAI_ORG_ID") or None,
            "project": os.environ.get("OPENAI_PROJECT_ID") or None,
        }
        if "api_key" in overrides:  # the SDK's name for the key
            overrides["token"] = overrides.pop("api_key")
        settings.update(overrides)
        if not settings["token"]:
            raise InvalidOptionError("no API key: set the OPENAI_API_KEY environment variable or pass api_key=")
        return cls(**settings)

    @classmethod
    def _azure_from_env(cls, **overrides: Any) -> Self:
        endpoint = overrides.pop("endpoint", None) or os.environ.get("AZURE_OPENAI_ENDPOINT")
        if not endpoint:
            raise InvalidOptionError(
                "no Azure endpoint: set the AZURE_OPENAI_ENDPOINT environment variable or pass endpoint="
            )
        token_provider = overrides.pop("token_provider", None)
        api_key = overrides.pop("api_key", None) or (None if token_provider else os.environ.get("AZURE_OPENAI_API_KEY"))
        if not api_key and token_provider is None:
            raise InvalidOptionError(
                "no Azure credential: set the AZURE_OPENAI_API_KEY environment variable or pass token_provider="
            )
        api_version = (
            overrides.pop("api_version", None) or os.environ.get("OPENAI_API_VERSION") or DEFAULT_AZURE_API_VERSION
        )
        return cls.for_azure(
            endpoint, api_key=api_key, token_provider=token_provider, api_version=api_version, **overrides
        )

    @classmethod
    def _foundry_from_env(cls, **overrides: Any) -> Self:
        endpoint = overrides.pop("project_endpoint", None) or next(
            (os.environ[name] for name in FOUNDRY_ENDPOINT_VARIABLES if os.environ.get(name)), None
        )
        if not endpoint:
            raise InvalidOptionError(
                f"no Foundry project endpoint: set the {FOUNDRY_ENDPOINT_VARIABLES[0]} environment variable "
                "(the project's endpoint, https://<resource>.services.ai.azure.com/api/projects/<project>) "
                "or pass project_endpoint="
            )
        token_provider = overrides.pop("token_provider", None)
        api_version = overrides.pop("api_version", None) or DEFAULT_FOUNDRY_API_VERSION
        return cls.for_foundry(endpoint, token_provider=token_provider, api_version=api_version, **overrides)

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
