"""Each of the 23 operations, called over HTTP against the local server: what goes on the wire, what comes back.

One row per operation; each runs through `sync` and `asyncio`, and its `sync_detailed` answer
(and the server's error answers) must match the spec's schema for it, so that the local
server says what the API says.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import attrs
import jsonschema
import pytest

from openai_client import AuthenticatedClient, errors
from openai_client.api.assistants import (
    create_assistant,
    delete_assistant,
    get_assistant,
    list_assistants,
    modify_assistant,
)
from openai_client.api.messages import create_message, delete_message, get_message, list_messages, modify_message
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
from openai_client.api.threads import create_thread, delete_thread, get_thread, modify_thread
from openai_client.models import (
    AssistantObject,
    DeleteAssistantResponse,
    DeleteMessageResponse,
    DeleteThreadResponse,
    ListAssistantsResponse,
    ListMessagesResponse,
    ListRunsResponse,
    ListRunStepsResponse,
    MessageObject,
    RunObject,
    RunStepInclude,
    RunStepObject,
    ThreadObject,
)
from openai_client_helpers import LocalRunsServer, create_and_poll
from openai_client_helpers.local_server import tool_call

from .conftest import ASSISTANT_ID, TOKEN

INCLUDE = RunStepInclude.STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_RESULTS_CONTENT.value


@attrs.frozen
class World:
    """What the operations act on: a thread with a message, a run waiting for a tool output, ..."""

    thread_id: str
    message_id: str
    run_id: str
    call_id: str
    step_id: str
    queued_run_id: str
    doomed_assistant: str
    doomed_thread: str
    doomed_message: str


@pytest.fixture
def world(server: LocalRunsServer, client: AuthenticatedClient) -> World:
    thread = create_thread.sync(client=client, body={"messages": [{"role": "user", "content": "Hi"}]})
    message = list_messages.sync(thread.id, client=client).data[0]
    server.script([tool_call("get_weather", {"city": "Oslo"})])
    run = create_and_poll(client, thread.id, {"assistant_id": ASSISTANT_ID}, interval=0)
    assert run.required_action is not None
    call = run.required_action.submit_tool_outputs.tool_calls[0]  # type: ignore[union-attr]
    step = list_run_steps.sync(thread.id, run.id, client=client).data[0]
    queued = create_run.sync(thread.id, client=client, body={"assistant_id": ASSISTANT_ID})
    doomed_message = create_message.sync(thread.id, client=client, body={"role": "user", "content": "Bye"})
    doomed = World(
        thread_id=thread.id,
        message_id=message.id,
        run_id=run.id,
        call_id=call.id,
        step_id=step.id,
        queued_run_id=queued.id,
        doomed_assistant=server.add_assistant(name="Doomed")["id"],
        doomed_thread=create_thread.sync(client=client).id,
        doomed_message=doomed_message.id,
    )
    return doomed


@attrs.frozen
class Row:
    """One operation: its module, its arguments in a world, and what the server must see and send back."""

    module: Any
    arguments: Callable[[World], tuple[tuple[Any, ...], dict[str, Any]]]
    method: str
    path: Callable[[World], str]
    parsed: type
    query: dict[str, list[str]] = attrs.field(factory=dict)
    body: Any = None
    """The JSON body the server must receive (a function of the world when it depends on it)."""


def _no_args(world: World) -> tuple[tuple[Any, ...], dict[str, Any]]:
    return (), {}


ROWS = {
    "listAssistants": Row(
        list_assistants,
        lambda w: ((), {"limit": 1, "order": "asc"}),
        "GET",
        lambda w: "/v1/assistants",
        ListAssistantsResponse,
        query={"limit": ["1"], "order": ["asc"]},
    ),
    "createAssistant": Row(
        create_assistant,
        lambda w: ((), {"body": {"model": "gpt-4o", "name": "Math tutor", "tools": [{"type": "code_interpreter"}]}}),
        "POST",
        lambda w: "/v1/assistants",
        AssistantObject,
        body={"model": "gpt-4o", "name": "Math tutor", "tools": [{"type": "code_interpreter"}]},
    ),
    "getAssistant": Row(
        get_assistant,
        lambda w: ((ASSISTANT_ID,), {}),
        "GET",
        lambda w: f"/v1/assistants/{ASSISTANT_ID}",
        AssistantObject,
    ),
    "modifyAssistant": Row(
        modify_assistant,
        lambda w: ((ASSISTANT_ID,), {"body": {"name": "Renamed"}}),
        "POST",
        lambda w: f"/v1/assistants/{ASSISTANT_ID}",
        AssistantObject,
        body={"name": "Renamed"},
    ),
    "deleteAssistant": Row(
        delete_assistant,
        lambda w: ((w.doomed_assistant,), {}),
        "DELETE",
        lambda w: f"/v1/assistants/{w.doomed_assistant}",
        DeleteAssistantResponse,
    ),
    "createThread": Row(
        create_thread,
        lambda w: ((), {"body": {"metadata": {"user": "u_1"}}}),
        "POST",
        lambda w: "/v1/threads",
        ThreadObject,
        body={"metadata": {"user": "u_1"}},
    ),
    "getThread": Row(
        get_thread, lambda w: ((w.thread_id,), {}), "GET", lambda w: f"/v1/threads/{w.thread_id}", ThreadObject
    ),
    "modifyThread": Row(
        modify_thread,
        lambda w: ((w.thread_id,), {"body": {"metadata": {"topic": "weather"}}}),
        "POST",
        lambda w: f"/v1/threads/{w.thread_id}",
        ThreadObject,
        body={"metadata": {"topic": "weather"}},
    ),
    "deleteThread": Row(
        delete_thread,
        lambda w: ((w.doomed_thread,), {}),
        "DELETE",
        lambda w: f"/v1/threads/{w.doomed_thread}",
        DeleteThreadResponse,
    ),
    "listMessages": Row(
        list_messages,
        lambda w: ((w.thread_id,), {"run_id": w.run_id, "order": "asc"}),
        "GET",
        lambda w: f"/v1/threads/{w.thread_id}/messages",
        ListMessagesResponse,
        query={"run_id": ["<run_id>"], "order": ["asc"]},
    ),
    "createMessage": Row(
        create_message,
        lambda w: ((w.thread_id,), {"body": {"role": "user", "content": [{"type": "text", "text": "Hello"}]}}),
        "POST",
        lambda w: f"/v1/threads/{w.thread_id}/messages",
        MessageObject,
        body={"role": "user", "content": [{"type": "text", "text": "Hello"}]},
    ),
    "getMessage": Row(
        get_message,
        lambda w: ((w.thread_id, w.message_id), {}),
        "GET",
        lambda w: f"/v1/threads/{w.thread_id}/messages/{w.message_id}",
        MessageObject,
    ),
    "modifyMessage": Row(
        modify_message,
        lambda w: ((w.thread_id, w.message_id), {"body": {"metadata": {"seen": "yes"}}}),
        "POST",
        lambda w: f"/v1/threads/{w.thread_id}/messages/{w.message_id}",
        MessageObject,
        body={"metadata": {"seen": "yes"}},
    ),
    "deleteMessage": Row(
        delete_message,
        lambda w: ((w.thread_id, w.doomed_message), {}),
        "DELETE",
        lambda w: f"/v1/threads/{w.thread_id}/messages/{w.doomed_message}",
        DeleteMessageResponse,
    ),
    "createThreadAndRun": Row(
        create_thread_and_run,
        lambda w: ((), {"body": {"assistant_id": ASSISTANT_ID, "metadata": None}}),
        "POST",
        lambda w: "/v1/threads/runs",
        RunObject,
        body={"assistant_id": ASSISTANT_ID, "metadata": None},
    ),
    "listRuns": Row(
        list_runs,
        lambda w: ((w.thread_id,), {"limit": 5, "order": "desc"}),
        "GET",
        lambda w: f"/v1/threads/{w.thread_id}/runs",
        ListRunsResponse,
        query={"limit": ["5"], "order": ["desc"]},
    ),
    "createRun": Row(
        create_run,
        lambda w: ((w.thread_id,), {"body": {"assistant_id": ASSISTANT_ID}, "include": [INCLUDE]}),
        "POST",
        lambda w: f"/v1/threads/{w.thread_id}/runs",
        RunObject,
        query={"include[]": [INCLUDE]},
        body={"assistant_id": ASSISTANT_ID},
    ),
    "getRun": Row(
        get_run,
        lambda w: ((w.thread_id, w.run_id), {}),
        "GET",
        lambda w: f"/v1/threads/{w.thread_id}/runs/{w.run_id}",
        RunObject,
    ),
    "modifyRun": Row(
        modify_run,
        lambda w: ((w.thread_id, w.run_id), {"body": {"metadata": {"user": "u_1"}}}),
        "POST",
        lambda w: f"/v1/threads/{w.thread_id}/runs/{w.run_id}",
        RunObject,
        body={"metadata": {"user": "u_1"}},
    ),
    "cancelRun": Row(
        cancel_run,
        lambda w: ((w.thread_id, w.queued_run_id), {}),
        "POST",
        lambda w: f"/v1/threads/{w.thread_id}/runs/{w.queued_run_id}/cancel",
        RunObject,
    ),
    "submitToolOutputsToRun": Row(
        submit_tool_outputs_to_run,
        lambda w: (
            (w.thread_id, w.run_id),
            {"body": {"tool_outputs": [{"tool_call_id": w.call_id, "output": "sunny"}]}},
        ),
        "POST",
        lambda w: f"/v1/threads/{w.thread_id}/runs/{w.run_id}/submit_tool_outputs",
        RunObject,
        body=lambda w: {"tool_outputs": [{"tool_call_id": w.call_id, "output": "sunny"}]},
    ),
    "listRunSteps": Row(
        list_run_steps,
        lambda w: ((w.thread_id, w.run_id), {"include": [INCLUDE], "limit": 5}),
        "GET",
        lambda w: f"/v1/threads/{w.thread_id}/runs/{w.run_id}/steps",
        ListRunStepsResponse,
        query={"limit": ["5"], "include[]": [INCLUDE]},
    ),
    "getRunStep": Row(
        get_run_step,
        lambda w: ((w.thread_id, w.run_id, w.step_id), {"include": [INCLUDE]}),
        "GET",
        lambda w: f"/v1/threads/{w.thread_id}/runs/{w.run_id}/steps/{w.step_id}",
        RunStepObject,
        query={"include[]": [INCLUDE]},
    ),
}


def test_the_table_has_every_operation_of_the_spec(spec: dict[str, Any]) -> None:
    operations = {
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if not operation.get("x-openai-client-foundry-only")  # served in foundry mode: tests/test_foundry.py
    }
    assert set(ROWS) == operations and len(ROWS) == 23


@pytest.mark.anyio
@pytest.mark.parametrize("form", ["sync", "asyncio"])
@pytest.mark.parametrize("operation", list(ROWS))
async def test_each_operation_sends_what_it_should_and_reads_the_answer(
    server: LocalRunsServer, client: AuthenticatedClient, world: World, operation: str, form: str
) -> None:
    row = ROWS[operation]
    args, kwargs = row.arguments(world)
    if form == "sync":
        parsed = row.module.sync(*args, client=client, **kwargs)
    else:
        try:
            parsed = await row.module.asyncio(*args, client=client, **kwargs)
        finally:
            await client.aclose()
    assert isinstance(parsed, row.parsed)
    request = server.requests[-1]
    assert (request.method, request.path, request.operation) == (row.method, row.path(world), operation)
    assert request.headers["authorization"] == f"Bearer {TOKEN}" and request.headers["openai-beta"] == "assistants=v2"
    expected_query = {
        key: [world.run_id if v == "<run_id>" else v for v in values] for key, values in row.query.items()
    }
    assert request.query == expected_query
    assert request.body == (row.body(world) if callable(row.body) else row.body)


def _validator(spec: dict[str, Any], name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator({"$ref": f"#/components/schemas/{name}", "components": spec["components"]})


def _answer_schema(spec: dict[str, Any], path: str, method: str) -> str:
    answer = spec["paths"][path][method.lower()]["responses"]["200"]["content"]["application/json"]["schema"]
    return str(answer["$ref"]).rsplit("/", 1)[-1]


@pytest.mark.parametrize("operation", list(ROWS))
def test_each_answer_of_the_local_server_matches_the_spec(
    spec: dict[str, Any], client: AuthenticatedClient, world: World, operation: str
) -> None:
    row = ROWS[operation]
    args, kwargs = row.arguments(world)
    response = row.module.sync_detailed(*args, client=client, **kwargs)
    assert response.status_code == 200 and response.request_id is not None
    (path,) = [p for p, item in spec["paths"].items() for op in item.values() if op["operationId"] == operation]
    _validator(spec, _answer_schema(spec, path, row.method)).validate(json.loads(response.content))
    assert isinstance(response.parse(), row.parsed)


@pytest.mark.parametrize(
    "refused",
    [
        lambda c: get_run.sync_detailed("thread_missing", "run_1", client=c),
        lambda c: create_run.sync_detailed("thread_missing", client=c, body={"assistant_id": ASSISTANT_ID}),
        lambda c: list_runs.sync_detailed("thread_missing", client=c, limit=0),
    ],
    ids=["unknown-thread", "create-on-unknown-thread", "bad-limit"],
)
def test_the_local_servers_refusals_match_the_error_schema(
    spec: dict[str, Any], client: AuthenticatedClient, refused: Callable[[AuthenticatedClient], Any]
) -> None:
    response = refused(client)
    assert response.status_code >= 400 and response.error is not None
    _validator(spec, "ErrorResponse").validate(json.loads(response.content))


def test_the_schema_check_rejects_a_wrong_body(spec: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError):
        _validator(spec, "RunObject").validate({"id": 1})


def test_organization_and_project_headers(server: LocalRunsServer) -> None:
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN, organization="org_1", project="proj_1") as client:
        create_thread.sync(client=client)
    headers = server.requests[-1].headers
    assert (headers["openai-organization"], headers["openai-project"]) == ("org_1", "proj_1")


def test_default_base_url_is_openai() -> None:
    with AuthenticatedClient(token="x") as client:
        request = client.build_request(client.get_httpx_client(), {"method": "GET", "url": "/threads/t"})
    assert str(request.url) == "https://api.openai.com/v1/threads/t"


@pytest.mark.parametrize("awkward", ["a/b", "a?b=1", "a#frag", "100%", "a b", "..", "."])
def test_path_parameters_are_encoded_and_never_change_the_path(
    server: LocalRunsServer, client: AuthenticatedClient, awkward: str
) -> None:
    thread_id = create_thread.sync(client=client).id
    with pytest.raises(errors.NotFoundError):
        get_run.sync(thread_id, awkward, client=client)
    raw_path = server.requests[-1].path
    assert raw_path.count("/") == 5 and raw_path.startswith(f"/v1/threads/{thread_id}/runs/")
    assert unquote(raw_path.rsplit("/", 1)[1]) == awkward


@pytest.mark.parametrize(
    ("thread_id", "says"),
    [(None, "expected a string ID, got None"), ("", "must not be empty"), (5, "expected a string ID, got int")],
    ids=["none", "empty", "int"],
)
def test_a_path_parameter_that_is_no_id_is_refused_before_sending(
    server: LocalRunsServer, client: AuthenticatedClient, thread_id: object, says: str
) -> None:
    with pytest.raises(errors.InvalidRequestError, match=says) as caught:
        get_run.sync(thread_id, "run_1", client=client)  # type: ignore[arg-type]
    assert caught.value.path == "thread_id" and isinstance(caught.value, ValueError)
    assert server.requests == []
