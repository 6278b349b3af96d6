"""LocalRunsServer refuses what the API refuses and keeps time as the API does, driven with the official SDK.

Each test runs a server on a manual clock (`manual_clock=True`): nothing moves until the test
calls `server.advance()`, so the tests are quick and say exactly when each state is reached.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from openai_client import AuthenticatedClient, errors
from openai_client.api.assistants import create_assistant
from openai_client.api.runs import create_thread_and_run, list_run_steps, list_runs
from openai_client_helpers.local_server import LocalRunsServer, reply, tool_call
from openai_client_helpers.local_server._operations import ServedOperation, served_operations

from .conftest import ROOT

KEY = "sk-test-rules-0123456789SECRET"
FUNCTION = {"type": "function", "function": {"name": "get_weather"}}

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the SDK marks Assistants deprecated


@pytest.fixture
def fake() -> Iterator[LocalRunsServer]:
    with LocalRunsServer(manual_clock=True, pace=1.0) as server:
        server.add_assistant(id="asst_rules", tools=[FUNCTION])
        yield server


@pytest.fixture
def sdk(fake: LocalRunsServer) -> Iterator[openai.OpenAI]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with openai.OpenAI(base_url=fake.base_url, api_key=KEY, max_retries=0) as client:
            yield client


def refusal(call: Any) -> dict[str, Any]:
    """The error object of the 400 `call()` gets."""
    with pytest.raises(openai.BadRequestError) as caught:
        call()
    assert caught.value.status_code == 400
    body = caught.value.body
    assert isinstance(body, dict) and body["type"] == "invalid_request_error" and set(body) >= {"param", "code"}
    return body


# -- 1. state rules -----------------------------------------------------------------
def test_a_thread_takes_one_active_run_at_a_time(fake: LocalRunsServer, sdk: openai.OpenAI) -> None:
    thread = sdk.beta.threads.create()
    run = sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id="asst_rules")
    error = refusal(lambda: sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id="asst_rules"))
    assert error["message"] == f"Thread {thread.id} already has an active run {run.id}."
    sdk.beta.threads.runs.cancel(thread_id=thread.id, run_id=run.id)
    fake.advance()
    assert sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id="asst_rules").status == "queued"


@pytest.mark.parametrize("steps", [0, 1, 2], ids=["queued", "in_progress", "requires_action"])
def test_no_message_is_added_while_a_run_is_active(fake: LocalRunsServer, sdk: openai.OpenAI, steps: int) -> None:
    thread = sdk.beta.threads.create()
    run = sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id="asst_rules")
    fake.advance(steps)
    error = refusal(lambda: sdk.beta.threads.messages.create(thread_id=thread.id, role="user", content="Hi"))
    assert error["message"] == f"Can't add messages to {thread.id} while a run {run.id} is active."


def test_tool_outputs_are_taken_only_in_requires_action_and_once_per_call(
    fake: LocalRunsServer, sdk: openai.OpenAI
) -> None:
    thread = sdk.beta.threads.create()
    run = sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id="asst_rules")
    early = refusal(
        lambda: sdk.beta.threads.runs.submit_tool_outputs(thread_id=thread.id, run_id=run.id, tool_outputs=[])
    )
    assert "do not accept tool outputs" in early["message"]
    fake.advance(2)
    waiting = sdk.beta.threads.runs.retrieve(thread_id=thread.id, run_id=run.id)
    assert waiting.status == "requires_action" and waiting.required_action is not None
    (call,) = waiting.required_action.submit_tool_outputs.tool_calls
    twice: Any = [{"tool_call_id": call.id, "output": "a"}, {"tool_call_id": call.id, "output": "b"}]
    duplicate = refusal(
        lambda: sdk.beta.threads.runs.submit_tool_outputs(thread_id=thread.id, run_id=run.id, tool_outputs=twice)
    )
    assert duplicate["param"] == "tool_outputs[1].tool_call_id"
    once: Any = [{"tool_call_id": call.id, "output": "Sunny"}]
    assert sdk.beta.threads.runs.submit_tool_outputs(thread_id=thread.id, run_id=run.id, tool_outputs=once).status
    again = refusal(
        lambda: sdk.beta.threads.runs.submit_tool_outputs(thread_id=thread.id, run_id=run.id, tool_outputs=once)
    )
    assert again["message"] == 'Runs in status "queued" do not accept tool outputs.'


def test_a_run_is_cancelled_only_from_an_active_state(fake: LocalRunsServer, sdk: openai.OpenAI) -> None:
    fake.script([reply("Done.")])
    thread = sdk.beta.threads.create()
    run = sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id="asst_rules")
    fake.advance(2)
    assert sdk.beta.threads.runs.retrieve(thread_id=thread.id, run_id=run.id).status == "completed"
    error = refusal(lambda: sdk.beta.threads.runs.cancel(thread_id=thread.id, run_id=run.id))
    assert error["message"] == "Cannot cancel run with status 'completed'."


# -- 2. limits from the spec -----------------------------------------------------------
LIMITED = [
    ({"temperature": 5}, "temperature", "decimal_above_max_value"),
    ({"top_p": 2}, "top_p", "decimal_above_max_value"),
    ({"name": "n" * 257}, "name", "string_above_max_length"),
    ({"description": "d" * 513}, "description", "string_above_max_length"),
    ({"instructions": "i" * 256_001}, "instructions", "string_above_max_length"),
    ({"metadata": {f"k{index}": "v" for index in range(17)}}, "metadata", "object_above_max_properties"),
    ({"metadata": {"k" * 65: "v"}}, "metadata", "string_above_max_length"),
    ({"metadata": {"k": "v" * 513}}, "metadata.k", "string_above_max_length"),
    ({"tools": [{"type": "function", "function": {"name": "bad name!"}}]}, "tools[0].function.name", "invalid_value"),
    ({"tools": [{"type": "function", "function": {"name": "f" * 65}}]}, "tools[0].function.name", None),
]
LIMIT_IDS = [
    "temperature",
    "top_p",
    "name",
    "description",
    "instructions",
    "metadata-keys",
    "metadata-key",
    "metadata-value",
    "function-name",
    "function-name-length",
]


@pytest.mark.parametrize(("fields", "param", "code"), LIMITED, ids=LIMIT_IDS)
def test_the_server_refuses_values_outside_the_specs_limits(
    sdk: openai.OpenAI, fields: dict[str, Any], param: str, code: str | None
) -> None:
    error = refusal(lambda: sdk.beta.assistants.create(model="gpt-4o", **fields))
    assert error["param"] == param and error["message"].startswith(f"Invalid '{param}': ")
    assert code is None or error["code"] == code


@pytest.mark.parametrize(("fields", "param", "code"), LIMITED, ids=LIMIT_IDS)
def test_the_client_refuses_the_same_values_before_sending(
    fake: LocalRunsServer, fields: dict[str, Any], param: str, code: str | None
) -> None:
    with (
        AuthenticatedClient(base_url=fake.base_url, token=KEY) as client,
        pytest.raises(errors.InvalidRequestError) as caught,
    ):
        body: Any = {"model": "gpt-4o", **fields}
        create_assistant.sync(client=client, body=body)
    assert caught.value.path == f"body.{param}"
    assert fake.requests == []


def test_the_limits_at_the_edge_are_accepted(sdk: openai.OpenAI) -> None:
    assistant = sdk.beta.assistants.create(
        model="gpt-4o",
        name="n" * 256,
        temperature=2,
        top_p=0,
        metadata={f"{index:064d}": "v" * 512 for index in range(16)},
        tools=[{"type": "function", "function": {"name": "A-z_09" + "x" * 58}}],
    )
    assert assistant.temperature == 2 and len(assistant.metadata or {}) == 16


def test_empty_message_content_and_unknown_include_values_are_refused(
    fake: LocalRunsServer, sdk: openai.OpenAI
) -> None:
    thread = sdk.beta.threads.create()
    empty = refusal(lambda: sdk.beta.threads.messages.create(thread_id=thread.id, role="user", content=""))
    assert (empty["param"], empty["code"]) == ("content", "string_below_min_length")
    run = sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id="asst_rules")
    unknown = refusal(
        lambda: sdk.beta.threads.runs.steps.list(thread_id=thread.id, run_id=run.id, include=["zz_future_field"])  # type: ignore[list-item]
    )
    assert unknown["param"] == "include[]" and "zz_future_field" in unknown["message"]


def test_the_client_checks_query_parameters_against_the_spec_before_sending(fake: LocalRunsServer) -> None:
    with (
        AuthenticatedClient(base_url=fake.base_url, token=KEY) as client,
        pytest.raises(errors.InvalidRequestError, match="Expected a value <= 100") as too_many,
    ):
        list_runs.sync("thread_x", client=client, limit=500)
    assert too_many.value.path == "limit"
    assert fake.requests == []


def test_the_client_sends_enum_values_newer_than_its_spec_and_the_fake_refuses_them(fake: LocalRunsServer) -> None:
    # Servers accept new enum values before this spec lists them: the client lets them through;
    # the local server, which is this spec, refuses them as the API refuses what it does not know.
    with (
        AuthenticatedClient(base_url=fake.base_url, token=KEY) as client,
        pytest.raises(errors.BadRequestError, match="Supported values are"),
    ):
        list_run_steps.sync("thread_x", "run_x", client=client, include=["zz_future_field"])  # type: ignore[list-item]
    assert len(fake.requests) == 1


def test_a_nested_limit_names_its_path_on_both_sides(fake: LocalRunsServer, sdk: openai.OpenAI) -> None:
    messages: Any = [{"role": "user", "content": "Hi", "metadata": {"k": "v" * 513}}]
    error = refusal(lambda: sdk.beta.threads.create_and_run(assistant_id="asst_rules", thread={"messages": messages}))
    assert error["param"] == "thread.messages[0].metadata.k"
    with (
        AuthenticatedClient(base_url=fake.base_url, token=KEY) as client,
        pytest.raises(errors.InvalidRequestError, match="string too long") as caught,
    ):
        create_thread_and_run.sync(client=client, body={"assistant_id": "asst_rules", "thread": {"messages": messages}})
    assert caught.value.path == "body.thread.messages[0].metadata.k"


# -- 3. JSON errors, never HTML ---------------------------------------------------------
@pytest.mark.parametrize("method", ["PUT", "PATCH", "BREW", "OPTIONS"])
def test_an_unknown_method_or_path_gets_the_apis_json_404(fake: LocalRunsServer, method: str) -> None:
    headers = {"authorization": f"Bearer {KEY}", "openai-beta": "assistants=v2"}
    with httpx.Client(base_url=fake.endpoint, headers=headers) as http:
        for path in ("/v1/assistants", "/v1/nowhere"):
            answer = http.request(method, path)
            assert answer.status_code == 404 and answer.headers["content-type"] == "application/json"
            assert answer.json()["error"] == {
                "message": f"Invalid URL ({method} {path})",
                "type": "invalid_request_error",
                "param": None,
                "code": None,
            }


def _exchange(server: LocalRunsServer, request: bytes) -> tuple[str, str]:
    """The status line and headers, and the body, of the answer to raw `request` bytes."""
    host, port = server.server_address[:2]
    received = b""
    with socket.create_connection((str(host), port), timeout=5) as raw:
        raw.sendall(request)
        while chunk := raw.recv(65536):  # the server closes the connection after its answer
            received += chunk
    head, _, body = received.decode("latin-1").partition("\r\n\r\n")
    return head, body


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GET /v1/assistants HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n", 431),
        (b"POST /v1/threads HTTP/1.1\r\nHost: x\r\nContent-Length: two\r\n\r\n{}", 400),
        (b"GET /v1/assistants HTTP/9.9\r\nHost: x\r\n\r\n", 505),
    ],
    ids=["headers-too-long", "bad-content-length", "unknown-http-version"],
)
def test_a_request_the_http_layer_refuses_gets_json_too(
    fake: LocalRunsServer, request_bytes: bytes, status: int
) -> None:
    head, body = _exchange(fake, request_bytes)
    assert head.split(" ", 2)[1] == str(status) and "application/json" in head and "<html" not in body.lower()
    assert json.loads(body)["error"]["type"] == "invalid_request_error"


def test_an_operation_without_a_handler_answers_not_implemented(
    fake: LocalRunsServer, sdk: openai.OpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openai_client_helpers.local_server import _handlers

    monkeypatch.delitem(_handlers.ANSWERS, "listAssistants")
    with pytest.raises(openai.NotFoundError, match="not implemented by LocalRunsServer"):
        sdk.beta.assistants.list()


def test_an_operation_beside_the_clients_is_routed_once_served(fake: LocalRunsServer) -> None:
    from openai_client_helpers.local_server import _handlers, _operations

    extra = ServedOperation("zz_futureGetWidget", "GET", "/zz_future_widgets/{widget_id}", False, None)
    _handlers.serve(extra, lambda state, call: {"id": call.params["widget_id"], "object": "zz_future.widget"})
    headers = {"authorization": f"Bearer {KEY}", "openai-beta": "assistants=v2"}
    try:
        with httpx.Client(base_url=fake.base_url, headers=headers) as http:
            answer = http.get("/zz_future_widgets/w_1")
    finally:
        del _operations.EXTRA_OPERATIONS[extra.id], _handlers.ANSWERS[extra.id]
    assert answer.status_code == 200 and answer.json() == {"id": "w_1", "object": "zz_future.widget"}
    assert fake.requests[-1].operation == "zz_futureGetWidget"


def test_the_routes_come_from_the_clients_operations() -> None:
    operations = served_operations()
    assert all(isinstance(operation, ServedOperation) for operation in operations.values())
    create_run = operations["createRun"]
    assert (create_run.method, create_run.path, create_run.streams) == ("POST", "/threads/{thread_id}/runs", True)
    assert create_run.request_model is not None and create_run.request_model.__name__ == "CreateRunRequest"
    assert operations["getRun"].request_model is None and not operations["getRun"].streams


# -- 4. time ------------------------------------------------------------------------------
def test_runs_move_on_by_the_clock_whether_or_not_anyone_polls(fake: LocalRunsServer, sdk: openai.OpenAI) -> None:
    fake.script([reply("Done.")])
    thread = sdk.beta.threads.create()
    run = sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id="asst_rules")
    assert sdk.beta.threads.runs.list(thread_id=thread.id).data[0].status == "queued"
    fake.advance(10)  # nobody asked in between
    assert sdk.beta.threads.runs.list(thread_id=thread.id).data[0].status == "completed"
    assert [message.role for message in sdk.beta.threads.messages.list(thread_id=thread.id)] == ["assistant"]
    assert fake.history(run.id) == ["queued", "in_progress", "completed"]


def test_a_run_left_in_requires_action_past_expires_at_expires(fake: LocalRunsServer, sdk: openai.OpenAI) -> None:
    thread = sdk.beta.threads.create()
    run = sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id="asst_rules")
    fake.advance(2)
    waiting = sdk.beta.threads.runs.retrieve(thread_id=thread.id, run_id=run.id)
    assert waiting.status == "requires_action" and waiting.expires_at is not None
    fake.advance(waiting.expires_at - waiting.created_at)
    expired = sdk.beta.threads.runs.retrieve(thread_id=thread.id, run_id=run.id)
    assert expired.status == "expired" and expired.required_action is None


def test_a_real_clock_moves_runs_on_by_itself() -> None:
    with LocalRunsServer(pace=0.001) as server, openai.OpenAI(base_url=server.base_url, api_key=KEY) as sdk:
        server.add_assistant(id="asst_quick")
        run = sdk.beta.threads.create_and_run_poll(assistant_id="asst_quick", poll_interval_ms=1)
    assert run.status == "completed"


def test_answers_carry_the_apis_rate_limit_timing_and_polling_headers(
    fake: LocalRunsServer, sdk: openai.OpenAI
) -> None:
    thread = sdk.beta.threads.create()
    raw = sdk.beta.threads.runs.with_raw_response.create(thread_id=thread.id, assistant_id="asst_rules")
    headers = raw.headers
    assert int(headers["openai-poll-after-ms"]) == 1000  # a pace of 1 s: the run moves on in one
    assert int(headers["openai-processing-ms"]) >= 1
    assert int(headers["x-ratelimit-limit-requests"]) == 10_000
    assert int(headers["x-ratelimit-remaining-requests"]) == 10_000 - 2
    assert headers["x-ratelimit-reset-requests"].endswith("ms")


def test_past_the_request_rate_the_server_answers_429_until_time_refills_it() -> None:
    with (
        LocalRunsServer(manual_clock=True, requests_per_minute=2) as server,
        openai.OpenAI(base_url=server.base_url, api_key=KEY, max_retries=0) as sdk,
    ):
        sdk.beta.threads.create()
        sdk.beta.threads.create()
        with pytest.raises(openai.RateLimitError) as caught:
            sdk.beta.threads.create()
        assert caught.value.code == "rate_limit_exceeded"
        assert caught.value.response.headers["x-ratelimit-remaining-requests"] == "0"
        server.advance(30)
        assert sdk.beta.threads.create().object == "thread"


# -- 6. credentials redacted -------------------------------------------------------------------
def test_recorded_requests_print_credentials_masked_and_reveal_them_when_asked(
    fake: LocalRunsServer, sdk: openai.OpenAI
) -> None:
    sdk.beta.threads.create()
    (request,) = fake.requests
    assert KEY not in repr(fake.requests) and KEY not in str(request) and KEY not in str(request.headers)
    assert request.header("authorization") == "Bearer sk-...CRET"
    assert request.header("Authorization", reveal=True) == f"Bearer {KEY}"


# -- 5. the CLI -----------------------------------------------------------------------------------
def test_the_cli_runs_a_script_injects_faults_and_logs_each_request(tmp_path: Path) -> None:
    script = tmp_path / "run.json"
    script.write_text(json.dumps([{"tool_call": "get_weather", "arguments": {"city": "Paris"}}, {"reply": "Sunny."}]))
    command = [sys.executable, "-m", "openai_client_helpers.local_server", "--script", str(script)]
    command += ["--inject", "503x1@createThread", "--pace", "0.001"]
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)
    try:
        assert process.stdout is not None and process.stderr is not None
        base_url = process.stdout.readline().split(" at ", 1)[1].strip()  # ready once it prints its URL
        with openai.OpenAI(base_url=base_url, api_key=KEY, max_retries=0) as sdk:
            with pytest.raises(openai.InternalServerError):
                sdk.beta.threads.create()
            assistant = sdk.beta.assistants.create(model="gpt-4o", tools=[FUNCTION])  # type: ignore[list-item]
            run = sdk.beta.threads.create_and_run_poll(assistant_id=assistant.id, poll_interval_ms=1)
        assert run.status == "requires_action" and run.required_action is not None
        (call,) = run.required_action.submit_tool_outputs.tool_calls
        assert (call.function.name, json.loads(call.function.arguments)) == ("get_weather", {"city": "Paris"})
        first_line = process.stderr.readline().split()
    finally:
        process.terminate()
        process.communicate(timeout=5)
    assert first_line[:4] == ["POST", "/v1/threads", "503", "createThread"] and first_line[4].endswith("ms")
    assert first_line[5] == "key=Bearer" and first_line[6] == "sk-...CRET"


def test_the_cli_help_shows_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    from openai_client_helpers.local_server.__main__ import main

    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    assert "--script run.json" in shown and "--inject 429x2" in shown and "--pace" in shown


def test_a_script_file_is_read_as_server_script_takes_it(fake: LocalRunsServer) -> None:
    from openai_client_helpers.local_server.__main__ import script_steps

    steps = script_steps([[{"tool_call": "a"}, {"tool_call": "b", "arguments": "{}"}], {"reply": "ok"}])
    assert steps == [[tool_call("a"), tool_call("b", "{}")], reply("ok")]
    with pytest.raises(errors.InvalidOptionError, match="step 0"):
        script_steps([{"wave": True}])
