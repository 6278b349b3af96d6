"""The one call path of every endpoint: prepare, send, read.

An endpoint function is a typed face over these: it passes its operation's row, the
client, its parameters in table order, its body and the per-call options. `call` and
`acall` return what a 2xx answer reads as (or raise the typed error); `call_detailed` and
`acall_detailed` return the whole `Response`. Streams open in streaming.py, on the same
`prepare` and `send`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._operation import E, Operation, R
from ._request import Timeout, prepare
from ._response import read, read_detailed
from ._send import send, send_async
from .types import Response

if TYPE_CHECKING:
    from .client import Client


def call(
    operation: Operation[R, E],
    client: Client,
    values: tuple[object, ...],
    body: object,
    timeout: Timeout,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> R:
    """Send one call of `operation` and return its 2xx answer, read; raise the typed error otherwise."""
    prepared = prepare(operation, values, body, timeout, extra_headers, extra_query, extra_body)
    response = send(client, prepared)
    result: R = read(operation, response, client.strict_response_validation)
    return result


def call_detailed(
    operation: Operation[R, E],
    client: Client,
    values: tuple[object, ...],
    body: object,
    timeout: Timeout,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> Response[R, E]:
    """Send one call of `operation` and return its whole answer, whatever its status."""
    prepared = prepare(operation, values, body, timeout, extra_headers, extra_query, extra_body)
    response = send(client, prepared)
    return read_detailed(operation, response, client.strict_response_validation)


async def acall(
    operation: Operation[R, E],
    client: Client,
    values: tuple[object, ...],
    body: object,
    timeout: Timeout,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> R:
    """Async `call`."""
    prepared = prepare(operation, values, body, timeout, extra_headers, extra_query, extra_body)
    response = await send_async(client, prepared)
    result: R = read(operation, response, client.strict_response_validation)
    return result


async def acall_detailed(
    operation: Operation[R, E],
    client: Client,
    values: tuple[object, ...],
    body: object,
    timeout: Timeout,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> Response[R, E]:
    """Async `call_detailed`."""
    prepared = prepare(operation, values, body, timeout, extra_headers, extra_query, extra_body)
    response = await send_async(client, prepared)
    return read_detailed(operation, response, client.strict_response_validation)
