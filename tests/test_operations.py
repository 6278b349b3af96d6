"""Every operation of the table, checked against the spec and called: what goes on the wire, what comes back.

The generic tests iterate the operations table (`OPERATIONS`) and the spec, so an operation
added to openapi.yaml is covered without an edit here: its row must state the spec's facts,
and each of its functions must send what the row says and read a minimal answer of its
schema (over `httpx.MockTransport`). The rows below (`ROWS`) then call the operations the
local server implements over HTTP, with arguments that make sense in a world of threads and
runs, and check that its answers match the spec's schema, so that it says what the API says.
"""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote

import attrs
import httpx
import jsonschema
import pytest

from openai_client import AuthenticatedClient, RetryPolicy, errors
from openai_client.api._operations import OPERATIONS
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
from openai_client_helpers import LocalRunsServer
from openai_client_helpers.local_server import tool_call

from .conftest import ASSISTANT_ID, TOKEN

INCLUDE = RunStepInclude.STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_RESULTS_CONTENT.value


@attrs.frozen
class World:
    """What the operations act on: a thread with a message, a run waiting for a tool output, ...

    As the API allows, a thread has one active run at a time and takes no message while it has
    one: a run and a message are made on `idle_thread`, the run to cancel is on its own thread.
    """

    thread_id: str
    idle_thread: str
    queued_thread: str
    message_id: str
    run_id: str
    call_id: str
    step_id: str
    queued_run_id: str
    doomed_assistant: str
    doomed_thread: str
    doomed_message: str


@pytest.fixture
def server() -> Iterator[LocalRunsServer]:
    """The shared fixture's server on a manual clock: the world's runs reach the state each row needs
    by `advance()` instead of waiting the server's pace in real time; no row depends on the clock."""
    with LocalRunsServer(manual_clock=True) as running:
        running.add_assistant(id=ASSISTANT_ID, name="Test assistant", instructions="You help.")
        yield running


@pytest.fixture
def world(server: LocalRunsServer, client: AuthenticatedClient) -> World:
    thread = create_thread.sync(client=client, body={"messages": [{"role": "user", "content": "Hi"}]})
    message = list_messages.sync(thread.id, client=client).data[0]
    doomed_message = create_message.sync(thread.id, client=client, body={"role": "user", "content": "Bye"})
    server.script([tool_call("get_weather", {"city": "Oslo"})])
    run = create_run.sync(thread.id, client=client, body={"assistant_id": ASSISTANT_ID})
    while run.status in ("queued", "in_progress"):
        server.advance()
        run = get_run.sync(thread.id, run.id, client=client)
    assert run.required_action is not None
    call = run.required_action.submit_tool_outputs.tool_calls[0]  # type: ignore[union-attr]
    step = list_run_steps.sync(thread.id, run.id, client=client).data[0]
    queued_thread = create_thread.sync(client=client).id
    server.script([tool_call("get_weather", {"city": "Rome"})])  # it stays active (waiting) until cancelled
    queued = create_run.sync(queued_thread, client=client, body={"assistant_id": ASSISTANT_ID})
    doomed = World(
        thread_id=thread.id,
        idle_thread=create_thread.sync(client=client).id,
        queued_thread=queued_thread,
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
        lambda w: ((w.idle_thread,), {"body": {"role": "user", "content": [{"type": "text", "text": "Hello"}]}}),
        "POST",
        lambda w: f"/v1/threads/{w.idle_thread}/messages",
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
        lambda w: ((w.idle_thread,), {"body": {"assistant_id": ASSISTANT_ID}, "include": [INCLUDE]}),
        "POST",
        lambda w: f"/v1/threads/{w.idle_thread}/runs",
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
        lambda w: ((w.queued_thread, w.queued_run_id), {}),
        "POST",
        lambda w: f"/v1/threads/{w.queued_thread}/runs/{w.queued_run_id}/cancel",
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


# -- generic: every operation of the table ---------------------------------------------------
def _spec_operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        operation["operationId"]: (method.upper(), path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    }


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        *_, section, name = node["$ref"].split("/")
        node = spec["components"][section][name]
    return node


def _schema_name(spec: dict[str, Any], content: dict[str, Any] | None, operation_id: str) -> str | None:
    """The model a JSON body of `content` reads as: its component's name, or for a schema written
    inline (as upstream writes some request bodies) the class codegen names after the operation."""
    schema = ((content or {}).get("application/json") or {}).get("schema")
    if schema is None:
        return None
    reference = schema.get("$ref")
    return str(reference).rsplit("/", 1)[-1] if reference else f"{operation_id[0].upper()}{operation_id[1:]}Body"


def _module(operation_id: str) -> Any:
    """The endpoint module whose row this is (the table imported them all)."""
    row = OPERATIONS[operation_id]
    (found,) = [
        module
        for name, module in list(sys.modules.items())
        if name.startswith("openai_client.api.") and getattr(module, "OPERATION", None) is row
    ]
    return found


def _minimal(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    """The smallest JSON the schema accepts, as a server might send it: required fields only."""
    schema = _resolve(spec, schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return _minimal(spec, schema[key][0])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = _minimal(spec, part)
            merged.update(value if isinstance(value, dict) else {})
        return merged
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: _minimal(spec, properties.get(name, {})) for name in schema.get("required", [])}
    return {"string": "x_1", "integer": 1, "number": 1.5, "boolean": False, "array": []}[kind]


def test_the_table_states_the_facts_of_every_operation_of_the_spec(spec: dict[str, Any]) -> None:
    operations = _spec_operations(spec)
    assert set(OPERATIONS) == set(operations)
    for operation_id, (method, path, operation) in operations.items():
        row = OPERATIONS[operation_id]
        parameters = [_resolve(spec, parameter) for parameter in operation.get("parameters", [])]
        expected = [
            (p["name"], p["in"], p.get("required", False), tuple(_resolve(spec, p["schema"]).get("enum", ())))
            for location in ("path", "query")
            for p in parameters
            if p["in"] == location
        ]
        stated = [(p.name, p.location, p.required, p.enum if p.type != "array" else ()) for p in row.parameters]
        assert (row.id, row.method, row.path, stated) == (operation_id, method, path, expected), operation_id
        body = _resolve(spec, operation.get("requestBody", {}))
        success = next(_resolve(spec, r) for status, r in operation["responses"].items() if status.startswith("2"))
        request, response = (_schema_name(spec, part.get("content"), operation_id) for part in (body, success))
        assert (row.request.name if row.request else None) == request, operation_id
        assert (row.response.name if row.response else None) == response, operation_id
        assert row.streams == ("text/event-stream" in success.get("content", {})), operation_id
        assert row.resend_safe == (method in ("GET", "DELETE")), operation_id
        for reference in (row.request, row.response, row.error):
            # a model class, or (an answer that is one of several objects) the spec's union of them
            assert reference is None or isinstance(reference.resolve(), type | types.UnionType), operation_id


@pytest.mark.anyio
@pytest.mark.parametrize("form", ["sync", "asyncio", "sync_detailed", "asyncio_detailed"])
async def test_every_operation_sends_what_its_row_says_and_reads_its_answer(spec: dict[str, Any], form: str) -> None:
    seen: list[httpx.Request] = []
    for operation_id, (_, _, operation) in _spec_operations(spec).items():
        row = OPERATIONS[operation_id]
        success = next(_resolve(spec, r) for status, r in operation["responses"].items() if status.startswith("2"))
        schema = (success.get("content", {}).get("application/json") or {}).get("schema", {})
        answer = json.dumps(_minimal(spec, schema)).encode()

        def handler(request: httpx.Request, answer: bytes = answer) -> httpx.Response:
            seen.append(request)
            return httpx.Response(200, content=answer, headers={"content-type": "application/json"})

        body_schema = _resolve(spec, operation.get("requestBody", {})).get("content", {}).get("application/json")
        body = _minimal(spec, body_schema["schema"]) if body_schema else None
        path_values = [f"{p.python_name}_1" for p in row.parameters if p.location == "path"]
        query = {p.python_name: "x_1" for p in row.parameters if p.location == "query" and p.required}
        kwargs: dict[str, Any] = {**query, **({"body": body} if body is not None else {})}
        function = getattr(_module(operation_id), form)
        async with AuthenticatedClient(
            base_url="https://api.test/v1",
            token=TOKEN,
            retry_policy=RetryPolicy(max_retries=0),
            httpx_args={"transport": httpx.MockTransport(handler)},
        ) as client:
            result = function(*path_values, client=client, **kwargs)
            result = await result if form.startswith("asyncio") else result
        parsed = result.parse() if form.endswith("detailed") else result
        expected_class = row.response.resolve() if row.response else httpx.Response
        assert isinstance(parsed, expected_class), operation_id
        request = seen[-1]
        expected_path = "/v1" + row.path.format(**{p.name: f"{p.python_name}_1" for p in row.parameters})
        assert (request.method, request.url.path) == (row.method, expected_path), operation_id
        assert json.loads(request.content or b"null") == body, operation_id
        assert dict(request.url.params) == query, operation_id


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
        lambda c: list_runs.sync_detailed(
            "thread_missing", client=c, extra_query={"limit": 0}
        ),  # past the client's check
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
