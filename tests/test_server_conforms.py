"""Every body the local server sends validates against openapi.yaml."""

from __future__ import annotations

import json
from typing import Any

import httpx
import jsonschema
import pytest

from openai_client import AuthenticatedClient, errors
from openai_client.api.runs import (
    cancel_run,
    create_run,
    get_run_step,
    list_run_steps,
    list_runs,
    modify_run,
)
from openai_client.models import (
    AssistantToolsFunction,
    CreateRunRequest,
    CreateThreadAndRunRequest,
    FunctionObject,
    ModifyRunRequest,
)
from openai_client_helpers import LocalRunsServer, create_thread_and_run_and_poll, run_tool_loop

from .conftest import TOKEN

OPERATION_SCHEMAS = {
    ("POST", 3): "RunObject",
    ("POST", 4): "RunObject",
    ("GET", 5): "RunObject",
    ("POST", 5): "RunObject",
    ("POST", 6): "RunObject",
    ("GET", 4): "ListRunsResponse",
    ("GET", 6): "ListRunStepsResponse",
    ("GET", 7): "RunStepObject",
}


class RecordingTransport(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str, int, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        self.seen.append((request.method, request.url.path, response.status_code, json.loads(response.content)))
        return response


def _validator(spec: dict[str, Any], name: str) -> jsonschema.Draft202012Validator:
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return jsonschema.Draft202012Validator(schema)


def _every_operation_and_some_errors(client: AuthenticatedClient) -> None:
    """All nine operations (a tool round included), an empty page, and refused requests."""
    tool = AssistantToolsFunction(function=FunctionObject(name="get_weather"))
    run = create_thread_and_run_and_poll(client, CreateThreadAndRunRequest(assistant_id="a", tools=[tool]), interval=0)
    run = run_tool_loop(client, run, {"get_weather": lambda: "sunny"}, interval=0)
    modify_run.sync(run.thread_id, run.id, client=client, body=ModifyRunRequest())
    steps = list_run_steps.sync(run.thread_id, run.id, client=client)
    get_run_step.sync(run.thread_id, run.id, steps.data[0].id, client=client)
    list_runs.sync(run.thread_id, client=client, after=run.id)  # an empty page
    second = create_run.sync(run.thread_id, client=client, body=CreateRunRequest(assistant_id="a"))
    cancel_run.sync(run.thread_id, second.id, client=client)
    for refused in (
        lambda: create_run.sync(run.thread_id, client=client, body=CreateRunRequest(assistant_id="")),
        lambda: list_runs.sync("thread_missing", client=client),
        lambda: cancel_run.sync(run.thread_id, run.id, client=client),
    ):
        try:
            refused()
        except errors.APIStatusError:
            continue
        raise AssertionError("the server accepted a request it should refuse")


def test_every_response_matches_the_spec(spec: dict[str, Any], server: LocalRunsServer) -> None:
    transport = RecordingTransport()
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN, httpx_args={"transport": transport}) as client:
        _every_operation_and_some_errors(client)
    assert {(method, path.count("/")) for method, path, status, _ in transport.seen if status == 200} == set(
        OPERATION_SCHEMAS
    )
    assert any(status >= 400 for _, _, status, _ in transport.seen)
    for method, path, status, body in transport.seen:
        if status == 200:
            name = OPERATION_SCHEMAS[(method, path.count("/"))]
            _validator(spec, name).validate(body)
        else:
            _validator(spec, "ErrorResponse").validate(body)


@pytest.mark.parametrize("body", [{"object": "list"}, {"id": 1}])
def test_the_validator_rejects_wrong_bodies(spec: dict[str, Any], body: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError):
        _validator(spec, "ListRunsResponse" if "object" in body else "RunObject").validate(body)
