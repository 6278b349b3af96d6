"""LocalRunsServer as a product: run alone, as pytest fixtures, scripted, faulty on demand, faithful, thread-safe."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
from typing import Any

import httpx
import openai
import pytest

from openai_client import AuthenticatedClient, RetryPolicy, errors
from openai_client.api.assistants import create_assistant
from openai_client.api.runs import create_run, create_thread_and_run, get_run
from openai_client.api.threads import create_thread
from openai_client.models import AssistantToolsFunctionParam, CreateThreadAndRunRequestParam, ErrorResponse
from openai_client_helpers import (
    LocalRunsServer,
    acreate_thread_and_run_and_poll,
    arun_text,
    arun_tool_loop,
    create_thread_and_run_and_poll,
    run_text,
    run_tool_loop,
    stream_thread_and_run,
)
from openai_client_helpers.local_server import fail, reply, tool_call

from .conftest import ASSISTANT_ID, ROOT, TOKEN

NEW_RUN: CreateThreadAndRunRequestParam = {"assistant_id": ASSISTANT_ID}


# -- standalone -----------------------------------------------------------------------
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the SDK marks its Assistants surface deprecated
def test_started_alone_it_prints_its_url_serves_both_clients_and_stops_on_ctrl_c() -> None:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "openai_client_helpers.local_server", "--token", "sk-cli"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Local Assistants API at http://127.0.0.1:")
        base_url = first.split(" at ", 1)[1].strip()
        assert process.stdout.readline().strip() == f"OpenAI(base_url='{base_url}', api_key='sk-cli')"
        with AuthenticatedClient(base_url=base_url, token="sk-cli", max_retries=0) as client:
            assistant = create_assistant.sync(client=client, body={"model": "gpt-4o"})
        with openai.OpenAI(base_url=base_url, api_key="sk-cli", max_retries=0) as sdk:
            assert sdk.beta.assistants.retrieve(assistant.id).id == assistant.id
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        process.kill()
    assert process.returncode == 0 and "stopped" in out and "Traceback" not in err


# -- as pytest fixtures -----------------------------------------------------------------
def test_the_pytest_plugin_gives_a_server_and_a_client_per_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest
        from openai_client.api.runs import create_thread_and_run, get_run
        from openai_client.api.threads import create_thread
        from openai_client_helpers import create_thread_and_run_and_poll, run_text
        from openai_client_helpers.local_server import reply

        def test_an_answer(runs_server, runs_client):
            assistant = runs_server.add_assistant(name="Under test")
            runs_server.script([reply("42")])
            run = create_thread_and_run_and_poll(runs_client, {"assistant_id": assistant["id"]})
            assert run_text(runs_client, run) == "42"

        def test_a_fresh_server_each_time(runs_server, runs_client):
            assert runs_server.requests == []
            create_thread.sync(client=runs_client)

        @pytest.mark.runs_server(manual_clock=True, pace=1.0)
        def test_a_marker_sets_the_server_up(runs_server, runs_client):
            assistant = runs_server.add_assistant()
            run = create_thread_and_run.sync(client=runs_client, body={"assistant_id": assistant["id"]})
            runs_server.advance(5)
            assert get_run.sync(run.thread_id, run.id, client=runs_client).status == "completed"
        """
    )
    # No -p: the package is installed into the venv, so pytest finds the plugin by its entry point, as users' do.
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-W", "error::pytest.PytestUnknownMarkWarning")
    result.assert_outcomes(passed=3)


def test_the_package_registers_the_plugin_for_pytest() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "[project.entry-points.pytest11]\n" in pyproject
    assert 'openai_client = "openai_client_helpers.pytest_plugin"' in pyproject


# -- scripted runs -------------------------------------------------------------------
def test_a_scripted_run_calls_the_tool_with_exactly_the_scripted_arguments(
    server: LocalRunsServer, client: AuthenticatedClient
) -> None:
    server.script([tool_call("lookup", {"id": 7, "deep": True}), reply("Found it.")])
    run = create_thread_and_run_and_poll(client, NEW_RUN)
    (call,) = run.required_action.submit_tool_outputs.tool_calls  # type: ignore[union-attr]
    assert (call.function.name, call.function.arguments) == ("lookup", '{"id": 7, "deep": true}')
    done = run_tool_loop(client, run, {"lookup": lambda id, deep: "row 7"})
    assert run_text(client, done) == "Found it."


def test_a_script_can_wait_for_the_run_of_one_assistant(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    other = server.add_assistant(name="Other")["id"]
    server.script([reply("For the other one.")], assistant_id=other)
    first = create_thread_and_run_and_poll(client, NEW_RUN)
    second = create_thread_and_run_and_poll(client, {"assistant_id": other})
    assert run_text(client, first) == "Hello from the local Runs server: the run is complete."
    assert run_text(client, second) == "For the other one."


def test_a_scripted_reply_is_streamed_in_pieces(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    server.script([reply("one two three four five six seven")])
    with stream_thread_and_run(client, NEW_RUN) as stream:
        pieces = list(stream.text_deltas)
    assert len(pieces) == 3 and "".join(pieces) == "one two three four five six seven"


@pytest.mark.parametrize(
    ("script", "says"),
    [
        (lambda: [reply("a"), reply("b")], "ends the run: it must be last"),
        (lambda: ["hello"], "step 0 is 'hello'"),
        (lambda: [fail("boom")], "fail code must be one of"),
        (lambda: "reply", "a script is a list of steps"),
    ],
    ids=["ending-not-last", "not-a-step", "unknown-fail-code", "not-a-list"],
)
def test_a_script_that_cannot_run_is_refused_when_given(server: LocalRunsServer, script: Any, says: str) -> None:
    with pytest.raises(errors.InvalidOptionError, match=says):
        server.script(script())


# -- faults on demand ---------------------------------------------------------------
def test_an_injected_429_with_retry_after_is_retried_by_the_client(server: LocalRunsServer) -> None:
    server.inject(429, retry_after=0)
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=1) as client:
        thread = create_thread.sync(client=client)
    statuses = [request.operation for request in server.requests]
    assert statuses == ["createThread", "createThread"] and thread.id.startswith("thread_")


def test_injected_faults_hit_only_their_operation_and_only_count_times(
    server: LocalRunsServer, client: AuthenticatedClient
) -> None:
    server.inject(503, count=2, operation="getRun")
    run = create_thread_and_run.sync(client=client, body=NEW_RUN)
    for _ in range(2):
        with pytest.raises(errors.InternalServerError, match="overloaded") as caught:
            get_run.sync(run.thread_id, run.id, client=client)
    assert caught.value.type == "server_error"
    assert get_run.sync(run.thread_id, run.id, client=client).id == run.id


def test_an_injected_delay_makes_the_client_time_out(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    server.inject(delay=0.3)
    with pytest.raises(errors.APITimeoutError):
        create_thread.sync(client=client, timeout=0.05)


def test_an_injected_cut_stops_a_stream_before_done(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    server.inject(cut_stream=True)
    create_thread.sync(client=client)  # not a stream: passes
    with pytest.raises(errors.IncompleteStreamError), stream_thread_and_run(client, NEW_RUN) as stream:
        stream.until_done()


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        ({}, "needs a status, a delay or cut_stream"),
        ({"status": 200}, "HTTP error status"),
        ({"status": 500, "cut_stream": True}, "no stream to cut"),
        ({"status": 500, "operation": "getRuns"}, "unknown operation 'getRuns'"),
        ({"status": 500, "count": 0}, "count must be 1 or more"),
        ({"delay": -1}, "delay must be seconds"),
    ],
    ids=["nothing", "not-an-error", "status-and-cut", "unknown-operation", "zero-count", "negative-delay"],
)
def test_a_fault_that_cannot_happen_is_refused(server: LocalRunsServer, arguments: dict[str, Any], says: str) -> None:
    with pytest.raises(errors.InvalidOptionError, match=says):
        server.inject(**arguments)


# -- fidelity -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("token", "code"), [("sk-wrong-0123456789", "invalid_api_key"), ("", None)], ids=["wrong", "missing"]
)
def test_with_a_token_configured_any_other_key_gets_401(token: str, code: str | None) -> None:
    with (
        LocalRunsServer(token="sk-right-0123456789") as server,
        httpx.Client(base_url=server.base_url, headers={"OpenAI-Beta": "assistants=v2"}) as http,
    ):
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        answer = http.post("/threads", headers=headers)
    assert answer.status_code == 401
    error = answer.json()["error"]
    assert error["code"] == code and error["type"] == "invalid_request_error"
    assert "sk-right" not in answer.text and (token == "" or token not in answer.text)


@pytest.mark.parametrize(
    ("body", "status", "param", "says"),
    [
        ({"assistant_id": ASSISTANT_ID, "temperature": "hot"}, 400, "temperature", "Invalid type for 'temperature'"),
        ({"assistant_id": 123}, 400, "assistant_id", "Invalid type for 'assistant_id': expected string"),
        ({}, 400, "assistant_id", "Missing required parameter: 'assistant_id'"),
        (
            {"assistant_id": ASSISTANT_ID, "tool_choice": "zz_future_sometimes"},
            400,
            "tool_choice",
            "Supported values are",
        ),
        (
            {"assistant_id": ASSISTANT_ID, "tools": [{"type": "zz_future_browser"}]},
            400,
            "tools[0].type",
            "'zz_future_browser'",
        ),
        ({"assistant_id": ASSISTANT_ID, "colour": "blue"}, 400, "colour", "Unrecognized request argument"),
        ({"assistant_id": "asst_nope"}, 404, None, "No assistant found with id 'asst_nope'"),
    ],
    ids=[
        "wrong-type",
        "id-not-a-string",
        "missing",
        "unknown-enum",
        "unknown-tool",
        "unknown-field",
        "no-such-assistant",
    ],
)
def test_request_bodies_are_checked_as_the_api_checks_them(
    server: LocalRunsServer, body: dict[str, Any], status: int, param: str | None, says: str
) -> None:
    with httpx.Client(
        base_url=server.base_url, headers={"Authorization": "Bearer sk-x", "OpenAI-Beta": "assistants=v2"}
    ) as http:
        answer = http.post("/threads/runs", json=body)
    error = answer.json()["error"]
    assert (answer.status_code, error["param"]) == (status, param) and says in error["message"]
    assert server.requests[-1].operation == "createThreadAndRun"


def test_a_run_uses_its_assistants_settings_unless_it_overrides_them(
    server: LocalRunsServer, client: AuthenticatedClient
) -> None:
    tool: AssistantToolsFunctionParam = {"type": "function", "function": {"name": "get_weather"}}
    assistant = create_assistant.sync(
        client=client, body={"model": "gpt-4o-mini", "instructions": "Be brief.", "tools": [tool], "temperature": 0.2}
    )
    inherited = create_run.sync(
        create_thread.sync(client=client).id, client=client, body={"assistant_id": assistant.id}
    )
    overridden = create_run.sync(
        create_thread.sync(client=client).id,
        client=client,
        body={"assistant_id": assistant.id, "model": "gpt-4o", "tools": [], "temperature": 1},
    )
    assert (inherited.model, inherited.instructions, len(inherited.tools), inherited.temperature) == (
        "gpt-4o-mini",
        "Be brief.",
        1,
        0.2,
    )
    assert (overridden.model, overridden.instructions, overridden.tools, overridden.temperature) == (
        "gpt-4o",
        "Be brief.",
        [],
        1,
    )


def test_the_server_answers_its_own_bug_with_the_apis_500(
    server: LocalRunsServer, client: AuthenticatedClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise KeyError("oops")

    monkeypatch.setattr(server._state, "get_run", broken)
    response = get_run.sync_detailed("t", "r", client=client)
    assert response.status_code == 500
    assert isinstance(response.error, ErrorResponse) and "server had an error" in response.error.error.message


def test_requests_are_recorded_with_their_json_and_raw_bytes(
    server: LocalRunsServer, client: AuthenticatedClient
) -> None:
    create_thread_and_run.sync(
        client=client, body={"assistant_id": ASSISTANT_ID, "metadata": {"k": "v"}}, extra_query={"x": "1"}
    )
    (request,) = server.requests
    assert (request.method, request.path, request.query, request.operation) == (
        "POST",
        "/v1/threads/runs",
        {"x": ["1"]},
        "createThreadAndRun",
    )
    assert request.body == {"assistant_id": ASSISTANT_ID, "metadata": {"k": "v"}}
    assert request.content == b'{"assistant_id":"asst_test","metadata":{"k":"v"}}'


# -- thread-safety ------------------------------------------------------------------
def test_many_threads_and_tasks_at_once_each_see_their_own_run_through(server: LocalRunsServer) -> None:
    """16 callers (8 threads, 8 asyncio tasks) each run a tool round at the same time."""
    expected = ["queued", "in_progress", "requires_action", "queued", "in_progress", "completed"]
    for _ in range(16):
        server.script([tool_call("echo", {"n": 1}), reply("done")])
    start = threading.Barrier(9)
    runs: list[tuple[str, str]] = []
    lock = threading.Lock()
    body: CreateThreadAndRunRequestParam = {
        "assistant_id": ASSISTANT_ID,
        "tools": [{"type": "function", "function": {"name": "echo"}}],
    }
    retries = RetryPolicy(max_retries=0)

    def in_a_thread() -> None:
        with AuthenticatedClient(base_url=server.base_url, token=TOKEN, retry_policy=retries) as client:
            start.wait()
            run = run_tool_loop(
                client, create_thread_and_run_and_poll(client, body), {"echo": lambda n: str(n)}, interval=0
            )
            with lock:
                runs.append((run.id, run_text(client, run)))

    async def in_tasks() -> None:
        async with AuthenticatedClient(base_url=server.base_url, token=TOKEN, retry_policy=retries) as client:

            async def one() -> None:
                waiting = await acreate_thread_and_run_and_poll(client, body)
                run = await arun_tool_loop(client, waiting, {"echo": lambda n: str(n)})
                text = await arun_text(client, run)
                with lock:
                    runs.append((run.id, text))

            await asyncio.to_thread(start.wait)
            await asyncio.gather(*(one() for _ in range(8)))

    threads = [threading.Thread(target=in_a_thread) for _ in range(8)]
    for thread in threads:
        thread.start()
    asyncio.run(in_tasks())
    for thread in threads:
        thread.join(timeout=30)
    assert len(runs) == 16 and len({run_id for run_id, _ in runs}) == 16
    assert {text for _, text in runs} == {"done"}
    for run_id, _ in runs:
        assert server.history(run_id) == expected


def test_the_server_serves_a_burst_of_100_connections(server: LocalRunsServer) -> None:
    statuses: list[int] = []
    lock = threading.Lock()
    start = threading.Barrier(100)

    def one(http: httpx.Client) -> None:
        start.wait()
        status = http.get(f"{server.base_url}/threads/t/runs/r").status_code
        with lock:
            statuses.append(status)

    # One pool of up to 100 connections: the requests arrive together, each on its own connection.
    with httpx.Client(timeout=10.0, limits=httpx.Limits(max_connections=100)) as http:
        threads = [threading.Thread(target=one, args=(http,)) for _ in range(100)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=20)
    assert len(statuses) == 100 and set(statuses) == {401}


def test_set_up_mistakes_are_the_librarys_own_errors(server: LocalRunsServer) -> None:
    with pytest.raises(errors.InvalidOptionError, match="Invalid type for 'temperature'"):
        server.add_assistant(temperature="hot")
    with pytest.raises(errors.InvalidOptionError, match="already exists"):
        server.add_assistant(id=ASSISTANT_ID)
    with pytest.raises(errors.InvalidOptionError, match="no run 'run_nope'"):
        server.history("run_nope")


def test_a_server_never_started_stops_at_once() -> None:
    server = LocalRunsServer()
    stopping = threading.Thread(target=server.stop, daemon=True)
    stopping.start()
    stopping.join(timeout=5)
    assert not stopping.is_alive()
