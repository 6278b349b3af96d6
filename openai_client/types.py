"""The types every endpoint and model shares: UNSET, and the whole `Response` of a `*_detailed` call."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
from attrs import define, field

from ._unset import UNSET, Unset

T = TypeVar("T")
if TYPE_CHECKING:
    from typing_extensions import TypeVar as DefaultingTypeVar

    from .errors import APIStatusError

    E = DefaultingTypeVar("E", default=Any)
else:
    E = TypeVar("E")


@define
class Response(Generic[T, E]):
    """What a `*_detailed` call returns: the whole answer, whatever its status.

    `parsed` is the model of a 2xx answer (else None); `error` is the operation's error
    model (`ErrorResponse` for this API) read from any other answer whose body is one
    (else None). `parse()` returns the model or raises the error a plain `sync`/`asyncio`
    call would have raised. `Response[RunObject]` is `Response[RunObject, Any]`.
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    http_response: httpx.Response
    """The httpx response itself."""
    error: E | None = None
    failure: APIStatusError | None = field(default=None, repr=False, eq=False)
    """The APIStatusError of a non-2xx answer, made when it was read (what `parse()` raises)."""

    def __class_getitem__(cls, params: Any) -> Any:
        # `Response[RunObject]` at run time too, as type checkers read it (E defaults to Any).
        return super().__class_getitem__(params if isinstance(params, tuple) else (params, Any))  # type: ignore[misc]

    @property
    def request_id(self) -> str | None:
        """The `x-request-id` header, to quote to the API's support."""
        return self.headers.get("x-request-id")

    def parse(self) -> T:
        """The 2xx model; for any other status, raise its typed APIStatusError (NotFoundError, ...)."""
        if not 200 <= self.status_code < 300:
            if self.failure is not None:
                raise self.failure
            from ._response import status_error

            raise status_error(self.http_response)
        return self.parsed  # type: ignore[return-value]  # a 2xx answer is always parsed


__all__ = ["UNSET", "Response", "Unset"]
