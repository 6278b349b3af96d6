"""Run streams: server-sent events in, typed run events out.

The core is sans-I/O, as h11 is: `SSEDecoder` is fed bytes and returns complete
server-sent events; `EventReader` turns those into typed events (`ThreadRunCreated`,
`ThreadMessageDelta`, ...). Neither touches a socket or awaits anything, so the sync and
async streams below are thin loops around the same objects, and tests feed them bytes.

The decoder follows the WHATWG rules for `text/event-stream`: `\\n`, `\\r\\n` and `\\r` line
ends, comment lines (`: keep-alive`), `data` over several lines joined by `\\n`, `id`,
`retry` and unknown fields ignored, `field:value` with or without the space.
"""

from __future__ import annotations

import json
import typing
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any, NamedTuple

import httpx

from . import errors
from ._send import safe_cause, send, send_async, transport_error
from .models import STREAM_EVENTS, StreamEvent, UnknownStreamEvent

if typing.TYPE_CHECKING:
    from .client import Client

_BOM = b"\xef\xbb\xbf"


class ServerSentEvent(NamedTuple):
    """One dispatched server-sent event: its type (`message` when none was named) and its data."""

    event: str
    data: str


class SSEDecoder:
    """Bytes in, complete server-sent events out. Keeps only the unfinished line and event."""

    def __init__(self) -> None:
        self._pending = b""
        self._skip_lf = False
        self._first = True
        self._event = ""
        self._data: list[str] = []

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events completed by `chunk` (none if it ends mid-event)."""
        if self._skip_lf and chunk[:1] == b"\n":
            chunk = chunk[1:]
        self._skip_lf = False
        buffer = self._pending + chunk if self._pending else chunk
        if self._first:
            if len(buffer) < len(_BOM) and _BOM.startswith(buffer):
                self._pending = buffer  # maybe the start of a byte order mark split across chunks
                return []
            self._first = False
            buffer = buffer.removeprefix(_BOM)
        last = max(buffer.rfind(b"\n"), buffer.rfind(b"\r"))
        if last < 0:
            self._pending = buffer
            return []
        complete, self._pending = buffer[: last + 1], buffer[last + 1 :]
        # A CR at the very end may be the first half of a CRLF split across chunks.
        self._skip_lf = complete.endswith(b"\r")
        events: list[ServerSentEvent] = []
        for line in complete.splitlines():
            if not line:
                if self._data:
                    events.append(ServerSentEvent(self._event or "message", "\n".join(self._data)))
                    self._data = []
                self._event = ""
                continue
            field, _, value = line.partition(b":")
            if not field:
                continue  # a comment
            if value[:1] == b" ":
                value = value[1:]
            if field == b"data":
                self._data.append(value.decode("utf-8", "replace"))
            elif field == b"event":
                self._event = value.decode("utf-8", "replace")
        return events

    @property
    def has_partial_event(self) -> bool:
        """Whether bytes or data lines are waiting for the end of their event."""
        return bool(self._pending or self._data)


class EventReader:
    """Server-sent events in, typed run events out (still no I/O).

    `read` returns the typed event, or None for `done`, after which `done` is True. An
    `error` event and a `data` that is not JSON are failures: `read` records them in
    `failure` instead of raising, so that a caller delivers every event before it first.
    """

    def __init__(self, *, strict: bool = False, response: httpx.Response | None = None) -> None:
        self.strict = strict
        self.response = response
        self.done = False
        self.failure: errors.APIError | None = None

    def read(self, sse: ServerSentEvent) -> StreamEvent | None:
        if sse.event == "done":
            self.done = True
            return None
        try:
            data = json.loads(sse.data)
        except ValueError:
            self.failure = errors.ResponseParseError(
                f"the data of a {sse.event!r} event is not JSON: {sse.data[:200]!r}",
                response=self.response,
                body=sse.data.encode(),
            )
            return None
        if sse.event == "error":
            self.failure = errors.StreamEventError(data if isinstance(data, dict) else {"message": str(data)})
            return None
        known = STREAM_EVENTS.get(sse.event)
        if known is None:
            return _unknown_event(sse.event, data)
        event_class, read_data = known
        try:
            event = event_class(data=read_data(data, self.strict))
        except errors.InvalidPayloadError as error:
            self.failure = errors.ResponseParseError(
                f"the data of a {sse.event!r} event does not match the declared shape: {error}",
                response=self.response,
                path=f"data.{error.path}" if error.path else "data",
                body=sse.data.encode(),
            )
            return None
        return event


class EventStreamParser:
    """`SSEDecoder` and `EventReader` together: bytes in, typed events out, failures kept."""

    def __init__(self, *, strict: bool = False, response: httpx.Response | None = None) -> None:
        self._decoder = SSEDecoder()
        self._reader = EventReader(strict=strict, response=response)

    @property
    def done(self) -> bool:
        """Whether the `done` event arrived, or a failure ended the stream."""
        return self._reader.done or self._reader.failure is not None

    def feed(self, chunk: bytes) -> list[StreamEvent]:
        """The typed events completed by `chunk`, up to a failure or `done` (bytes after are ignored)."""
        events: list[StreamEvent] = []
        if self.done:
            return events
        for sse in self._decoder.feed(chunk):
            event = self._reader.read(sse)
            if event is not None:
                events.append(event)
            if self.done:
                break
        return events

    def raise_failure(self) -> None:
        """Raise what went wrong in the events fed so far (an `error` event, bad data), if anything."""
        if self._reader.failure is not None:
            raise self._reader.failure

    def finish(self, request: httpx.Request | None = None) -> None:
        """At the end of the bytes: raise IncompleteStreamError unless `done` arrived."""
        self.raise_failure()
        if not self._reader.done:
            half = " in the middle of an event" if self._decoder.has_partial_event else ""
            raise errors.IncompleteStreamError(
                f"the run stream ended{half} before its `done` event: the run may go on; poll it to see how it ends.",
                request=request,
            )


class RunEventStream:
    """The typed events of a streamed run, read as they arrive (iterate it once).

    `response` is the httpx response; leaving the `with` block that opened the stream
    closes the connection, even in the middle.
    """

    def __init__(self, response: httpx.Response, *, strict: bool = False) -> None:
        self.response = response
        self._parser = EventStreamParser(strict=strict, response=response)

    def __iter__(self) -> Iterator[StreamEvent]:
        try:
            for chunk in self.response.iter_bytes():
                yield from self._parser.feed(chunk)
                self._parser.raise_failure()
                if self._parser.done:
                    return
        except httpx.TransportError as exc:
            raise _cut_off(self.response.request, exc) from safe_cause(exc, self.response.request)
        self._parser.finish(self.response.request)

    def close(self) -> None:
        self.response.close()


class AsyncRunEventStream:
    """Async `RunEventStream` (iterate it with `async for`)."""

    def __init__(self, response: httpx.Response, *, strict: bool = False) -> None:
        self.response = response
        self._parser = EventStreamParser(strict=strict, response=response)

    async def __aiter__(self) -> AsyncIterator[StreamEvent]:
        try:
            async for chunk in self.response.aiter_bytes():
                for event in self._parser.feed(chunk):
                    yield event
                self._parser.raise_failure()
                if self._parser.done:
                    return
        except httpx.TransportError as exc:
            raise _cut_off(self.response.request, exc) from safe_cause(exc, self.response.request)
        self._parser.finish(self.response.request)

    async def close(self) -> None:
        await self.response.aclose()


@contextmanager
def open_stream(client: Client, request_args: dict[str, Any]) -> Iterator[RunEventStream]:
    """Send a run request with `"stream": true` and yield its events; a non-2xx status raises on entry."""
    response = send(client, _streaming_request(request_args), stream=True)
    try:
        if not _is_event_stream(response):
            response.read()
            raise _refusal(response)
        yield RunEventStream(response, strict=client.strict_response_validation)
    finally:
        response.close()


@asynccontextmanager
async def open_async_stream(client: Client, request_args: dict[str, Any]) -> AsyncIterator[AsyncRunEventStream]:
    """Async `open_stream`."""
    response = await send_async(client, _streaming_request(request_args), stream=True)
    try:
        if not _is_event_stream(response):
            await response.aread()
            raise _refusal(response)
        yield AsyncRunEventStream(response, strict=client.strict_response_validation)
    finally:
        await response.aclose()


def _streaming_request(request_args: dict[str, Any]) -> dict[str, Any]:
    """The request with `"stream": true` in its body, whatever the body said, asking for events."""
    return {
        **request_args,
        "json": {**request_args.get("json", {}), "stream": True},
        "headers": {**request_args.get("headers", {}), "Accept": "text/event-stream"},
    }


def _is_event_stream(response: httpx.Response) -> bool:
    ok = 200 <= response.status_code < 300
    return ok and response.headers.get("content-type", "").startswith("text/event-stream")


def _refusal(response: httpx.Response) -> errors.APIError:
    """Why a response (its body read) is not a stream of events: a status error, or another content type."""
    if not 200 <= response.status_code < 300:
        return errors.status_error(response)
    content_type = response.headers.get("content-type") or "no content type"
    return errors.ResponseParseError(f"expected a text/event-stream response, got {content_type}", response=response)


def _cut_off(request: httpx.Request, exc: httpx.TransportError) -> errors.IncompleteStreamError:
    reason = transport_error(request, exc).message
    return errors.IncompleteStreamError(
        f"the run stream was cut off before its `done` event: {reason} The run may go on; poll it to see how it ends.",
        request=request,
    )


def _unknown_event(name: str, data: Any) -> StreamEvent:
    return UnknownStreamEvent(event=name, data=data)
