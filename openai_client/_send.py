"""Sending one prepared request through a client's pool, and errors that say where it failed.

A transport failure becomes `APIConnectionError` or
`APITimeoutError` naming the method, the URL (without its query string) and how many
attempts were made; for a request that may already have acted (a POST that reached the
server), it says so and how to find out. No header value of the request appears in the
message or in the chained causes a traceback shows.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import httpx

from . import errors
from ._operation import operation_of
from ._request import PreparedRequest
from ._retries import ATTEMPTS_EXTENSION, NEVER_SENT
from .client import SENSITIVE_HEADERS, redacted

if TYPE_CHECKING:
    from .client import Client

logger = logging.getLogger("openai_client")


def send(client: Client, prepared: PreparedRequest, *, stream: bool = False) -> httpx.Response:
    """Send a request through `client`'s pool; transport failures raise APIConnectionError.

    With `stream`, the body is left unread, for the caller to read as it arrives.
    """
    http = client.get_httpx_client()
    request = client.build_request(http, prepared)
    started = time.monotonic()
    try:
        response = http.send(request, stream=stream, **client.send_options())
    except httpx.TransportError as exc:
        raise transport_error(request, exc) from safe_cause(exc, request)
    log_response(request, response, started)
    return response


async def send_async(client: Client, prepared: PreparedRequest, *, stream: bool = False) -> httpx.Response:
    """Async `send`, with the same errors."""
    http = client.get_async_httpx_client()
    request = client.build_request(http, prepared)
    started = time.monotonic()
    try:
        response = await http.send(request, stream=stream, **client.send_options())
    except httpx.TransportError as exc:
        raise transport_error(request, exc) from safe_cause(exc, request)
    log_response(request, response, started)
    return response


def transport_error(request: httpx.Request, exc: httpx.TransportError) -> errors.APIConnectionError:
    """The typed error for a request that got no (complete) response."""
    attempts = request.extensions.get(ATTEMPTS_EXTENSION, 1)
    where = f"{request.method} {url_without_query(request)}"
    tries = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
    detail = _scrubbed(str(exc), request)
    cause = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    acted = "" if isinstance(exc, NEVER_SENT) else operation_of(request).advice(request)
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"{where} timed out ({cause}) {tries}.{acted}", request=request)
    return errors.APIConnectionError(f"{where} failed: connection error ({cause}) {tries}.{acted}", request=request)


def _secrets(request: httpx.Request) -> list[str]:
    """The credential header values of `request`, as they may appear in an error's text:
    whole, without a `Bearer` scheme, and escaped as a bytes repr shows them."""
    values = [value for name, value in request.headers.items() if name.lower() in SENSITIVE_HEADERS and value]
    values += [value.split(" ", 1)[1] for value in values if " " in value]
    values += [repr(value.encode("utf-8", "replace"))[2:-1] for value in values]
    return [value for value in dict.fromkeys(values) if len(value) >= 4]


def _scrubbed(text: str, request: httpx.Request) -> str:
    for secret in _secrets(request):
        text = text.replace(secret, "<redacted>")
    return text


def safe_cause(exc: BaseException, request: httpx.Request) -> BaseException | None:
    """`exc` to chain as the cause, or None when it or its own causes show a secret."""
    secrets = _secrets(request)
    seen: BaseException | None = exc
    while seen is not None:
        text = str(seen) + repr(seen.args)
        if any(secret in text for secret in secrets):
            return None
        seen = seen.__cause__ or seen.__context__
    return exc


def log_response(request: httpx.Request, response: httpx.Response, started: float) -> None:
    """One line per request at info level (the OPENAI_LOG format); headers and sizes at debug."""
    if not logger.isEnabledFor(logging.INFO):
        return
    attempts = request.extensions.get(ATTEMPTS_EXTENSION, 1)
    logger.info(
        "%s %s -> %d (request id %s) in %.0f ms, retry %d",
        request.method,
        request.url.path,
        response.status_code,
        response.headers.get("x-request-id", "-"),
        (time.monotonic() - started) * 1000.0,
        attempts - 1,
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "request headers %s, %d body bytes; response headers %s",
            redacted(request.headers),
            len(request.content),
            redacted(response.headers),
        )


def url_without_query(request: httpx.Request) -> str:
    """The request's URL without its query string (which may carry keys or ids)."""
    return str(request.url.copy_with(query=None, fragment=None))
