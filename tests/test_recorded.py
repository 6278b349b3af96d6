"""What real servers sent: responses recorded by other projects from OpenAI and Azure OpenAI.

Each file of tests/fixtures/recorded/ holds the response bodies (or the stream) of one
recorded session, with its source, license, server, API version and date; a `.json`
file's exchanges also say how strict mode judges each body. Servers of older API versions
leave out fields added later: those bodies must still read, and write back exactly.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from openai_client import models
from openai_client.errors import InvalidPayloadError
from openai_client.models import (
    MessageObject,
    RunObject,
    RunStepDetailsToolCallsFunctionObject,
    RunStepDetailsToolCallsObject,
    RunStepObject,
    ThreadMessageDelta,
    UnknownStreamEvent,
)
from openai_client_helpers import RunSnapshots

from .conftest import load_spec, parse_stream
from .test_model_habits import plain

RECORDED = Path(__file__).parent / "fixtures" / "recorded"
SESSIONS = sorted(RECORDED.glob("*.json"))
STREAMS = sorted(RECORDED.glob("*.sse"))


def _response_models() -> dict[str, Any]:
    """operationId -> the model of its 200 answer, as openapi.yaml declares it."""
    spec = load_spec()
    found = {}
    for item in spec["paths"].values():
        for operation in item.values():
            schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
            found[operation["operationId"]] = getattr(models, schema["$ref"].rsplit("/", 1)[1])
    return found


MODELS = _response_models()


def _exchanges() -> list[tuple[str, int, dict[str, Any]]]:
    return [
        (path.name, index, exchange)
        for path in SESSIONS
        for index, exchange in enumerate(json.loads(path.read_text(encoding="utf-8"))["exchanges"])
    ]


def _stream(path: Path) -> tuple[dict[str, str], bytes]:
    """The comment-line header of a recorded stream, and its bytes."""
    raw = path.read_bytes()
    header = {}
    for line in raw.decode("utf-8").splitlines():
        if not line.startswith(": "):
            break
        key, _, value = line[2:].partition(": ")
        if value:
            header[key] = value
    return header, raw


def test_each_recording_says_where_it_comes_from_and_together_they_cover_the_api() -> None:
    headers = [json.loads(path.read_text(encoding="utf-8")) for path in SESSIONS]
    headers += [_stream(path)[0] for path in STREAMS]
    for header in headers:
        assert header["source"].startswith("https://github.com/") and "/blob/" in header["source"]
        assert header["license"] and header["server"] in ("OpenAI", "Azure OpenAI", "Foundry Agent Service")
    assert {header["server"] for header in headers} >= {"OpenAI", "Azure OpenAI"}
    assert len({header.get("api_version") or header.get("api-version") for header in headers}) >= 3
    bodies = [exchange["body"] for _, _, exchange in _exchanges()]
    runs = [body for body in bodies if body.get("object") == "thread.run"]
    runs += [item for body in bodies if body.get("object") == "list" for item in body["data"]]
    runs = [run for run in runs if run.get("object") == "thread.run"]
    assert {"queued", "in_progress", "requires_action", "cancelling", "cancelled", "completed"} <= {
        run["status"] for run in runs
    }
    tool_types = {tool["type"] for run in runs for tool in run["tools"]}
    assert {"code_interpreter", "file_search", "function"} <= tool_types
    assert len(STREAMS) >= 2


def test_every_recorded_body_reads_without_strictness_and_writes_back_exactly() -> None:
    for name, index, exchange in _exchanges():
        body = exchange["body"]
        parsed = MODELS[exchange["operation"]].from_dict(copy.deepcopy(body))
        written = parsed.to_dict()
        assert written == body and plain(written), f"{name}[{index}]"


def test_strict_mode_gives_each_recorded_body_its_verdict() -> None:
    """Bodies of current servers pass; those of older API versions fail on the first field they lack."""
    for name, index, exchange in _exchanges():
        try:
            MODELS[exchange["operation"]].from_dict(exchange["body"], strict=True)
            verdict = None
        except InvalidPayloadError as error:
            verdict = str(error)
        assert verdict == exchange["strict"], f"{name}[{index}]"
    assert {exchange["strict"] is None for _, _, exchange in _exchanges()} == {True, False}


def test_a_run_from_a_server_before_parallel_tool_calls_names_what_it_lacks() -> None:
    session = json.loads((RECORDED / "azure-2024-02-15-preview__create_lists_gets_and_cancels_a_run.json").read_text())
    cancelled = RunObject.from_dict(session["exchanges"][6]["body"])
    assert cancelled.status == "cancelled" and cancelled.cancelled_at == 1707156980
    assert cancelled["file_ids"] == [] and not cancelled.is_sent("parallel_tool_calls")
    with pytest.raises(AttributeError, match="did not send `parallel_tool_calls`"):
        _ = cancelled.parallel_tool_calls


@pytest.mark.parametrize("path", STREAMS, ids=lambda path: path.stem)
def test_recorded_streams_give_every_event_typed_through_small_chunks(path: Path) -> None:
    _, raw = _stream(path)
    events = parse_stream(raw, chunk_size=7)
    recorded = [json.loads(line[6:]) for line in raw.decode("utf-8").splitlines() if line.startswith("data: {")]
    assert len(events) == len(recorded)
    assert not any(isinstance(event, UnknownStreamEvent) for event in events)
    assert [event.data.to_dict() for event in events] == recorded


def test_stream_helpers_answer_from_a_recorded_openai_stream() -> None:
    _, raw = _stream(RECORDED / "openai-2025__streaming_run_works.sse")
    snapshots = RunSnapshots()
    texts: list[str] = []
    partial_answers: list[tuple[str, str]] = []
    for event in parse_stream(raw):
        texts += snapshots.apply(event)
        if isinstance(event, ThreadMessageDelta):
            (message,) = snapshots.messages()  # built from the deltas so far
            partial_answers.append((message.content[0].text.value, "".join(texts)))  # type: ignore[union-attr]
    assert len(partial_answers) > 10 and all(built == streamed for built, streamed in partial_answers)
    answer = "".join(texts)
    assert answer.startswith("Hello! I'm just a program") and answer.endswith("How can I assist you today?")
    (message,) = snapshots.messages()
    assert isinstance(message, MessageObject) and message.status == "completed"
    assert snapshots.run is not None and snapshots.run.status == "completed"
    assert [step.status for step in snapshots.steps()] == ["completed"]


def test_stream_helpers_build_a_tool_call_from_recorded_deltas() -> None:
    _, raw = _stream(RECORDED / "azure-2024-07-01-preview__streaming_tool_call.sse")
    snapshots = RunSnapshots()
    for event in parse_stream(raw):
        snapshots.apply(event)
    assert snapshots.run is not None and snapshots.run.status == "requires_action"
    (step,) = snapshots.steps()
    assert isinstance(step, RunStepObject) and isinstance(step.step_details, RunStepDetailsToolCallsObject)
    (call,) = step.step_details.tool_calls
    assert isinstance(call, RunStepDetailsToolCallsFunctionObject)
    assert (call.id, call.function.name, call.function.arguments) == (
        "call_zW1tSy49P1yo7aVeisJbd660",
        "get_current_weather",
        "{}",
    )


def test_a_message_known_only_from_its_deltas_is_built_as_a_message() -> None:
    # A stream joined mid-message (resumed, or a gateway that drops `created`): deltas alone.
    _, raw = _stream(RECORDED / "openai-2025__streaming_run_works.sse")
    deltas = [event for event in parse_stream(raw) if isinstance(event, ThreadMessageDelta)]
    snapshots = RunSnapshots()
    texts = [text for event in deltas for text in snapshots.apply(event)]
    (message,) = snapshots.messages()
    assert isinstance(message, MessageObject) and message.id == deltas[0].data.id
    assert message.content[0].text.value == "".join(texts)  # type: ignore[union-attr]
