"""The helpers over the endpoints: paging, polling, the tool-call loop, a run's answer (sync and async)."""

from __future__ import annotations

import pytest

from openai_client import AuthenticatedClient, errors
from openai_client.api.messages import create_message
from openai_client.api.runs import cancel_run, create_run, create_thread_and_run
from openai_client.api.threads import create_thread
from openai_client.models import (
    AssistantToolsFunctionParam,
    CreateThreadAndRunRequest,
    ListOrder,
    RunObject,
    RunStatus,
    RunStepDetailsToolCallsFunctionObject,
    RunStepDetailsToolCallsObject,
)
from openai_client_helpers import (
    LocalRunsServer,
    PollTimeoutError,
    ToolCallError,
    acreate_thread_and_run_and_poll,
    aiter_assistants,
    aiter_messages,
    aiter_run_steps,
    aiter_runs,
    arun_messages,
    arun_text,
    arun_tool_loop,
    create_and_poll,
    create_thread_and_run_and_poll,
    iter_assistants,
    iter_messages,
    iter_run_steps,
    iter_runs,
    poll_run,
    run_messages,
    run_text,
    run_tool_loop,
)
from openai_client_helpers.local_server import expire, fail, incomplete, reply, tool_call

from .conftest import ASSISTANT_ID, TOKEN

WEATHER_TOOL: AssistantToolsFunctionParam = {"type": "function", "function": {"name": "get_weather"}}
ASK_WEATHER: CreateThreadAndRunRequest = CreateThreadAndRunRequest(
    assistant_id=ASSISTANT_ID,
    thread={"messages": [{"role": "user", "content": "Weather in Paris?"}]},
    tools=[WEATHER_TOOL],
)


def _thread(client: AuthenticatedClient) -> str:
    return create_thread.sync(client=client).id


# -- paging ---------------------------------------------------------------------------
def test_pagination_follows_after_and_has_more_lazily(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    thread_id = _thread(client)
    # One run at a time, as the API allows on a thread: each is done before the next starts.
    created = [create_and_poll(client, thread_id, {"assistant_id": ASSISTANT_ID}, interval=0).id for _ in range(5)]
    before = len(server.requests)
    iterator = iter_runs(client, thread_id, order="asc", page_size=2)
    assert next(iterator).id == created[0]
    assert len(server.requests) == before + 1, "only the first page is fetched for the first item"
    assert [run.id for run in iterator] == created[1:]
    pages = server.requests[before:]
    assert [page.query.get("after") for page in pages] == [None, [created[1]], [created[3]]]


def test_every_list_helper_lists_newest_first_as_the_api_does(
    server: LocalRunsServer, client: AuthenticatedClient
) -> None:
    server.add_assistant(id="asst_second")
    server.script([tool_call("get_weather"), reply("Sunny.")])
    run = run_tool_loop(client, create_thread_and_run_and_poll(client, ASK_WEATHER, interval=0), {"get_weather": str})
    second = create_run.sync(run.thread_id, client=client, body={"assistant_id": ASSISTANT_ID})
    assert [r.id for r in iter_runs(client, run.thread_id)] == [second.id, run.id]
    assert [s.type_ for s in iter_run_steps(client, run.thread_id, run.id)] == ["message_creation", "tool_calls"]
    assert [a.id for a in iter_assistants(client)] == ["asst_second", ASSISTANT_ID]
    assert [m.role for m in iter_messages(client, run.thread_id)] == ["assistant", "user"]
    assert {request.query["order"][0] for request in server.requests if "order" in request.query} == {"desc"}


def test_list_helpers_take_the_order_as_a_string_or_enum_and_refuse_others(client: AuthenticatedClient) -> None:
    thread_id = _thread(client)
    runs = [create_and_poll(client, thread_id, {"assistant_id": ASSISTANT_ID}, interval=0).id for _ in range(2)]
    assert [run.id for run in iter_runs(client, thread_id, order="asc")] == runs
    assert [run.id for run in iter_runs(client, thread_id, order=ListOrder.ASC)] == runs
    with pytest.raises(errors.InvalidOptionError, match="order must be one of 'asc', 'desc', not 'ascending'"):
        iter_runs(client, thread_id, order="ascending")  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidOptionError, match="page_size must be an int from 1 to 100"):
        iter_messages(client, thread_id, page_size=500)


def test_iter_messages_filters_by_run(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    thread_id = _thread(client)
    create_message.sync(thread_id, client=client, body={"role": "user", "content": "Hi"})
    server.script([reply("Hello!")])
    run = create_and_poll(client, thread_id, {"assistant_id": ASSISTANT_ID}, interval=0)
    only_run = list(iter_messages(client, thread_id, run_id=run.id))
    assert [(m.role, m.run_id) for m in only_run] == [("assistant", run.id)]
    assert server.requests[-1].query["run_id"] == [run.id]


@pytest.mark.anyio
async def test_async_list_helpers(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    run = create_thread_and_run_and_poll(client, {"assistant_id": ASSISTANT_ID}, interval=0)
    assert [r.id async for r in aiter_runs(client, run.thread_id, page_size=1)] == [run.id]
    assert [s.type_ async for s in aiter_run_steps(client, run.thread_id, run.id)] == ["message_creation"]
    assert [a.id async for a in aiter_assistants(client)] == [ASSISTANT_ID]
    assert [m.run_id async for m in aiter_messages(client, run.thread_id, run_id=run.id)] == [run.id]
    await client.aclose()


# -- polling --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("ending", "status", "detail"),
    [
        (fail("rate_limit_exceeded", "Slow down."), "failed", "last_error"),
        (expire(), "expired", "expires_at"),
        (incomplete("max_prompt_tokens"), "incomplete", "incomplete_details"),
    ],
    ids=["failed", "expired", "incomplete"],
)
def test_polling_returns_every_terminal_status(
    server: LocalRunsServer, client: AuthenticatedClient, ending: object, status: str, detail: str
) -> None:
    server.script([ending])
    run = create_thread_and_run_and_poll(client, {"assistant_id": ASSISTANT_ID}, interval=0)
    details = {
        "last_error": run.last_error.to_dict() if run.last_error else None,
        "expires_at": run.expires_at,
        "incomplete_details": run.incomplete_details.to_dict() if run.incomplete_details else None,
    }
    expected = {
        "failed": {"last_error": {"code": "rate_limit_exceeded", "message": "Slow down."}},
        "expired": {"expires_at": None},
        "incomplete": {"incomplete_details": {"reason": "max_prompt_tokens"}},
    }[status]
    assert run.status == status and {detail: details[detail]} == expected


def test_cancel_then_poll(client: AuthenticatedClient) -> None:
    run = create_thread_and_run.sync(client=client, body={"assistant_id": ASSISTANT_ID})
    assert cancel_run.sync(run.thread_id, run.id, client=client).status == RunStatus.CANCELLING
    assert poll_run(client, run.thread_id, run.id, interval=0).status == RunStatus.CANCELLED
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
        assistant = server.add_assistant()
        run = create_thread_and_run_and_poll(client, {"assistant_id": assistant["id"]}, interval=interval)
    assert run.status == RunStatus.COMPLETED
    assert waits and set(waits) == {expected_wait}


def test_polling_gives_up_after_its_timeout(client: AuthenticatedClient) -> None:
    run = create_thread_and_run.sync(client=client, body={"assistant_id": ASSISTANT_ID})
    with pytest.raises(PollTimeoutError) as caught:
        poll_run(client, run.thread_id, run.id, interval=1.0, timeout=0.0)
    assert caught.value.run.id == run.id and caught.value.run.status != RunStatus.COMPLETED
    assert isinstance(caught.value, errors.OpenAIError)


def test_polling_raises_typed_errors(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError):
        poll_run(client, "thread_missing", "run_missing", interval=0)


# -- tool calls -----------------------------------------------------------------------
def test_polling_reaches_requires_action_then_tool_loop_completes(
    server: LocalRunsServer, client: AuthenticatedClient
) -> None:
    server.script([tool_call("get_weather", {"city": "Paris"}), reply("Clear skies in Paris.")])
    waiting = create_thread_and_run_and_poll(client, ASK_WEATHER, interval=0)
    assert waiting.status == RunStatus.REQUIRES_ACTION
    seen: list[RunObject] = []
    done = run_tool_loop(
        client, waiting, {"get_weather": lambda city: {"sky": "clear", "city": city}}, interval=0, on_run=seen.append
    )
    assert done.status == RunStatus.COMPLETED and done.usage is not None
    assert [run.status for run in seen] == [RunStatus.REQUIRES_ACTION, RunStatus.COMPLETED]
    submitted = [r for r in server.requests if r.operation == "submitToolOutputsToRun"]
    assert submitted[0].body["tool_outputs"][0]["output"] == '{"sky": "clear", "city": "Paris"}'
    steps = list(iter_run_steps(client, done.thread_id, done.id, order="asc", page_size=1))
    assert [step.type_ for step in steps] == ["tool_calls", "message_creation"]
    details = steps[0].step_details
    assert isinstance(details, RunStepDetailsToolCallsObject)
    call = details.tool_calls[0]
    assert isinstance(call, RunStepDetailsToolCallsFunctionObject)
    assert call.function.output == '{"sky": "clear", "city": "Paris"}'


def test_parallel_tool_calls_are_answered_together(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    server.script([[tool_call("get_weather", {"city": "Paris"}), tool_call("get_weather", {"city": "Oslo"})]])
    run = create_thread_and_run_and_poll(client, ASK_WEATHER, interval=0)
    done = run_tool_loop(client, run, {"get_weather": lambda city: f"{city}: fine"}, interval=0)
    (submitted,) = [r.body for r in server.requests if r.operation == "submitToolOutputsToRun"]
    assert [output["output"] for output in submitted["tool_outputs"]] == ["Paris: fine", "Oslo: fine"]
    assert run_text(client, done) == "Thanks to the tools: get_weather said Paris: fine; get_weather said Oslo: fine."


def test_tool_errors_raise_or_are_reported(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    def broken() -> str:
        raise RuntimeError("sensor offline")

    run = create_thread_and_run_and_poll(client, ASK_WEATHER, interval=0)
    with pytest.raises(ToolCallError, match="sensor offline") as caught:
        run_tool_loop(client, run, {"get_weather": broken}, interval=0)
    assert caught.value.function_name == "get_weather" and caught.value.call_id.startswith("call_")
    with pytest.raises(ToolCallError, match="no function named"):
        run_tool_loop(client, run, {}, interval=0)
    done = run_tool_loop(client, run, {"get_weather": broken}, on_error="report", interval=0)
    assert done.status == RunStatus.COMPLETED
    output = [r for r in server.requests if r.operation == "submitToolOutputsToRun"][-1].body["tool_outputs"][0]
    assert output["output"] == "error: get_weather raised RuntimeError: sensor offline"


def test_an_on_error_that_is_no_choice_is_refused_before_anything_runs(client: AuthenticatedClient) -> None:
    run = create_thread_and_run.sync(client=client, body={"assistant_id": ASSISTANT_ID})
    with pytest.raises(errors.InvalidOptionError, match="on_error must be one of 'raise', 'report', not 'ignore'"):
        run_tool_loop(client, run, {}, on_error="ignore")  # type: ignore[arg-type]


# -- the answer -------------------------------------------------------------------------
def test_the_answer_of_a_polled_run_is_read_from_its_messages(
    server: LocalRunsServer, client: AuthenticatedClient
) -> None:
    thread_id = _thread(client)
    server.script([reply("An earlier answer.")])
    create_and_poll(client, thread_id, {"assistant_id": ASSISTANT_ID}, interval=0)
    server.script([reply("Forty-two.")])
    run = create_and_poll(
        client,
        thread_id,
        {"assistant_id": ASSISTANT_ID, "additional_messages": [{"role": "user", "content": "Six times seven?"}]},
        interval=0,
    )
    (message,) = run_messages(client, run)
    assert (message.role, message.run_id, message.assistant_id) == ("assistant", run.id, ASSISTANT_ID)
    assert run_text(client, run) == "Forty-two."


@pytest.mark.anyio
async def test_async_helpers_from_question_to_answer(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    server.script([tool_call("get_weather"), reply("Sunny, the tool says.")])
    run = await acreate_thread_and_run_and_poll(client, ASK_WEATHER, interval=0)
    assert run.status == RunStatus.REQUIRES_ACTION
    done = await arun_tool_loop(client, run, {"get_weather": lambda: "sunny"}, interval=0)
    assert [m.run_id for m in await arun_messages(client, done)] == [done.id]
    assert await arun_text(client, done) == "Sunny, the tool says."
    await client.aclose()
