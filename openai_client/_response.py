"""Reading an answer: a 2xx body into its model, any other into its typed error, each body decoded once.

This is the one place that decides what a response means. `read` gives what `sync` and
`asyncio` return (the model, or the raw `httpx.Response` of an operation whose answer has
no schema) or raises the error; `read_detailed` gives the whole `Response` of the
`*_detailed` calls, its error body read as the operation's error model and its
APIStatusError made at once, so that `Response.parse()` raises it without decoding again.
"""

from __future__ import annotations

from typing import Any

import httpx

from . import _json, errors
from ._operation import ModelRef, Operation, operation_of
from .types import Response

_MAX_BODY_IN_MESSAGE = 200
_NOT_JSON: Any = object()


def read(operation: Operation[Any, Any], response: httpx.Response, strict: bool) -> Any:
    """The 2xx answer read as the operation's response model; any other status raises its APIStatusError."""
    if not 200 <= response.status_code < 300:
        raise status_error(response)
    return _read_success(operation.response, response, strict)


def read_detailed(operation: Operation[Any, Any], response: httpx.Response, strict: bool) -> Response[Any, Any]:
    """The whole answer: `parsed` for a 2xx, else `error` (the error model, when the body is one)."""
    if 200 <= response.status_code < 300:
        parsed = _read_success(operation.response, response, strict)
        return Response(response.status_code, response.content, response.headers, parsed, response)
    body = _decoded(response)
    failure = status_error(response, body)
    error = _read_error(operation.error, body, strict)
    return Response(response.status_code, response.content, response.headers, None, response, error, failure)


def _read_success(model: ModelRef | None, response: httpx.Response, strict: bool) -> Any:
    if model is None:
        return response  # an answer without a schema: the caller reads it as it likes
    data = decode_json(response)
    try:
        return model.resolve().from_dict(data, strict)
    except errors.InvalidPayloadError as error:
        raise errors.ResponseParseError(
            f"body does not match the declared shape: {error}", response=response, path=error.path
        ) from error


def _read_error(model: ModelRef | None, body: Any, strict: bool) -> Any:
    """An error body read as the error model, or None when it is not one (not JSON, not an object,
    without the keys the model requires, or not of its shape)."""
    if model is None or not isinstance(body, dict) or not all(key in body for key in model.requires):
        return None
    try:
        return model.resolve().from_dict(body, strict)
    except errors.InvalidPayloadError:
        return None


def decode_json(response: httpx.Response) -> Any:
    """The decoded JSON body of a 2xx response, or ResponseParseError."""
    try:
        return _json.loads(response.content)
    except ValueError as exc:
        raise errors.ResponseParseError(
            f"body is not valid JSON ({_body_preview(response)})", response=response
        ) from exc


def _decoded(response: httpx.Response) -> Any:
    try:
        return _json.loads(response.content)
    except ValueError:
        return _NOT_JSON


def status_error(response: httpx.Response, body: Any = _NOT_JSON) -> errors.APIStatusError:
    """The typed error for a non-2xx response (`body`: its content, decoded by the caller)."""
    if body is _NOT_JSON:
        body = _decoded(response)
    error = body.get("error") if isinstance(body, dict) else None
    error = error if isinstance(error, dict) else None
    message = errors.str_or_none(error, "message") or _body_preview(response)
    message = " ".join(message.split())
    if response.status_code >= 500:
        request = _request_of(response)
        if request is not None:
            message += operation_of(request).advice(request)
    shown = response.content.decode("utf-8", "replace") if body is _NOT_JSON else body
    return errors.class_for_status(response.status_code)(message, response=response, error=error, body=shown)


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed APIStatusError for a non-2xx response; do nothing for 2xx."""
    if not 200 <= response.status_code < 300:
        raise status_error(response)


def _body_preview(response: httpx.Response) -> str:
    """A one-line description of a body that is not an OpenAI error object."""
    if not response.content:
        return "empty body"
    content_type = response.headers.get("content-type", "unknown content type").split(";")[0]
    if content_type.startswith("text/html"):
        return f"HTML page of {len(response.content)} bytes"
    text = " ".join(response.content[:_MAX_BODY_IN_MESSAGE].decode("utf-8", "replace").split())
    more = "..." if len(response.content) > _MAX_BODY_IN_MESSAGE else ""
    return f"{text}{more}"


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built by hand has none
        return None
