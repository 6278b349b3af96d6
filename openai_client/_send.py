"""Building and sending one request: its checked parts, per-call options, and errors that say where.

Every endpoint function ends here. What a caller passes is checked before anything is sent
(`path_param`, `query_param`, `request_body`): a value that breaks the spec raises
InvalidRequestError naming it. A transport failure becomes `APIConnectionError` or
`APITimeoutError` naming the method, the URL (without its query string) and how many
attempts were made; for a request that may already have acted (a POST that reached the
server), it says so and how to find out. No header value of the request appears in the
message or in the chained causes a traceback shows.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from . import errors
from ._limits import check_limits
from ._model import Model
from ._operation import OPERATION_EXTENSION, Operation
from ._retries import ATTEMPTS_EXTENSION, NEVER_SENT
from .api._limits import PARAMETER_LIMITS, REQUEST_LIMITS
from .client import SENSITIVE_HEADERS, Client, redacted
from .types import Unset

logger = logging.getLogger("openai_client")


M = TypeVar("M", bound=Model)


_PLAIN_ID = re.compile(r"[A-Za-z0-9_-]+")


def path_param(value: object, name: str) -> str:
    """A path parameter, percent-encoded so that no value can change the request's path.

    Encodes `/`, `?`, `#`, `%`, spaces and every other reserved character, and the dots of
    a `.` or `..` segment (which URL normalisation would otherwise resolve away). A value
    that is not a string, or an empty one, would address another object or endpoint: it
    raises InvalidRequestError naming the parameter, before anything is sent.
    """
    if not isinstance(value, str):
        raise errors.InvalidRequestError(f"expected a string ID, got {_type_name(value)}", name)
    if _PLAIN_ID.fullmatch(value):
        return value  # the IDs the API hands out (`run_abc123`): nothing to encode
    segment = quote(value, safe="")
    if not segment:
        raise errors.InvalidRequestError("must not be empty", name)
    if segment in (".", ".."):
        return segment.replace(".", "%2E")
    return segment


def query_param(value: object, name: str, types: tuple[type, ...]) -> Any:
    """A query parameter of one of the JSON `types` (`list` for an array of strings), as httpx sends it."""
    if list in types and isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return [query_param(item, f"{name}[{index}]", (str,)) for index, item in enumerate(value)]
    if isinstance(value, types) and not (isinstance(value, bool) and bool not in types):
        return value  # an enum member is a str
    expected = " or ".join(_QUERY_TYPES[allowed] for allowed in types)
    raise errors.InvalidRequestError(f"expected {expected}, got {_type_name(value)}", name)


_QUERY_TYPES = {str: "a string", int: "an integer", float: "a number", bool: "a boolean", list: "a list"}


def request_body(body: object, model: type[M]) -> dict[str, Any]:
    """`_request_json`, then the spec's limits on it (lengths, ranges, sizes, patterns, enums)."""
    data = _request_json(body, model)
    check_limits(REQUEST_LIMITS.get(model.__name__, ()), data, "body")
    return data


def _request_json(body: object, model: type[M]) -> dict[str, Any]:
    """The JSON of a request body given as its model or as a mapping, checked against the spec.

    Either form gives the same JSON (the mapping is read strictly into the model first); a
    missing field, a value of the wrong type or a field the spec does not know raises
    InvalidRequestError naming its path (`body.thread.messages[0].role`), before sending.
    """
    try:
        if isinstance(body, Mapping):
            return model.from_dict(body, True).to_dict()
        if isinstance(body, model):
            data = body.to_dict()
            model.from_dict(data, True)  # the check: what is sent must read back under the spec
            return data
    except errors.InvalidPayloadError as error:
        raise errors.InvalidRequestError(error.reason, f"body.{error.path}" if error.path else "body") from None
    raise errors.InvalidRequestError(f"expected a {model.__name__} or a dict, got {_type_name(body)}", "body")


def refuse_stream(request_args: Mapping[str, Any]) -> None:
    """Refuse `"stream": true` where a run is read (`sync`/`asyncio`): the answer would be events."""
    if request_args.get("json", {}).get("stream") is True:
        raise errors.InvalidRequestError(
            "asks for server-sent events, which a call that returns the run cannot read: use stream()/astream()",
            "body.stream",
        )


def _type_name(value: object) -> str:
    return "None" if value is None else type(value).__name__


def with_call_options(
    request_args: dict[str, Any],
    *,
    operation: Operation,
    timeout: httpx.Timeout | float | Unset | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Merge one call's options into the request the endpoint built.

    `extra_body` is merged into the JSON body (a parameter newer than this spec can be
    sent today), `extra_query` into the query string, `extra_headers` over the client's
    headers; their keys win over the endpoint's own. The request carries `operation`, for
    the retry transport and the error messages. The endpoint's own parameters are checked
    against the spec's limits first (`limit` 1..100, `include[]` values); `extra_query` is not.
    """
    for name, limits in PARAMETER_LIMITS.get(operation.id, {}).items():
        if name in request_args.get("params", {}):
            check_limits(limits, request_args["params"][name], name)
    request_args["extensions"] = {OPERATION_EXTENSION: operation}
    if not isinstance(timeout, Unset):
        request_args["timeout"] = timeout
    if extra_headers:
        request_args["headers"] = {**request_args.get("headers", {}), **extra_headers}
    if extra_query:
        request_args["params"] = {**request_args.get("params", {}), **extra_query}
    if extra_body:
        if "json" not in request_args and request_args["method"].upper() in ("GET", "DELETE"):
            raise errors.InvalidRequestError(
                f"cannot be sent with a {request_args['method'].upper()} request; use extra_query", "extra_body"
            )
        request_args["json"] = {**request_args.get("json", {}), **extra_body}
    return request_args


def send(client: Client, request_args: dict[str, Any], *, stream: bool = False) -> httpx.Response:
    """Send a request through `client`'s pool; transport failures raise APIConnectionError.

    With `stream`, the body is left unread, for the caller to read as it arrives.
    """
    http = client.get_httpx_client()
    request = client.build_request(http, request_args)
    started = time.monotonic()
    try:
        response = http.send(request, stream=stream, **client.send_options())
    except httpx.TransportError as exc:
        raise transport_error(request, exc) from safe_cause(exc, request)
    log_response(request, response, started)
    return response


async def send_async(client: Client, request_args: dict[str, Any], *, stream: bool = False) -> httpx.Response:
    """Async `send`, with the same errors."""
    http = client.get_async_httpx_client()
    request = client.build_request(http, request_args)
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
    where = f"{request.method} {errors.url_without_query(request)}"
    tries = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
    detail = _scrubbed(str(exc), request)
    cause = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    acted = "" if isinstance(exc, NEVER_SENT) else errors.may_have_acted(request)
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
