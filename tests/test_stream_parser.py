"""The sans-I/O stream reader (openai_client/streaming.py): the SSE decoder and the typed event parser, fed bytes.

No I/O: every wire variant, typed events, and every failure after the events before it. The
endpoints and helpers over HTTP are in test_streaming.py.
"""

from __future__ import annotations

import json

import pytest

from openai_client import errors, models
from openai_client.models import (
    ThreadRunCreated,
    UnknownStreamEvent,
)
from openai_client.streaming import END, NEED_DATA, EventStreamParser, ServerSentEvent, SSEDecoder

from .conftest import parse_stream, run_payload
from .streams import DONE, EVENT_CLASSES, STREAMS, WIRE_VARIANTS, _published, _sample, _sse

# -- the decoder, fed bytes -----------------------------------------------------------------


@pytest.mark.parametrize("wire", list(WIRE_VARIANTS), ids=list(WIRE_VARIANTS))
def test_every_line_ending_and_field_form_gives_the_same_event(wire: str) -> None:
    raw = WIRE_VARIANTS[wire]
    assert SSEDecoder().feed(raw) == [ServerSentEvent("a", "1")]
    byte_by_byte = SSEDecoder()
    assert [event for index in range(len(raw)) for event in byte_by_byte.feed(raw[index : index + 1])] == [
        ServerSentEvent("a", "1")
    ]


def test_data_over_several_lines_is_joined_with_newlines() -> None:
    assert SSEDecoder().feed(b'data: {\ndata:  "a": 1\ndata: }\n\n') == [ServerSentEvent("message", '{\n "a": 1\n}')]


def test_an_event_without_data_is_not_dispatched_and_its_name_is_reset() -> None:
    assert SSEDecoder().feed(b"event: a\n\ndata: x\n\n") == [ServerSentEvent("message", "x")]


def test_a_crlf_split_across_chunks_is_one_line_end() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: x\r") == []
    assert decoder.feed(b"\n\r") == [ServerSentEvent("message", "x")]
    assert decoder.feed(b"\ndata: y\n\n") == [ServerSentEvent("message", "y")]


# -- typed events ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(path.name for path in STREAMS.glob("*.sse")))
def test_published_streams_give_typed_events_that_round_trip(name: str) -> None:
    raw = _published(name)
    events = parse_stream(raw)
    assert events and not any(isinstance(event, UnknownStreamEvent) for event in events)
    sent = [
        (block.split("\n")[0][len("event: ") :], json.loads(block.split("\n")[1][len("data: ") :]))
        for block in raw.decode().strip().split("\n\n")
        if block.startswith("event: ") and "\ndata: {" in block
    ]
    assert [(event.event, event.data.to_dict()) for event in events] == sent


@pytest.mark.parametrize("event", list(EVENT_CLASSES))
def test_every_event_kind_has_the_sdk_class_name(event: str) -> None:
    (typed,) = parse_stream(_sse((event, _sample(event))) + DONE)
    assert type(typed).__name__ == EVENT_CLASSES[event]
    assert type(typed) is getattr(models, EVENT_CLASSES[event])
    assert typed.event == event and typed.data.to_dict() == _sample(event)


def test_an_unknown_event_is_kept_and_the_stream_goes_on() -> None:
    events = parse_stream(_sse(("thread.run.paused", {"why": "tea"}), ("thread.run.created", run_payload())) + DONE)
    assert isinstance(events[0], UnknownStreamEvent)
    assert (events[0].event, events[0].data) == ("thread.run.paused", {"why": "tea"})
    assert isinstance(events[1], ThreadRunCreated)


# -- failures, after every event before them ------------------------------------------------
def test_an_error_event_raises_after_the_events_before_it() -> None:
    error = {"code": "server_error", "message": "Sorry.", "type": "server_error", "param": None}
    parser = EventStreamParser()
    parser.feed(_sse(("thread.run.created", run_payload()), ("error", error), ("thread.run.queued", run_payload())))
    assert parser.next_event().event == "thread.run.created"  # type: ignore[union-attr]
    with pytest.raises(errors.StreamEventError) as caught:
        parser.next_event()
    assert (caught.value.code, caught.value.type, caught.value.param) == ("server_error", "server_error", None)
    assert "Sorry." in str(caught.value) and isinstance(caught.value, errors.APIError)


@pytest.mark.parametrize("cut", ["between-events", "mid-event"])
def test_a_stream_that_ends_before_done_raises_incomplete(cut: str) -> None:
    raw = _sse(("thread.run.created", run_payload()))
    if cut == "mid-event":
        raw += b'event: thread.run.queued\ndata: {"id": "ru'
    parser = EventStreamParser()
    parser.feed(raw)
    assert [event.event for event in parser.events()] == ["thread.run.created"]
    assert parser.next_event() is NEED_DATA
    parser.end_of_input()
    with pytest.raises(errors.IncompleteStreamError, match="before its `done` event") as caught:
        parser.next_event()
    assert isinstance(caught.value, errors.APIConnectionError)
    assert ("middle of an event" in str(caught.value)) == (cut == "mid-event")


def test_data_that_is_not_json_raises_a_parse_error_with_the_raw_text() -> None:
    parser = EventStreamParser()
    parser.feed(b"event: thread.run.created\ndata: {not json}\n\n")
    with pytest.raises(errors.ResponseParseError) as caught:
        parser.next_event()
    assert caught.value.body == b"{not json}" and "{not json}" in str(caught.value)
    with pytest.raises(errors.ResponseParseError):
        parser.next_event()  # a broken stream stays broken


def test_data_that_is_not_utf8_raises_a_parse_error() -> None:
    parser = EventStreamParser()
    parser.feed(b'event: thread.run.created\ndata: {"id": "\xff"}\n\n')
    with pytest.raises(errors.ResponseParseError, match="is not JSON") as caught:
        parser.next_event()
    assert caught.value.body == b'{"id": "\xff"}'


def test_done_ends_the_stream_and_what_follows_is_ignored() -> None:
    parser = EventStreamParser()
    parser.feed(_sse(("thread.run.created", run_payload())) + DONE + b"data: {not json}\n\n")
    assert [event.event for event in parser.events()] == ["thread.run.created"]
    assert parser.next_event() is END and parser.done
    parser.feed(b"event: error\ndata: {}\n\n")
    assert parser.next_event() is END


@pytest.mark.parametrize("shape", ["one-line", "one-event"])
def test_a_line_or_event_over_the_cap_is_a_typed_error(shape: str) -> None:
    parser = EventStreamParser(max_event_size=1000)
    parser.feed(_sse(("thread.run.created", run_payload())))
    if shape == "one-line":
        for _ in range(11):
            parser.feed(b"data: " + b"x" * 100)
    else:
        parser.feed(b"data: 1\n" * 600)
    assert parser.next_event().event == "thread.run.created"  # type: ignore[union-attr]
    with pytest.raises(errors.StreamLimitError, match="over 1000 bytes"):
        parser.next_event()
