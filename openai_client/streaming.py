"""Run streams: server-sent events in, typed run events out.

The core is sans-I/O, as h11 is: an `EventStreamParser` is fed bytes (`feed`), told when
they end (`end_of_input`), and asked for what it has (`next_event`), which returns a typed
event (`ThreadRunCreated`, `ThreadMessageDelta`, ...), `NEED_DATA` when it needs more bytes,
or `END` after the stream's `done` event, and raises what went wrong. It never touches a
socket or awaits anything, so the sync and async streams below are the same short loop.

The decoder under it follows the WHATWG rules for `text/event-stream`: `\\n`, `\\r\\n` and
`\\r` line ends, comment lines (`: keep-alive`), `data` over several lines joined by `\\n`,
`id`, `retry` and unknown fields ignored, `field:value` with or without the space. It keeps
only the unfinished line, so a long line costs time linear in its length however it is
chunked; a line or an event larger than `max_event_size` (default 16 MiB) raises
`StreamLimitError` instead of growing without bound.
"""

from __future__ import annotations

import enum
import importlib
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeAlias

import httpx

from . import errors
from ._json import decode_text
from ._operation import Operation
from ._request import Timeout, prepare
from ._response import status_error
from ._send import safe_cause, send, send_async, transport_error

if TYPE_CHECKING:
    from ._model import Model
    from .client import Client
    from .models import StreamEvent

DEFAULT_MAX_EVENT_SIZE = 16 * 1024 * 1024
"""Bytes a line, or the data of one event, may hold: far above any run event (a long
message arrives as many small deltas), low enough that a broken server cannot exhaust memory."""

_BOM = b"\xef\xbb\xbf"
_new = object.__new__


class Pull(enum.Enum):
    """What `EventStreamParser.next_event` returns when it has no event to give."""

    NEED_DATA = "need data"
    """Feed more bytes (or call `end_of_input` if there are none)."""
    END = "end"
    """The stream's `done` event arrived: there is nothing more."""


NEED_DATA: Literal[Pull.NEED_DATA] = Pull.NEED_DATA
END: Literal[Pull.END] = Pull.END
Pulled: TypeAlias = "StreamEvent | Literal[Pull.NEED_DATA, Pull.END]"
EventTable: TypeAlias = "Mapping[str, tuple[type[StreamEvent], type[Model]]]"
"""Event name -> (event class, model of its data): the generated `STREAM_EVENTS`. The data is
read with the model's `from_dict`, looked up per event: the compiled reader a model installs
on its first use replaces the one a table could have kept."""


class _StreamTables:
    """The generated stream tables, imported when the first stream is read (not with this module)."""

    events: EventTable
    unknown: Callable[..., Any]

    def __getattr__(self, name: str) -> Any:
        models = importlib.import_module(".models", __package__)
        self.events = models.STREAM_EVENTS
        self.unknown = models.UnknownStreamEvent
        return getattr(self, name)


_TABLES = _StreamTables()


class ServerSentEvent(NamedTuple):
    """One dispatched server-sent event: its type (`message` when none was named) and its data."""

    event: str
    data: str


class _TooLarge(Exception):
    """A line or an event over the decoder's cap (turned into StreamLimitError by the parser)."""


class SSEDecoder:
    """Bytes in, complete server-sent events out. Keeps only the unfinished line and event."""

    def __init__(self, *, max_event_size: int = DEFAULT_MAX_EVENT_SIZE) -> None:
        self.max_event_size = max_event_size
        self._unfinished: list[bytes] = []
        self._unfinished_size = 0
        self._skip_lf = False
        self._first = True
        self._event = ""
        self._data: list[bytes] = []
        self._data_size = 0
        self._names: dict[bytes, str] = {}

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events completed by `chunk` (none if it ends mid-event)."""
        return [ServerSentEvent(name, data.decode("utf-8", "replace")) for name, data in self.feed_raw(chunk)]

    def feed_raw(self, chunk: bytes) -> list[tuple[str, bytes]]:
        """`feed`, with each event's data left as bytes (decoded once, by the reader of its JSON)."""
        if self._skip_lf and chunk[:1] == b"\n":
            chunk = chunk[1:]
        self._skip_lf = False
        if self._first:
            chunk = self._take_byte_order_mark(chunk)
        # Only the new chunk is searched for a line end, and the unfinished line is joined
        # once, when it ends: the work stays linear in the line's length however it is chunked.
        last = max(chunk.rfind(b"\n"), chunk.rfind(b"\r"))
        if last < 0:
            self._keep_unfinished(chunk)
            return []
        complete = chunk[: last + 1]
        if self._unfinished:
            complete = b"".join([*self._unfinished, complete])
            self._unfinished, self._unfinished_size = [], 0
        self._keep_unfinished(chunk[last + 1 :])
        # A CR at the very end may be the first half of a CRLF split across chunks.
        self._skip_lf = complete.endswith(b"\r")
        return self._dispatch(complete.splitlines())

    @property
    def has_partial_event(self) -> bool:
        """Whether bytes or data lines are waiting for the end of their event."""
        return bool(self._unfinished_size or self._data)

    def _take_byte_order_mark(self, chunk: bytes) -> bytes:
        start = b"".join([*self._unfinished, chunk])
        if len(start) < len(_BOM) and _BOM.startswith(start):
            return chunk  # maybe the start of a byte order mark split across chunks: keep waiting
        self._first = False
        self._unfinished, self._unfinished_size = [], 0
        return start.removeprefix(_BOM)

    def _keep_unfinished(self, part: bytes) -> None:
        if not part:
            return
        self._unfinished.append(part)
        self._unfinished_size += len(part)
        if self._unfinished_size > self.max_event_size:
            raise _TooLarge(f"a line of the stream is over {self.max_event_size} bytes")

    def _dispatch(self, lines: list[bytes]) -> list[tuple[str, bytes]]:
        events: list[tuple[str, bytes]] = []
        data = self._data  # the data lines of the event being read (kept across chunks)
        name = self._event
        for line in lines:
            if not line:
                if data:
                    events.append((name or "message", data[0] if len(data) == 1 else b"\n".join(data)))
                    data.clear()
                    self._data_size = 0
                name = ""
                continue
            # `data: ...` and `event: ...` are nearly every line: one prefix test each; the rest is
            # split at its first colon (no colon: the whole line is the field name).
            if line.startswith(b"data: "):
                field, value = b"data", line[6:]
            elif line.startswith(b"event: "):
                field, value = b"event", line[7:]
            else:
                field, _, value = line.partition(b":")
                if not field:
                    continue  # a comment
                if value[:1] == b" ":
                    value = value[1:]
            if field == b"data":
                self._data_size += len(value) + 1
                if self._data_size > self.max_event_size:
                    self._event = name
                    raise _TooLarge(f"the data of an event of the stream is over {self.max_event_size} bytes")
                data.append(value)
            elif field == b"event":
                # A stream repeats a few names; each is decoded once.
                decoded = self._names.get(value)
                if decoded is None:
                    decoded = self._names[value] = value.decode("utf-8", "replace")
                name = decoded
        self._event = name
        return events


class EventStreamParser:
    """A run stream, sans I/O: bytes in (`feed`, `end_of_input`), typed events out (`next_event`).

    `next_event()` returns the next typed event, `NEED_DATA` when it needs more bytes, or
    `END` once the `done` event arrived (bytes after it are ignored). It raises, after every
    event before the fault was returned:

    - `StreamEventError` for an `error` event (the run failed on the server's side);
    - `ResponseParseError` for data that is not JSON, or (when `strict`) not the declared shape;
    - `StreamLimitError` for a line or an event over `max_event_size` bytes;
    - `IncompleteStreamError` when the input ended (`end_of_input`) before `done`.

    After raising it raises the same error again: a broken stream stays broken.
    """

    def __init__(
        self,
        *,
        strict: bool = False,
        response: httpx.Response | None = None,
        max_event_size: int = DEFAULT_MAX_EVENT_SIZE,
        events: EventTable | None = None,
    ) -> None:
        self.strict = strict
        self.response = response
        self._events = events if events is not None else _TABLES.events
        self._decoder = SSEDecoder(max_event_size=max_event_size)
        self._ready: deque[tuple[str, bytes]] = deque()
        self._ended = False
        self._done = False
        self._failure: errors.APIError | None = None

    def feed(self, chunk: bytes) -> None:
        """Take the next bytes of the stream (decoded lazily, as events are asked for)."""
        if self._ended:
            raise RuntimeError("feed() after end_of_input()")
        if self._done or self._failure is not None or not chunk:
            return
        try:
            self._ready.extend(self._decoder.feed_raw(chunk))
        except _TooLarge as error:
            self._failure = errors.StreamLimitError(str(error), response=self.response)

    def end_of_input(self) -> None:
        """Say that no more bytes will come (the response ended)."""
        self._ended = True

    def next_event(self) -> Pulled:
        """The next typed event, `NEED_DATA`, or `END`; raises what went wrong (see the class)."""
        while not self._done:
            if self._ready:
                event = self._read(self._ready.popleft())
                if event is not None:
                    return event
                continue
            if self._failure is not None:
                raise self._failure
            if not self._ended:
                return NEED_DATA
            half = " in the middle of an event" if self._decoder.has_partial_event else ""
            request = self.response.request if self.response is not None else None
            self._failure = errors.IncompleteStreamError(
                f"the run stream ended{half} before its `done` event: the run may go on; poll it to see how it ends.",
                request=request,
            )
        return END

    def events(self) -> Iterator[StreamEvent]:
        """The events ready now: `next_event()` until it has none (NEED_DATA or END), raising as it does."""
        ready, strict, table = self._ready, self.strict, self._events
        while ready and not self._done:  # the common case, without a call of next_event per event
            sse = ready.popleft()
            name, raw = sse
            known = table.get(name)
            if known is not None:
                try:
                    data = decode_text(raw.decode())
                    event_class, data_model = known
                    event = _new(event_class)
                    event.event = name  # the name that picked this class
                    event.data = data_model.from_dict(data, strict)
                    event.additional_properties = {}
                except ValueError:  # bad JSON or a bad shape: _read makes the error that says which
                    pass
                else:
                    yield event
                    continue
            found = self._read(sse)  # done, error, an unknown event, or a failure
            if found is not None:
                yield found
        while True:
            pulled = self.next_event()
            if pulled is NEED_DATA or pulled is END:
                return
            yield pulled

    @property
    def done(self) -> bool:
        """Whether the `done` event was returned as END: nothing more will come."""
        return self._done

    def _read(self, sse: tuple[str, bytes]) -> StreamEvent | None:
        """The typed event of `sse`, or None for `done` and for a failure (then kept, to raise next)."""
        name, raw = sse
        if name == "done":
            self._done = True
            self._ready.clear()
            return None
        try:
            data = decode_text(raw.decode())
        except ValueError:  # UnicodeDecodeError included: bytes that are not UTF-8 are not JSON either
            text = raw.decode("utf-8", "replace")
            self._fail(
                errors.ResponseParseError(
                    f"the data of a {name!r} event is not JSON: {text[:200]!r}", response=self.response, body=raw
                )
            )
            return None
        if name == "error":
            self._fail(errors.StreamEventError(data if isinstance(data, dict) else {"message": str(data)}))
            return None
        known = self._events.get(name)
        if known is None:
            unknown: StreamEvent = _TABLES.unknown(event=name, data=data)
            return unknown
        event_class, data_model = known
        try:
            # Every event of the spec's union is {event, data}: made here without its __init__, which
            # would only copy the two and an empty dict of other fields.
            event = _new(event_class)
            event.event = name  # the name that picked this class
            event.data = data_model.from_dict(data, self.strict)
            event.additional_properties = {}
            return event
        except errors.InvalidPayloadError as error:
            self._fail(
                errors.ResponseParseError(
                    f"the data of a {name!r} event does not match the declared shape: {error}",
                    response=self.response,
                    path=f"data.{error.path}" if error.path else "data",
                    body=raw,
                )
            )
            return None

    def _fail(self, failure: errors.APIError) -> None:
        self._failure = failure
        self._ready.clear()


class RunEventStream:
    """The typed events of a streamed run, read as they arrive.

    Iterate it once, inside the `with` block that opened it: leaving the block closes the
    connection, even in the middle. A second iteration, or one after the block, raises
    `StreamConsumedError`. `response` is the httpx response.
    """

    def __init__(self, response: httpx.Response, *, strict: bool = False) -> None:
        self.response = response
        self._parser = EventStreamParser(strict=strict, response=response)
        self._started = False
        self._closed = False

    def __iter__(self) -> Iterator[StreamEvent]:
        _check_unread(self._started, self._closed)
        self._started = True
        try:
            for chunk in self.response.iter_bytes():
                self._parser.feed(chunk)
                yield from self._parser.events()
                if self._parser.done:
                    return
        except httpx.TransportError as exc:
            raise _cut_off(self.response.request, exc) from safe_cause(exc, self.response.request)
        self._parser.end_of_input()
        yield from self._parser.events()

    def close(self) -> None:
        self._closed = True
        self.response.close()


class AsyncRunEventStream:
    """Async `RunEventStream` (iterate it once, with `async for`, inside its `async with` block)."""

    def __init__(self, response: httpx.Response, *, strict: bool = False) -> None:
        self.response = response
        self._parser = EventStreamParser(strict=strict, response=response)
        self._started = False
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[StreamEvent]:
        _check_unread(self._started, self._closed)
        self._started = True
        try:
            async for chunk in self.response.aiter_bytes():
                self._parser.feed(chunk)
                for event in self._parser.events():
                    yield event
                if self._parser.done:
                    return
        except httpx.TransportError as exc:
            raise _cut_off(self.response.request, exc) from safe_cause(exc, self.response.request)
        self._parser.end_of_input()
        for event in self._parser.events():
            yield event

    async def close(self) -> None:
        self._closed = True
        await self.response.aclose()


def _check_unread(started: bool, closed: bool) -> None:
    # `closed` is the stream's own flag, set when its block ends: a response whose body came
    # whole (httpx.MockTransport with bytes, respx) is closed by httpx before it is iterated.
    if started:
        raise errors.StreamConsumedError(
            "this run stream was already iterated: its events arrive once; keep them as they come "
            "(or use the stream helpers, which keep snapshots)"
        )
    if closed:
        raise errors.StreamConsumedError(
            "this run stream was closed when its `with` block ended: iterate it inside the block"
        )


@contextmanager
def open_stream(
    operation: Operation[Any, Any],
    client: Client,
    values: tuple[object, ...],
    body: object,
    timeout: Timeout,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> Iterator[RunEventStream]:
    """Send a call of `operation` with `"stream": true` and yield its events; a non-2xx status raises on entry."""
    prepared = prepare(operation, values, body, timeout, extra_headers, extra_query, extra_body, streaming=True)
    response = send(client, prepared, stream=True)
    events: RunEventStream | None = None
    try:
        if not _is_event_stream(response):
            response.read()
            raise _refusal(response)
        events = RunEventStream(response, strict=client.strict_response_validation)
        yield events
    finally:
        if events is not None:
            events.close()
        else:
            response.close()


@asynccontextmanager
async def open_async_stream(
    operation: Operation[Any, Any],
    client: Client,
    values: tuple[object, ...],
    body: object,
    timeout: Timeout,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> AsyncIterator[AsyncRunEventStream]:
    """Async `open_stream`."""
    prepared = prepare(operation, values, body, timeout, extra_headers, extra_query, extra_body, streaming=True)
    response = await send_async(client, prepared, stream=True)
    events: AsyncRunEventStream | None = None
    try:
        if not _is_event_stream(response):
            await response.aread()
            raise _refusal(response)
        events = AsyncRunEventStream(response, strict=client.strict_response_validation)
        yield events
    finally:
        if events is not None:
            await events.close()
        else:
            await response.aclose()


def _is_event_stream(response: httpx.Response) -> bool:
    ok = 200 <= response.status_code < 300
    return ok and response.headers.get("content-type", "").startswith("text/event-stream")


def _refusal(response: httpx.Response) -> errors.APIError:
    """Why a response (its body read) is not a stream of events: a status error, or another content type."""
    if not 200 <= response.status_code < 300:
        return status_error(response)
    content_type = response.headers.get("content-type") or "no content type"
    return errors.ResponseParseError(f"expected a text/event-stream response, got {content_type}", response=response)


def _cut_off(request: httpx.Request, exc: httpx.TransportError) -> errors.IncompleteStreamError:
    reason = transport_error(request, exc).message
    return errors.IncompleteStreamError(
        f"the run stream was cut off before its `done` event: {reason} The run may go on; poll it to see how it ends.",
        request=request,
    )
