"""Streamed runs over loopback HTTP: the endpoints and helpers, sync and async.

Against LocalRunsServer and the scripted fault server. The decoder and event parser, fed
bytes, are in test_stream_parser.py; streams over in-memory transports in test_call_path.py.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from openai_client import AuthenticatedClient, errors
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
    ThreadRunRequiresAction,
    ThreadRunStepDelta,
)
from openai_client.types import Unset
from openai_client_helpers import (
    LocalRunsServer,
    astream_run,
    astream_thread_and_run,
    stream_run,
    stream_thread_and_run,
)

from .conftest import ASSISTANT_ID, TOKEN, run_payload
from .fault_server import FaultServer, Reply
from .streams import DONE, EVENT_CLASSES, _sample, _sse

WITH_TOOL = CreateThreadAndRunRequest(
    assistant_id=ASSISTANT_ID, tools=[AssistantToolsFunction(function=FunctionObject(name="get_weather"))]
)
PLAIN = CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID)


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
            async with astream_run(client, "thread_abc123", request, resume=True) as stream:
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
