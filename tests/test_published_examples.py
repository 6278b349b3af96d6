"""Every response example OpenAI publishes for the run operations is read and written back whole.

The fixtures are the JSON bodies of the `x-oaiMeta` examples in OpenAI's published spec,
one file per operation (tests/fixtures/published/), and its streaming examples
(tests/fixtures/published_streams/). They are read as a user would get them: from the
model directly, and through each operation over loopback HTTP.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from openai_client import AuthenticatedClient
from openai_client.api.runs import (
    cancel_run,
    create_run,
    create_thread_and_run,
    get_run,
    get_run_step,
    list_run_steps,
    list_runs,
    modify_run,
    submit_tool_outputs_to_run,
)
from openai_client.models import (
    CreateRunRequest,
    CreateThreadAndRunRequest,
    ListRunsResponse,
    ListRunStepsResponse,
    ModifyRunRequest,
    RunObject,
    RunStepObject,
    SubmitToolOutputsRunRequest,
)

from .conftest import ASSISTANT_ID, TOKEN
from .fault_server import FaultServer, Reply

FIXTURES = Path(__file__).parent / "fixtures"
PUBLISHED = FIXTURES / "published"
STREAMS = FIXTURES / "published_streams"

MODEL_OF: dict[str, Any] = {
    "create_thread_and_run": RunObject,
    "create_run": RunObject,
    "get_run": RunObject,
    "modify_run": RunObject,
    "cancel_run": RunObject,
    "submit_tool_outputs_to_run": RunObject,
    "list_runs": ListRunsResponse,
    "list_run_steps": ListRunStepsResponse,
    "get_run_step": RunStepObject,
    "RunObject": RunObject,
    "RunStepObject": RunStepObject,
}

CALLS: dict[str, Any] = {
    "create_thread_and_run": lambda c: create_thread_and_run.sync_detailed(
        client=c, body=CreateThreadAndRunRequest(assistant_id="asst_abc123")
    ),
    "create_run": lambda c: create_run.sync_detailed("t", client=c, body=CreateRunRequest(assistant_id=ASSISTANT_ID)),
    "get_run": lambda c: get_run.sync_detailed("t", "r", client=c),
    "modify_run": lambda c: modify_run.sync_detailed("t", "r", client=c, body=ModifyRunRequest()),
    "cancel_run": lambda c: cancel_run.sync_detailed("t", "r", client=c),
    "submit_tool_outputs_to_run": lambda c: submit_tool_outputs_to_run.sync_detailed(
        "t", "r", client=c, body=SubmitToolOutputsRunRequest(tool_outputs=[])
    ),
    "list_runs": lambda c: list_runs.sync_detailed("t", client=c),
    "list_run_steps": lambda c: list_run_steps.sync_detailed("t", "r", client=c),
    "get_run_step": lambda c: get_run_step.sync_detailed("t", "r", "s", client=c),
}


def _example(name: str) -> Any:
    return json.loads((PUBLISHED / f"{name}.json").read_text(encoding="utf-8"))


def test_every_operation_has_its_published_example() -> None:
    assert {path.stem for path in PUBLISHED.glob("*.json")} == set(MODEL_OF)
    assert set(CALLS) <= set(MODEL_OF)


@pytest.mark.parametrize("name", sorted(MODEL_OF))
def test_published_example_round_trips(name: str) -> None:
    example = _example(name)
    parsed = MODEL_OF[name].from_dict(copy.deepcopy(example))
    assert isinstance(parsed, MODEL_OF[name])
    assert parsed.to_dict() == example
    assert json.dumps(parsed.to_dict(), sort_keys=True) == json.dumps(example, sort_keys=True)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_published_example_is_read_by_its_operation_over_http(name: str) -> None:
    body = (PUBLISHED / f"{name}.json").read_bytes()
    with (
        FaultServer(Reply(200, body)) as server,
        AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client,
    ):
        response = CALLS[name](client)
    assert isinstance(response.parsed, MODEL_OF[name])
    assert response.parsed.to_dict() == json.loads(body)


def _stream_objects(path: Path) -> list[tuple[str, Any]]:
    """(event, data) pairs of a published stream, as an SSE reader sees them.

    The published text elides events with `...` and once drops a `data: ` prefix: such a
    block has no data, which SSE does not dispatch. A stray closing brace after the JSON is dropped.
    """
    pairs = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        data = fields.get("data")
        if data is None or data == "[DONE]":
            continue
        decoded, end = json.JSONDecoder().raw_decode(data)
        assert data[end:].strip() in ("", "}"), f"unexpected text after the JSON in {path.name}"
        pairs.append((fields["event"], decoded))
    return pairs


STREAM_OBJECTS = [
    pytest.param(event, data, id=f"{path.stem}:{index}:{event}")
    for path in sorted(STREAMS.glob("*.sse"))
    for index, (event, data) in enumerate(_stream_objects(path))
    if event.startswith("thread.run.") and not event.endswith(".delta")
]


def test_the_streams_carry_runs_and_steps() -> None:
    events = {event for event, _ in (param.values for param in STREAM_OBJECTS)}
    assert {"thread.run.created", "thread.run.requires_action", "thread.run.step.completed"} <= events


@pytest.mark.parametrize(("event", "data"), STREAM_OBJECTS)
def test_runs_and_steps_inside_published_streams_round_trip(event: str, data: Any) -> None:
    model = RunStepObject if event.startswith("thread.run.step.") else RunObject
    parsed = model.from_dict(copy.deepcopy(data))
    assert parsed.to_dict() == data
