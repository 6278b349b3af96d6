"""The error answers of the local server, shaped as the API's (and Azure's gateway's) are."""

from __future__ import annotations

from typing import Any

JSON = dict[str, Any]


class ApiError(Exception):
    """An error answer: HTTP status and the API's error object."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        type: str = "invalid_request_error",
    ) -> None:
        super().__init__(message)
        self.status = status
        self.headers: dict[str, str] = {}
        self.body: JSON = {"error": {"message": message, "type": type, "param": param, "code": code}}

    @classmethod
    def not_found(cls, kind: str, object_id: str) -> ApiError:
        return cls(404, f"No {kind} found with id '{object_id}'.")

    @classmethod
    def azure(cls, status: int, code: str, message: str) -> ApiError:
        """An error as Azure's gateway answers it, before the request reaches the Assistants API."""
        error = cls(status, message)
        error.body = {"error": {"code": code, "message": message}}
        return error


STATUS_ERRORS: dict[int, tuple[str, str, str | None]] = {
    400: ("Bad request.", "invalid_request_error", None),
    401: ("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"),
    403: ("You are not allowed to sample from this model.", "invalid_request_error", None),
    404: ("Not found.", "invalid_request_error", None),
    409: ("Another request changed this object; try again.", "invalid_request_error", None),
    429: ("Rate limit reached for requests. Please try again later.", "requests", "rate_limit_exceeded"),
    500: ("The server had an error while processing your request. Sorry about that!", "server_error", None),
    502: ("Bad gateway.", "server_error", None),
    503: ("The engine is currently overloaded, please try again later.", "server_error", None),
}
"""What the API says with each status, for injected faults (message, type, code)."""


def injected(status: int) -> ApiError:
    message, kind, code = STATUS_ERRORS.get(status, (f"Injected failure ({status}).", "server_error", None))
    return ApiError(status, message, type=kind, code=code)


def server_error(error: Exception) -> ApiError:
    """A bug of the local server, answered as the API answers its own: a 500, never a dropped connection."""
    return ApiError(
        500,
        f"The server had an error while processing your request ({type(error).__name__}).",
        type="server_error",
    )
