"""Errors raised by the client, named as users of the official OpenAI SDK know them.

Every failure this package (and openai_client_helpers) raises is an `OpenAIError`; none
returns `None`. The tree:

    OpenAIError
    +-- InvalidOptionError (ValueError)   a setting or option that cannot work (token, base_url, order, ...)
    +-- ClientClosedError (RuntimeError)  a call through a client that was closed
    +-- InvalidPayloadError (ValueError)  JSON that is not the declared shape (Model.from_dict)
    |   +-- InvalidRequestError           a request built here that breaks the spec, before it is sent
    +-- StreamConsumedError (RuntimeError) a run stream read twice, or after its `with` block
    +-- APIError                          a call to the API failed
        +-- APIConnectionError            no response (refused, reset, DNS, ...)
        |   +-- APITimeoutError           no response in time
        |   +-- IncompleteStreamError     a run stream ended before its `done` event
        +-- APIStatusError                the server answered with a non-2xx status
        |   +-- BadRequestError           400
        |   +-- AuthenticationError       401
        |   +-- PermissionDeniedError     403
        |   +-- NotFoundError             404
        |   +-- ConflictError             409
        |   +-- UnprocessableEntityError  422
        |   +-- RateLimitError            429
        |   +-- InternalServerError       >= 500
        +-- ResponseParseError            a 2xx body that is not JSON or not the declared shape
        |   +-- StreamLimitError          a run stream's line or event over the parser's cap
        +-- StreamEventError              an `error` event in a run stream

`InvalidPayloadError` is what `Model.from_dict` raises on its own, outside any HTTP call;
`ResponseParseError` wraps it for responses. This module holds the classes only: which
error a response means is decided in _response.py.

Every error survives `pickle` and `copy` with its attributes (for process pools and task
queues), and none shows a credential header's value.
"""

from __future__ import annotations

from typing import Any

import httpx

from . import _json

_UNREAD: Any = object()
"""`body` not given: APIStatusError decodes the response's body itself."""


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class _Portable:
    """Pickles and copies by state, since these errors take keyword-only arguments."""

    def __reduce__(self) -> tuple[Any, ...]:
        assert isinstance(self, BaseException)
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class OpenAIError(_Portable, Exception):
    """The root of every error this package raises."""


class InvalidOptionError(OpenAIError, ValueError):
    """A setting or option that cannot work: an empty token, a base URL without a host, an
    `on_error` or `order` that is none of its choices, ..."""


class ClientClosedError(OpenAIError, RuntimeError):
    """A call through a client that was closed (by `close()` or at the end of its `with` block)."""


class StreamConsumedError(OpenAIError, RuntimeError):
    """A run stream read a second time, or after the `with` block that opened it ended."""


class InvalidPayloadError(OpenAIError, ValueError):
    """Decoded JSON does not have the shape the spec declares.

    Attributes:
        reason: What is wrong, for example "required field is missing".
        path: Where, as a field path such as "tools[2].function.name"; "" for the root.
    """

    def __init__(self, reason: str, path: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason

    @classmethod
    def wrap(cls, error: Exception, segment: str) -> InvalidPayloadError:
        """Return `error` as an InvalidPayloadError whose path starts with `segment`."""
        if isinstance(error, InvalidPayloadError):
            if not error.path:
                error.path = segment
            elif error.path.startswith("["):
                error.path = segment + error.path
            else:
                error.path = f"{segment}.{error.path}"
            return error
        if isinstance(error, KeyError):
            return cls("required field is missing", segment)
        return cls(str(error) or type(error).__name__, segment)


class InvalidRequestError(InvalidPayloadError):
    """A request built here breaks the spec (a body field, a path or query parameter); nothing was sent.

    `path` names what is wrong from the argument down: "body.thread.messages[0].role", "thread_id".
    """


class APIError(OpenAIError):
    """Base class of every error a call to the API raises."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(APIError):
    """The request got no response: connection refused or dropped, DNS failure, ..."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request got no response within the timeout."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


def _request_id(response: httpx.Response) -> str | None:
    request_id: str | None = response.headers.get("x-request-id")
    return request_id


class APIStatusError(APIError):
    """The server answered with a non-2xx status.

    Attributes:
        status_code: The HTTP status.
        request_id: The `x-request-id` header, to quote to OpenAI support.
        body: The decoded JSON body, or its text when it is not JSON (as in the official
            SDK); the raw bytes are `response.content`.
        error: The decoded `error` object when the body is an OpenAI error, else None.
        type, param, code: Fields of that error object, when present.
        response: The httpx response.
    """

    def __init__(
        self, message: str, *, response: httpx.Response, error: dict[str, Any] | None, body: Any = _UNREAD
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.request_id = _request_id(response)
        self.body: Any = _decoded_body(response) if body is _UNREAD else body
        self.error = error
        self.type: str | None = str_or_none(error, "type")
        self.param: str | None = str_or_none(error, "param")
        self.code: str | None = str_or_none(error, "code")

    def __str__(self) -> str:
        request_id = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.status_code} {_reason(self.status_code)}: {self.message}{request_id}"


class BadRequestError(APIStatusError):
    """400: the request is malformed or invalid."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such thread, run or step (or path)."""


class ConflictError(APIStatusError):
    """409: the object is in a state that does not allow this now."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests, or the quota is used up."""


class InternalServerError(APIStatusError):
    """>= 500: the server failed."""


class ResponseParseError(APIError):
    """A 2xx response whose body (or a streamed event's data) is not JSON or not the declared shape.

    Attributes:
        status_code: The HTTP status.
        request_id: The `x-request-id` header.
        body: The raw response body (for a stream, the raw `data` of the event at fault).
        path: For a shape error, the field path at fault (see InvalidPayloadError).
        response: The httpx response.
    """

    def __init__(
        self, message: str, *, response: httpx.Response | None, path: str = "", body: bytes | None = None
    ) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code if response is not None else None
        self.request_id = _request_id(response) if response is not None else None
        self.body = body if body is not None else (response.content if response is not None else b"")
        self.path = path

    def __str__(self) -> str:
        request_id = f" (request id {self.request_id})" if self.request_id else ""
        status = f"{self.status_code} response" if self.status_code is not None else "response"
        return f"{status} could not be parsed: {self.message}{request_id}"


class StreamLimitError(ResponseParseError):
    """A line, or the data of one event, of a run stream is larger than the parser's cap
    (`max_event_size`, 16 MiB by default): the stream is refused rather than buffered without bound."""


class StreamEventError(APIError):
    """The server sent an `error` event in a run stream: the run failed on its side.

    Raised after every event before it was delivered. Attributes are those of the
    API's error object: `message`, `code`, `type`, `param`, and `error`, the whole object.
    """

    def __init__(self, error: dict[str, Any]) -> None:
        message = error.get("message") if isinstance(error.get("message"), str) else "the stream reported an error"
        super().__init__(f"the run stream reported an error: {message}")
        self.error = error
        self.code: str | None = str_or_none(error, "code")
        self.type: str | None = str_or_none(error, "type")
        self.param: str | None = str_or_none(error, "param")


class IncompleteStreamError(APIConnectionError):
    """A run stream ended before its `done` event: the connection dropped or an event was cut off.

    Raised after every complete event was delivered, so that the caller learns the run was
    cut off (the run itself may go on: poll it to learn how it ended).
    """


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def class_for_status(status_code: int) -> type[APIStatusError]:
    """The APIStatusError subclass of a non-2xx status (InternalServerError for any 5xx)."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


def _reason(status_code: int) -> str:
    return httpx.codes.get_reason_phrase(status_code) or "Unknown Status"


def str_or_none(error: dict[str, Any] | None, key: str) -> str | None:
    value = None if error is None else error.get(key)
    return value if isinstance(value, str) else None


def _decoded_body(response: httpx.Response) -> Any:
    try:
        return _json.loads(response.content)
    except ValueError:
        return response.content.decode("utf-8", "replace")


def __getattr__(name: str) -> Any:
    # `raise_for_status` and `status_error` read responses: they live in _response.py now.
    if name in ("raise_for_status", "status_error"):
        from . import _response

        return getattr(_response, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidOptionError",
    "InvalidPayloadError",
    "InvalidRequestError",
    "NotFoundError",
    "OpenAIError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "StreamConsumedError",
    "StreamEventError",
    "StreamLimitError",
    "UnprocessableEntityError",
]
