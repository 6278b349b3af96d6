"""The types every endpoint and model shares: UNSET, and the whole `Response` of a `*_detailed` call."""

from __future__ import annotations

import enum
from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

import httpx
from attrs import define

from . import errors

if TYPE_CHECKING:
    from .models.error_response import ErrorResponse


class Unset(enum.Enum):
    """The type of UNSET: an optional field left out of the JSON (as opposed to `null`).

    An enum of one member, so that it stays one object through pickle and copy, and so that
    type checkers narrow `x is UNSET` / `x is not UNSET`.
    """

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Literal[Unset.UNSET] = Unset.UNSET

T = TypeVar("T")


@define
class Response(Generic[T]):
    """What a `*_detailed` call returns: the whole answer, whatever its status.

    `parsed` is the model of a 2xx answer (else None); `error` is the API's error object of
    any other answer whose body is one (else None). `parse()` returns the model or raises
    the error a plain `sync`/`asyncio` call would have raised.
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    http_response: httpx.Response
    """The httpx response itself."""
    error: ErrorResponse | None = None

    @property
    def request_id(self) -> str | None:
        """The `x-request-id` header, to quote to the API's support."""
        return self.headers.get("x-request-id")

    def parse(self) -> T:
        """The 2xx model; for any other status, raise its typed APIStatusError (NotFoundError, ...)."""
        if self.parsed is None:
            raise errors.status_error(self.http_response)
        return self.parsed


__all__ = ["UNSET", "Response", "Unset"]
