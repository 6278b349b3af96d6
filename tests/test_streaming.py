"""Streamed runs: the SSE decoder on every wire variant, typed events, failures, helpers over HTTP.

The decoder and event reader are fed bytes directly (they do no I/O); the endpoints and
helpers are tested over loopback HTTP, sync and async, against LocalRunsServer and the
scripted fault server.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from openai_client import AuthenticatedClient, errors, models
from openai_client.api.runs import create_run, create_thread_and_run, submit_tool_outputs_to_run
from openai_client.models import (
    AssistantToolsFunction,
    CreateRunRequest,
    CreateThreadAndRunRequest,
    FunctionObject,
    FunctionParameters,
    MessageContentTextObject,
    RunRequiredAction,
    RunStatus,
    RunStepDeltaStepDetailsToolCallsFunctionObject,
    RunStepDeltaStepDetailsToolCallsObject,
    RunStepDetailsToolCallsFunctionObject,
    RunStepDetailsToolCallsObject,
    SubmitToolOutputsRunRequest,
    ThreadMessageDelta,
    ThreadRunCreated,
    ThreadRunRequiresAction,
    ThreadRunStepDelta,
    UnknownStreamEvent,
)
from openai_client.streaming import END, NEED_DATA, EventStreamParser, ServerSentEvent, SSEDecoder
from openai_client.types import Unset
from openai_client_helpers import (
    LocalRunsServer,
    astream_run,
    astream_thread_and_run,
    stream_run,
    stream_thread_and_run,
)

from .conftest import ASSISTANT_ID, TOKEN, parse_stream, run_payload, step_payload
from .fault_server import FaultServer, Reply

STREAMS = Path(__file__).parent / "fixtures" / "published_streams"
WITH_TOOL = CreateThreadAndRunRequest(
    assistant_id=ASSISTANT_ID, tools=[AssistantToolsFunction(function=FunctionObject(name="get_weather"))]
)
PLAIN = CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID)


def _published(name: str) -> bytes:
    """A published stream as the API sends it: the documentation's stray closing braces removed."""
    lines = []
    for line in (STREAMS / name).read_text(encoding="utf-8").split("\n"):
        if line.startswith("data: {"):
            _, end = json.JSONDecoder().raw_decode(line[6:])
            line = line[: 6 + end]
        lines.append(line)
    return ("\n".join(lines).rstrip("\n") + "\n\n").encode()


def _sse(*events: tuple[str, Any]) -> bytes:
    return b"".join(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode() for name, data in events)


DONE = b"event: done\ndata: [DONE]\n\n"


# -- the decoder, fed bytes -----------------------------------------------------------------
WIRE_VARIANTS = {
    "lf": b"event: a\ndata: 1\n\n",
    "crlf": b"event: a\r\ndata: 1\r\n\r\n",
    "cr": b"event: a\rdata: 1\r\r",
    "no-space": b"event:a\ndata:1\n\n",
    "comments": b": keep-alive\n\nevent: a\n: still here\ndata: 1\n\n",
    "ignored-fields": b"id: 7\nretry: 1000\nevent: a\nfoo: bar\ndata: 1\n\n",
    "bom": b"\xef\xbb\xbfevent: a\ndata: 1\n\n",
}


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


EVENT_CLASSES = {
    "thread.created": "ThreadCreated",
    "thread.run.created": "ThreadRunCreated",
    "thread.run.queued": "ThreadRunQueued",
    "thread.run.in_progress": "ThreadRunInProgress",
    "thread.run.requires_action": "ThreadRunRequiresAction",
    "thread.run.completed": "ThreadRunCompleted",
    "thread.run.incomplete": "ThreadRunIncomplete",
    "thread.run.failed": "ThreadRunFailed",
    "thread.run.cancelling": "ThreadRunCancelling",
    "thread.run.cancelled": "ThreadRunCancelled",
    "thread.run.expired": "ThreadRunExpired",
    "thread.run.step.created": "ThreadRunStepCreated",
    "thread.run.step.in_progress": "ThreadRunStepInProgress",
    "thread.run.step.delta": "ThreadRunStepDelta",
    "thread.run.step.completed": "ThreadRunStepCompleted",
    "thread.run.step.failed": "ThreadRunStepFailed",
    "thread.run.step.cancelled": "ThreadRunStepCancelled",
    "thread.run.step.expired": "ThreadRunStepExpired",
    "thread.message.created": "ThreadMessageCreated",
    "thread.message.in_progress": "ThreadMessageInProgress",
    "thread.message.delta": "ThreadMessageDelta",
    "thread.message.completed": "ThreadMessageCompleted",
    "thread.message.incomplete": "ThreadMessageIncomplete",
}
MESSAGE = {
    "id": "msg_1",
    "object": "thread.message",
    "created_at": 1,
    "thread_id": "thread_1",
    "status": "in_progress",
    "incomplete_details": None,
    "completed_at": None,
    "incomplete_at": None,
    "role": "assistant",
    "content": [{"type": "text", "text": {"value": "Hi", "annotations": []}}],
    "assistant_id": "asst_1",
    "run_id": "run_1",
    "attachments": [],
    "metadata": {},
}
SAMPLE_DATA: dict[str, Any] = {
    "thread": {"id": "thread_1", "object": "thread", "created_at": 1, "tool_resources": None, "metadata": {}},
    "run": run_payload(),
    "step": step_payload(),
    "step.delta": {
        "id": "step_1",
        "object": "thread.run.step.delta",
        "delta": {"step_details": {"type": "tool_calls"}},
    },
    "message": MESSAGE,
    "message.delta": {
        "id": "msg_1",
        "object": "thread.message.delta",
        "delta": {"content": [{"index": 0, "type": "text", "text": {"value": "Hi"}}]},
    },
}


def _sample(event: str) -> Any:
    if event == "thread.created":
        return SAMPLE_DATA["thread"]
    kind = "step" if ".step." in event else "message" if event.startswith("thread.message") else "run"
    return SAMPLE_DATA[f"{kind}.delta" if event.endswith(".delta") else kind]


@pytest.mark.parametrize("event", list(EVENT_CLASSES))
def test_every_event_kind_has_the_sdk_class_name(event: str) -> None:
    (typed,) = parse_stream(_sse((event, _sample(event))) + DONE)
    assert type(typed).__name__ == EVENT_CLASSES[event]
    assert type(typed) is getattr(models, EVENT_CLASSES[event])
    assert typed.event == event and typed.data.to_dict() == _sample(event)


def test_an_unknown_event_is_kept_and_the_stream_goes_on() -> None:
    events = parse_stream(
        _sse(("thread.run.zz_future_paused", {"why": "tea"}), ("thread.run.created", run_payload())) + DONE
    )
    assert isinstance(events[0], UnknownStreamEvent)
    assert (events[0].event, events[0].data) == ("thread.run.zz_future_paused", {"why": "tea"})
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


# -- the endpoints over HTTP ----------------------------------------------------------------
def test_a_stream_iterated_twice_raises_stream_consumed(client: AuthenticatedClient) -> None:
    with create_thread_and_run.stream(
        client=client, body=CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID)
    ) as events:
        assert list(events)
        with pytest.raises(errors.StreamConsumedError, match="already iterated"):
            list(events)


def test_a_stream_read_after_its_block_raises_stream_consumed(client: AuthenticatedClient) -> None:
    with create_thread_and_run.stream(
        client=client, body=CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID)
    ) as events:
        pass
    with pytest.raises(errors.StreamConsumedError, match="closed when its `with` block ended"):
        list(events)


def test_stream_sends_stream_true_whatever_the_body_says(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    body = CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID, stream=False)
    with create_thread_and_run.stream(client=client, body=body) as events:
        names = [event.event for event in events]
    assert server.requests[-1].body["stream"] is True
    assert names[0] == "thread.created" and names[-1] == "thread.run.completed"


@pytest.mark.anyio
async def test_astream_yields_the_same_events(server: LocalRunsServer) -> None:
    async with (
        AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client,
        create_thread_and_run.astream(client=client, body=PLAIN) as events,
    ):
        names = [event.event async for event in events]
    assert names[:4] == ["thread.created", "thread.run.created", "thread.run.queued", "thread.run.in_progress"]
    assert "thread.message.delta" in names and names[-1] == "thread.run.completed"


def test_a_tool_call_streams_its_arguments_then_requires_action(client: AuthenticatedClient) -> None:
    with create_thread_and_run.stream(client=client, body=WITH_TOOL) as events:
        seen = list(events)
    assert [event.event for event in seen][-2:] == ["thread.run.step.delta", "thread.run.requires_action"]
    last = seen[-1]
    assert isinstance(last, ThreadRunRequiresAction) and last.data.status == RunStatus.REQUIRES_ACTION
    run = last.data
    assert isinstance(run.required_action, RunRequiredAction)
    call_id = run.required_action.submit_tool_outputs.tool_calls[0].id
    outputs = SubmitToolOutputsRunRequest.from_dict({"tool_outputs": [{"tool_call_id": call_id, "output": "sunny"}]})
    with submit_tool_outputs_to_run.stream(run.thread_id, run.id, client=client, body=outputs) as events:
        rest = [event.event for event in events]
    assert rest[0] == "thread.run.step.completed" and rest[-1] == "thread.run.completed"


@pytest.mark.anyio
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
async def test_a_refused_stream_raises_the_status_error_on_entering(use_async: bool) -> None:
    refusal = json.dumps({"error": {"message": "No thread found.", "type": "invalid_request_error"}}).encode()
    with FaultServer(fallback=Reply(404, refusal)) as server:
        async with AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client:
            with pytest.raises(errors.NotFoundError):
                if use_async:
                    async with create_run.astream("t", client=client, body=CreateRunRequest(assistant_id=ASSISTANT_ID)):
                        pytest.fail("entered the block")
                else:
                    with create_run.stream("t", client=client, body=CreateRunRequest(assistant_id=ASSISTANT_ID)):
                        pytest.fail("entered the block")


@pytest.mark.anyio
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("tail", "error"),
    [
        (
            _sse(("error", {"message": "Sorry.", "type": "server_error", "code": None, "param": None})),
            errors.StreamEventError,
        ),
        (b"event: thread.run.queued\ndata: {oops\n\n", errors.ResponseParseError),
        (b"", errors.IncompleteStreamError),
    ],
    ids=["error-event", "bad-json", "no-done"],
)
async def test_failures_over_http_come_after_the_events_before_them(
    tail: bytes, error: type[Exception], use_async: bool
) -> None:
    body = _sse(("thread.run.created", run_payload())) + tail
    with FaultServer(Reply(200, body, {"content-type": "text/event-stream"})) as server:
        async with AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client:
            seen: list[str] = []
            with pytest.raises(error):
                if use_async:
                    async with create_run.astream(
                        "t", client=client, body=CreateRunRequest(assistant_id=ASSISTANT_ID)
                    ) as events:
                        async for event in events:
                            seen.append(event.event)
                else:
                    with create_run.stream(
                        "t", client=client, body=CreateRunRequest(assistant_id=ASSISTANT_ID)
                    ) as events:
                        seen.extend(event.event for event in events)
    assert seen == ["thread.run.created"]


@pytest.mark.anyio
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
async def test_every_event_kind_over_http(use_async: bool) -> None:
    body = _sse(*[(event, _sample(event)) for event in EVENT_CLASSES], ("thread.run.zz_future_paused", {"x": 1})) + DONE
    with FaultServer(Reply(200, body, {"content-type": "text/event-stream"})) as server:
        async with AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client:
            request = CreateRunRequest(assistant_id=ASSISTANT_ID)
            if use_async:
                async with create_run.astream("t", client=client, body=request) as events:
                    seen = [event async for event in events]
            else:
                with create_run.stream("t", client=client, body=request) as events:
                    seen = list(events)
    assert [type(event).__name__ for event in seen] == [*EVENT_CLASSES.values(), "UnknownStreamEvent"]
    assert json.loads(server.bodies[0])["stream"] is True


def _argument_pieces(event: object) -> list[str]:
    """The function-call argument pieces a `thread.run.step.delta` event carries."""
    if not isinstance(event, ThreadRunStepDelta):
        return []
    details = event.data.delta.step_details
    if not isinstance(details, RunStepDeltaStepDetailsToolCallsObject) or isinstance(details.tool_calls, Unset):
        return []
    pieces = []
    for call in details.tool_calls:
        function = call.function if isinstance(call, RunStepDeltaStepDetailsToolCallsFunctionObject) else None
        if function is not None and not isinstance(function, Unset) and isinstance(function.arguments, str):
            pieces.append(function.arguments)
    return pieces


def _wire(variant: str, body: bytes) -> bytes:
    """`body` (written with `\\n`) rewritten in one of the wire variants a server may use."""
    if variant == "crlf":
        return body.replace(b"\n", b"\r\n")
    if variant == "cr":
        return body.replace(b"\n", b"\r")
    if variant == "no-space":
        return body.replace(b"event: ", b"event:").replace(b"data: ", b"data:")
    if variant == "comments":
        return b": keep-alive\n\n" + body.replace(b"\n\n", b"\n: ping\n\n")
    if variant == "ignored-fields":
        return body.replace(b"event: ", b"id: 1\nretry: 10\nevent: ")
    if variant == "multiline-data":
        return body.replace(b'","', b'",\ndata: "')
    return b"\xef\xbb\xbf" + body


@pytest.mark.anyio
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("variant", ["crlf", "cr", "no-space", "comments", "ignored-fields", "multiline-data", "bom"])
async def test_every_wire_variant_over_http(variant: str, use_async: bool) -> None:
    sent = [("thread.run.created", run_payload()), ("thread.message.delta", _sample("thread.message.delta"))]
    body = _wire(variant, _sse(*sent) + DONE)
    with FaultServer(Reply(200, body, {"content-type": "text/event-stream"})) as server:
        async with AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client:
            request = CreateRunRequest(assistant_id=ASSISTANT_ID)
            if use_async:
                async with create_run.astream("t", client=client, body=request) as events:
                    seen = [event async for event in events]
            else:
                with create_run.stream("t", client=client, body=request) as events:
                    seen = list(events)
    assert [(event.event, event.data.to_dict()) for event in seen] == sent


def test_a_tool_calls_arguments_arrive_in_pieces(client: AuthenticatedClient) -> None:
    city = {"type": "string", "examples": ["Paris"]}
    parameters = FunctionParameters.from_dict({"type": "object", "properties": {"city": city}})
    tool = AssistantToolsFunction(function=FunctionObject(name="get_weather", parameters=parameters))
    with stream_thread_and_run(client, CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID, tools=[tool])) as stream:
        pieces = [piece for event in stream for piece in _argument_pieces(event)]
        steps = stream.get_final_run_steps()
    assert len(pieces) > 3 and "".join(pieces) == '{"city": "Paris"}'
    details = steps[0].step_details
    assert isinstance(details, RunStepDetailsToolCallsObject)
    call = details.tool_calls[0]
    assert isinstance(call, RunStepDetailsToolCallsFunctionObject) and call.function.arguments == '{"city": "Paris"}'


def test_a_dropped_connection_mid_stream_is_incomplete_after_the_complete_events() -> None:
    body = _sse(("thread.run.created", run_payload()), ("thread.run.queued", run_payload())) + DONE
    cut = body.index(b"event: thread.run.queued") + 30
    seen: list[str] = []
    with (
        FaultServer(Reply(200, body, {"content-type": "text/event-stream"}, cut_at=cut)) as server,
        AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client,
        pytest.raises(errors.IncompleteStreamError, match="cut off"),
        create_run.stream("t", client=client, body=CreateRunRequest(assistant_id=ASSISTANT_ID)) as events,
    ):
        seen.extend(event.event for event in events)
    assert seen == ["thread.run.created"]


def test_leaving_the_block_early_closes_the_connection(client: AuthenticatedClient) -> None:
    with create_thread_and_run.stream(client=client, body=PLAIN) as events:
        first = next(iter(events))
    assert first.event == "thread.created"
    assert events.response.is_closed


class _HeldStream(BaseHTTPRequestHandler):
    """Sends one event, then waits until the test says it got it before sending the rest."""

    server: _HoldingServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("connection", "close")
        self.end_headers()
        self.wfile.write(_sse(("thread.run.created", run_payload())))
        self.wfile.flush()
        self.server.first_received.wait(timeout=5)
        self.wfile.write(_sse(("thread.run.queued", run_payload())) + DONE)


class _HoldingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _HeldStream)
        self.first_received = threading.Event()


def test_the_first_event_arrives_before_the_rest_is_sent() -> None:
    server = _HoldingServer()
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    try:
        with (
            AuthenticatedClient(base_url=f"http://127.0.0.1:{server.server_address[1]}/v1", token=TOKEN) as client,
            create_run.stream("t", client=client, body=CreateRunRequest(assistant_id=ASSISTANT_ID)) as events,
        ):
            iterator = iter(events)
            assert next(iterator).event == "thread.run.created"
            assert not server.first_received.is_set()
            server.first_received.set()
            assert [event.event for event in iterator] == ["thread.run.queued"]
    finally:
        server.first_received.set()
        server.shutdown()
        server.server_close()


# -- the helpers ----------------------------------------------------------------------------
def _tools(calls: list[str]) -> dict[str, Any]:
    def get_weather() -> str:
        calls.append("get_weather")
        return "sunny"

    return {"get_weather": get_weather}


def test_one_loop_from_question_to_answer_through_a_tool_round(
    server: LocalRunsServer, client: AuthenticatedClient
) -> None:
    calls: list[str] = []
    with stream_thread_and_run(client, WITH_TOOL, tools=_tools(calls)) as stream:
        text = "".join(stream.text_deltas)
        run = stream.get_final_run()
        messages = stream.get_final_messages()
        steps = stream.get_final_run_steps()
    assert calls == ["get_weather"] and run.status == RunStatus.COMPLETED
    assert [request.path.rsplit("/", 1)[-1] for request in server.requests if request.method == "POST"] == [
        "runs",
        "submit_tool_outputs",
    ]
    assert all(request.body["stream"] is True for request in server.requests if request.method == "POST")
    assert text == "Thanks to the tools: get_weather said sunny."
    content = messages[0].content[0]
    assert isinstance(content, MessageContentTextObject) and content.text.value == text
    tool_step = steps[0].step_details
    assert isinstance(tool_step, RunStepDetailsToolCallsObject)
    call = tool_step.tool_calls[0]
    assert isinstance(call, RunStepDetailsToolCallsFunctionObject) and call.function.output == "sunny"


def test_snapshots_are_built_from_deltas_before_completion(client: AuthenticatedClient) -> None:
    partial_texts: list[str] = []
    with stream_thread_and_run(client, PLAIN) as stream:
        for event in stream:
            if isinstance(event, ThreadMessageDelta):
                content = stream.snapshots.messages()[0].content[0]
                assert isinstance(content, MessageContentTextObject)
                partial_texts.append(content.text.value)
    assert len(partial_texts) > 1 and all(partial_texts) and partial_texts == sorted(partial_texts, key=len)


@pytest.mark.anyio
async def test_async_helper_answers_tools_mid_stream(server: LocalRunsServer) -> None:
    calls: list[str] = []
    async with (
        AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client,
        astream_thread_and_run(client, WITH_TOOL, tools=_tools(calls)) as stream,
    ):
        text = "".join([piece async for piece in stream.text_deltas])
        run = await stream.get_final_run()
    assert calls == ["get_weather"] and run.status == RunStatus.COMPLETED
    assert text.endswith("sunny.")


def test_without_tools_the_stream_stops_at_requires_action(client: AuthenticatedClient) -> None:
    with stream_thread_and_run(client, WITH_TOOL) as stream:
        run = stream.get_final_run()
    assert run.status == RunStatus.REQUIRES_ACTION


@contextmanager
def _cut_stream_then_completed_run() -> Iterator[FaultServer]:
    body = _sse(("thread.run.created", run_payload(status="queued")), ("thread.run.queued", run_payload()))
    with FaultServer(
        Reply(200, body + DONE, {"content-type": "text/event-stream"}, cut_at=len(body) - 10),
        Reply(200, json.dumps(run_payload(status="completed", completed_at=5)).encode()),
    ) as server:
        yield server


def test_a_dropped_stream_is_resumed_by_polling_when_asked() -> None:
    with (
        _cut_stream_then_completed_run() as server,
        AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client,
        stream_run(
            client, "thread_abc123", CreateRunRequest(assistant_id=ASSISTANT_ID), resume=True, interval=0
        ) as stream,
    ):
        run = stream.get_final_run()
    assert run.status == RunStatus.COMPLETED
    assert [method for method, _, _ in server.seen] == ["POST", "GET"]


@pytest.mark.anyio
async def test_a_dropped_stream_is_resumed_by_polling_async() -> None:
    with _cut_stream_then_completed_run() as server:
        async with AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client:
            request = CreateRunRequest(assistant_id=ASSISTANT_ID)
            async with astream_run(client, "thread_abc123", request, resume=True, interval=0) as stream:
                run = await stream.get_final_run()
            assert run.status == RunStatus.COMPLETED
            assert [method for method, _, _ in server.seen] == ["POST", "GET"]


def test_a_dropped_stream_raises_when_not_resumed() -> None:
    with (
        _cut_stream_then_completed_run() as server,
        AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client,
        stream_run(client, "t", CreateRunRequest(assistant_id=ASSISTANT_ID)) as stream,
        pytest.raises(errors.IncompleteStreamError),
    ):
        stream.until_done()


@pytest.mark.anyio
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
async def test_a_2xx_that_is_not_an_event_stream_is_a_parse_error(use_async: bool) -> None:
    body = json.dumps(run_payload()).encode()
    with FaultServer(Reply(200, body)) as server:
        async with AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client:
            with pytest.raises(errors.ResponseParseError, match="expected a text/event-stream response") as caught:
                if use_async:
                    async with create_run.astream("t", client=client, body=CreateRunRequest(assistant_id=ASSISTANT_ID)):
                        pytest.fail("entered the block")
                else:
                    with create_run.stream("t", client=client, body=CreateRunRequest(assistant_id=ASSISTANT_ID)):
                        pytest.fail("entered the block")
    assert caught.value.body == body
