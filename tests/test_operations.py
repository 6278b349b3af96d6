"""Each of the 9 run operations, called for real over HTTP against the local server on 127.0.0.1."""

from __future__ import annotations

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
    AssistantToolsFunction,
    CreateRunRequest,
    CreateThreadAndRunRequest,
    FunctionObject,
    ListOrder,
    ListRunsResponse,
    ListRunStepsResponse,
    Metadata,
    ModifyRunRequest,
    RunObject,
    RunRequiredAction,
    RunStatus,
    RunStepInclude,
    RunStepObject,
    SubmitToolOutputsRunRequest,
    ToolOutput,
)
from openai_client_helpers import LocalRunsServer

from .conftest import TOKEN

INCLUDE = RunStepInclude.STEP_DETAILS_TOOL_CALLS_FILE_SEARCH_RESULTS_CONTENT


def _function_tool() -> AssistantToolsFunction:
    return AssistantToolsFunction(function=FunctionObject(name="get_weather"))


def _last(server: LocalRunsServer) -> Any:
    return server.requests[-1]


def _assert_common_headers(request: Any) -> None:
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["openai-beta"] == "assistants=v2"


def test_all_operations_sync(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    body = CreateThreadAndRunRequest(assistant_id="asst_1", tools=[_function_tool()], metadata=None)
    run = create_thread_and_run.sync(client=client, body=body)
    assert isinstance(run, RunObject) and run.status == RunStatus.QUEUED
    request = _last(server)
    assert (request.method, request.path) == ("POST", "/v1/threads/runs")
    assert request.body == {
        "assistant_id": "asst_1",
        "tools": [{"type": "function", "function": {"name": "get_weather"}}],
        "metadata": None,
    }
    assert request.headers["content-type"] == "application/json"
    _assert_common_headers(request)
    thread_id = run.thread_id

    second = create_run.sync(thread_id, client=client, body=CreateRunRequest(assistant_id="asst_2"), include=[INCLUDE])
    request = _last(server)
    assert (request.method, request.path) == ("POST", f"/v1/threads/{thread_id}/runs")
    assert request.query == {"include[]": [INCLUDE.value]}
    assert request.body == {"assistant_id": "asst_2"}
    assert second.assistant_id == "asst_2"

    page = list_runs.sync(thread_id, client=client, limit=1, order=ListOrder.ASC)
    assert isinstance(page, ListRunsResponse)
    assert [r.id for r in page.data] == [run.id] and page.has_more
    assert _last(server).query == {"limit": ["1"], "order": ["asc"]}
    page = list_runs.sync(thread_id, client=client, after=run.id, order=ListOrder.ASC)
    assert [r.id for r in page.data] == [second.id] and not page.has_more
    assert _last(server).query["after"] == [run.id]
    page = list_runs.sync(thread_id, client=client, before=run.id)
    assert [r.id for r in page.data] == [second.id]
    assert _last(server).query["before"] == [run.id]

    fetched = get_run.sync(thread_id, run.id, client=client)
    assert (_last(server).method, _last(server).path) == ("GET", f"/v1/threads/{thread_id}/runs/{run.id}")
    assert fetched.status == RunStatus.IN_PROGRESS
    fetched = get_run.sync(thread_id, run.id, client=client)
    assert fetched.status == RunStatus.REQUIRES_ACTION and isinstance(fetched.required_action, RunRequiredAction)
    call = fetched.required_action.submit_tool_outputs.tool_calls[0]

    modified = modify_run.sync(
        thread_id, run.id, client=client, body=ModifyRunRequest(metadata=Metadata.from_dict({"user": "u_1"}))
    )
    assert _last(server).body == {"metadata": {"user": "u_1"}}
    assert modified.metadata is not None and modified.metadata["user"] == "u_1"

    answered = submit_tool_outputs_to_run.sync(
        thread_id,
        run.id,
        client=client,
        body=SubmitToolOutputsRunRequest(tool_outputs=[ToolOutput(tool_call_id=call.id, output="sunny")]),
    )
    request = _last(server)
    assert request.path == f"/v1/threads/{thread_id}/runs/{run.id}/submit_tool_outputs"
    assert request.body == {"tool_outputs": [{"tool_call_id": call.id, "output": "sunny"}]}
    assert answered.status == RunStatus.IN_PROGRESS

    steps = list_run_steps.sync(thread_id, run.id, client=client, include=[INCLUDE], limit=5)
    assert isinstance(steps, ListRunStepsResponse) and len(steps.data) == 1
    assert _last(server).query == {"limit": ["5"], "include[]": [INCLUDE.value]}
    step = get_run_step.sync(thread_id, run.id, steps.data[0].id, client=client, include=[INCLUDE])
    assert isinstance(step, RunStepObject) and step.id == steps.data[0].id
    assert _last(server).path == f"/v1/threads/{thread_id}/runs/{run.id}/steps/{step.id}"

    cancelled = cancel_run.sync(thread_id, second.id, client=client)
    request = _last(server)
    assert (request.method, request.path, request.body) == (
        "POST",
        f"/v1/threads/{thread_id}/runs/{second.id}/cancel",
        None,
    )
    assert cancelled.status == RunStatus.CANCELLING
    _assert_common_headers(request)


@pytest.mark.anyio
async def test_all_operations_async(server: LocalRunsServer) -> None:
    async with AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client:
        run = await create_thread_and_run.asyncio(
            client=client, body=CreateThreadAndRunRequest(assistant_id="asst_1", tools=[_function_tool()])
        )
        thread_id = run.thread_id
        second = await create_run.asyncio(thread_id, client=client, body=CreateRunRequest(assistant_id="asst_2"))
        page = await list_runs.asyncio(thread_id, client=client, order=ListOrder.ASC)
        assert [r.id for r in page.data] == [run.id, second.id]
        assert (await get_run.asyncio(thread_id, run.id, client=client)).status == RunStatus.IN_PROGRESS
        waiting = await get_run.asyncio(thread_id, run.id, client=client)
        assert isinstance(waiting.required_action, RunRequiredAction)
        call_id = waiting.required_action.submit_tool_outputs.tool_calls[0].id
        await modify_run.asyncio(thread_id, run.id, client=client, body=ModifyRunRequest(metadata=None))
        answered = await submit_tool_outputs_to_run.asyncio(
            thread_id,
            run.id,
            client=client,
            body=SubmitToolOutputsRunRequest(tool_outputs=[ToolOutput(tool_call_id=call_id, output="ok")]),
        )
        assert answered.status == RunStatus.IN_PROGRESS
        steps = await list_run_steps.asyncio(thread_id, run.id, client=client)
        step = await get_run_step.asyncio(thread_id, run.id, steps.data[0].id, client=client)
        assert step.run_id == run.id
        cancelled = await cancel_run.asyncio(thread_id, second.id, client=client)
        assert cancelled.status == RunStatus.CANCELLING
        detailed = await get_run.asyncio_detailed(thread_id, second.id, client=client)
        assert detailed.status_code == 200 and isinstance(detailed.parsed, RunObject)
        assert detailed.parsed.status == RunStatus.CANCELLED
    assert [r.method for r in server.requests].count("POST") == 5
    for request in server.requests:
        _assert_common_headers(request)


def test_organization_and_project_headers(server: LocalRunsServer) -> None:
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN, organization="org_1", project="proj_1") as client:
        create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id="a"))
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
    thread_id = server.state.create_thread()
    from openai_client import errors

    with pytest.raises(errors.NotFoundError):
        get_run.sync(thread_id, awkward, client=client)
    raw_path = server.requests[-1].path
    assert raw_path.count("/") == 5
    assert raw_path.startswith(f"/v1/threads/{thread_id}/runs/")
    from urllib.parse import unquote

    assert unquote(raw_path.rsplit("/", 1)[1]) == awkward


def test_empty_path_parameter_is_refused(client: AuthenticatedClient) -> None:
    with pytest.raises(ValueError, match="must not be empty"):
        get_run.sync("thread_1", "", client=client)
