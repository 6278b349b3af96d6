"""Paging, polling and the tool-call loop, against the local server (sync and async)."""

from __future__ import annotations

import pytest

from openai_client import AuthenticatedClient, errors
from openai_client.api.runs import cancel_run, create_run, create_thread_and_run
from openai_client.models import (
    AssistantToolsFunction,
    CreateRunRequest,
    CreateThreadAndRunRequest,
    FunctionObject,
    ListOrder,
    Metadata,
    RunStatus,
    RunStepDetailsToolCallsFunctionObject,
    RunStepDetailsToolCallsObject,
)
from openai_client_helpers import (
    LocalRunsServer,
    PollTimeoutError,
    ToolCallError,
    acreate_thread_and_run_and_poll,
    aiter_run_steps,
    aiter_runs,
    arun_tool_loop,
    create_and_poll,
    create_thread_and_run_and_poll,
    iter_run_steps,
    iter_runs,
    poll_run,
    run_tool_loop,
)

from .conftest import TOKEN


def _with_tool(name: str = "get_weather", **extra: object) -> CreateThreadAndRunRequest:
    tool = AssistantToolsFunction(function=FunctionObject(name=name))
    return CreateThreadAndRunRequest(assistant_id="asst_1", tools=[tool], **extra)  # type: ignore[arg-type]


def test_pagination_follows_after_and_has_more_lazily(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    thread_id = server.state.create_thread()
    created = [create_run.sync(thread_id, client=client, body=CreateRunRequest(assistant_id="a")).id for _ in range(5)]
    before = len(server.requests)
    iterator = iter_runs(client, thread_id, order=ListOrder.ASC, page_size=2)
    assert next(iterator).id == created[0]
    assert len(server.requests) == before + 1, "only the first page is fetched for the first item"
    assert [run.id for run in iterator] == created[1:]
    pages = [r for r in server.requests[before:] if r.path.endswith("/runs")]
    assert [p.query.get("after") for p in pages] == [None, [created[1]], [created[3]]]
    assert [run.id for run in iter_runs(client, thread_id)] == created[::-1]


def test_polling_reaches_requires_action_then_tool_loop_completes(
    server: LocalRunsServer, client: AuthenticatedClient
) -> None:
    run = create_thread_and_run.sync(client=client, body=_with_tool())
    waiting = poll_run(client, run.thread_id, run.id, interval=0.01)
    assert waiting.status == RunStatus.REQUIRES_ACTION
    seen: list[RunStatus] = []
    done = run_tool_loop(
        client,
        waiting,
        {"get_weather": lambda: {"sky": "clear"}},
        interval=0.01,
        on_run=lambda r: seen.append(r.status),
    )
    assert done.status == RunStatus.COMPLETED and done.usage is not None
    assert seen == [RunStatus.REQUIRES_ACTION, RunStatus.COMPLETED]
    submitted = [r for r in server.requests if r.path.endswith("/submit_tool_outputs")]
    assert submitted[0].body["tool_outputs"][0]["output"] == '{"sky": "clear"}'
    steps = list(iter_run_steps(client, run.thread_id, run.id, page_size=1))
    assert [step.type_ for step in steps] == ["tool_calls", "message_creation"]
    details = steps[0].step_details
    assert isinstance(details, RunStepDetailsToolCallsObject)
    call = details.tool_calls[0]
    assert isinstance(call, RunStepDetailsToolCallsFunctionObject) and call.function.output == '{"sky": "clear"}'


def test_tool_errors_raise_or_are_reported(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    def broken() -> str:
        raise RuntimeError("sensor offline")

    run = create_thread_and_run.sync(client=client, body=_with_tool())
    with pytest.raises(ToolCallError, match="sensor offline") as caught:
        run_tool_loop(client, run, {"get_weather": broken}, interval=0.01)
    assert caught.value.function_name == "get_weather" and caught.value.call_id.startswith("call_")
    with pytest.raises(ToolCallError, match="no function named"):
        run_tool_loop(client, run, {}, interval=0.01)

    done = run_tool_loop(client, run, {"get_weather": broken}, on_error="report", interval=0.01)
    assert done.status == RunStatus.COMPLETED
    output = [r for r in server.requests if r.path.endswith("/submit_tool_outputs")][-1].body["tool_outputs"][0]
    assert output["output"] == "error: get_weather raised RuntimeError: sensor offline"


@pytest.mark.parametrize("ending", ["failed", "expired", "incomplete"])
def test_create_and_poll_returns_terminal_runs(
    server: LocalRunsServer, client: AuthenticatedClient, ending: str
) -> None:
    thread_id = server.state.create_thread()
    body = CreateRunRequest(assistant_id="a", metadata=Metadata.from_dict({"simulate": ending}))
    run = create_and_poll(client, thread_id, body, interval=0.01)
    assert (run.status, run.failed_at is not None, run.last_error is not None, run.incomplete_details is not None) == (
        ending,
        ending == "failed",
        ending == "failed",
        ending == "incomplete",
    )


def test_cancel_then_poll(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    run = create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id="a"))
    assert cancel_run.sync(run.thread_id, run.id, client=client).status == RunStatus.CANCELLING
    assert poll_run(client, run.thread_id, run.id, interval=0.01).status == RunStatus.CANCELLED
    with pytest.raises(errors.BadRequestError, match="Cannot cancel"):
        cancel_run.sync(run.thread_id, run.id, client=client)


@pytest.mark.parametrize(
    ("interval", "expected_wait"), [(None, 0.15), (0.02, 0.02)], ids=["server-pace", "explicit-interval-wins"]
)
def test_polling_waits_what_the_caller_or_else_the_server_says(
    interval: float | None, expected_wait: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    monkeypatch.setattr("openai_client_helpers.lifecycle.time.sleep", waits.append)
    with (
        LocalRunsServer(poll_after_ms=150) as server,
        AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client,
    ):
        run = create_thread_and_run_and_poll(client, CreateThreadAndRunRequest(assistant_id="a"), interval=interval)
    assert run.status == RunStatus.COMPLETED
    assert waits and set(waits) == {expected_wait}


def test_polling_gives_up_after_its_timeout(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    run = create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id="a"))
    with pytest.raises(PollTimeoutError) as caught:
        poll_run(client, run.thread_id, run.id, interval=1.0, timeout=0.0)
    assert caught.value.run.id == run.id and caught.value.run.status != RunStatus.COMPLETED


def test_polling_raises_typed_errors(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError):
        poll_run(client, "thread_missing", "run_missing", interval=0.01)


@pytest.mark.anyio
async def test_async_helpers(server: LocalRunsServer) -> None:
    async with AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client:
        run = await acreate_thread_and_run_and_poll(client, _with_tool(), interval=0.01)
        assert run.status == RunStatus.REQUIRES_ACTION
        done = await arun_tool_loop(client, run, {"get_weather": lambda: "sunny"}, interval=0.01)
        assert done.status == RunStatus.COMPLETED
        for _ in range(3):
            await create_thread_and_run.asyncio(client=client, body=CreateThreadAndRunRequest(assistant_id="a"))
        runs = [r.id async for r in aiter_runs(client, run.thread_id, page_size=1)]
        assert runs == [run.id]
        steps = [s.type_ async for s in aiter_run_steps(client, run.thread_id, run.id, page_size=1)]
        assert steps == ["tool_calls", "message_creation"]


def test_local_server_validates_requests(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    with pytest.raises(errors.BadRequestError) as missing:
        create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id=""))
    assert missing.value.param == "assistant_id"
    run = create_thread_and_run.sync(client=client, body=_with_tool())
    from openai_client.api.runs import list_runs, submit_tool_outputs_to_run
    from openai_client.models import SubmitToolOutputsRunRequest, ToolOutput

    wrong_state = SubmitToolOutputsRunRequest(tool_outputs=[ToolOutput(tool_call_id="call_x", output="1")])
    with pytest.raises(errors.BadRequestError, match="do not accept tool outputs"):
        submit_tool_outputs_to_run.sync(run.thread_id, run.id, client=client, body=wrong_state)
    poll_run(client, run.thread_id, run.id, interval=0.01)
    with pytest.raises(errors.BadRequestError, match="No tool call found") as unknown_call:
        submit_tool_outputs_to_run.sync(run.thread_id, run.id, client=client, body=wrong_state)
    assert unknown_call.value.param == "tool_outputs[0].tool_call_id"
    with pytest.raises(errors.BadRequestError) as bad_limit:
        list_runs.sync(run.thread_id, client=client, limit=0)
    assert bad_limit.value.param == "limit"
    with pytest.raises(errors.NotFoundError):
        create_run.sync("thread_nope", client=client, body=CreateRunRequest(assistant_id="a"))
    with (
        AuthenticatedClient(base_url=server.base_url, token="sk-no-scheme", prefix="") as schemeless,
        pytest.raises(errors.AuthenticationError),
    ):
        create_run.sync(run.thread_id, client=schemeless, body=CreateRunRequest(assistant_id="a"))
