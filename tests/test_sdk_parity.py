"""Coming from the official SDK: every row of the README's table runs, and the SDK's habits work."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from openai_client import AuthenticatedClient, Client, __version__, errors
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
    Metadata,
    ModifyRunRequest,
    RunObject,
    RunRequiredAction,
    RunStatus,
    SubmitToolOutputsRunRequest,
    ToolOutput,
)
from openai_client_helpers import (
    LocalRunsServer,
    create_and_poll,
    create_thread_and_run_and_poll,
    iter_run_steps,
    iter_runs,
    poll_run,
    stream_run,
    stream_thread_and_run,
    submit_tool_outputs_and_poll,
)

from .conftest import ROOT, TOKEN

TOOL = AssistantToolsFunction(function=FunctionObject(name="get_weather"))


def _started(client: AuthenticatedClient, *, tool: bool = False) -> RunObject:
    body = CreateThreadAndRunRequest(assistant_id="asst_1", tools=[TOOL] if tool else [])
    return create_thread_and_run_and_poll(client, body, interval=0)


def _outputs(run: RunObject) -> SubmitToolOutputsRunRequest:
    assert isinstance(run.required_action, RunRequiredAction)
    calls = run.required_action.submit_tool_outputs.tool_calls
    return SubmitToolOutputsRunRequest(
        tool_outputs=[ToolOutput(tool_call_id=call.id, output="sunny") for call in calls]
    )


def _waiting(client: AuthenticatedClient) -> RunObject:
    run = _started(client, tool=True)
    assert run.status == RunStatus.REQUIRES_ACTION
    return run


def _row_create(client: AuthenticatedClient) -> object:
    thread = _started(client).thread_id
    return create_run.sync(thread, client=client, body=CreateRunRequest(assistant_id="asst_1"))


def _row_create_and_poll(client: AuthenticatedClient) -> object:
    return create_and_poll(client, _started(client).thread_id, CreateRunRequest(assistant_id="asst_1"), interval=0)


def _row_stream(client: AuthenticatedClient) -> object:
    with stream_run(client, _started(client).thread_id, CreateRunRequest(assistant_id="asst_1")) as stream:
        return stream.get_final_run()


def _row_retrieve(client: AuthenticatedClient) -> object:
    run = _started(client)
    return get_run.sync(run.thread_id, run.id, client=client)


def _row_update(client: AuthenticatedClient) -> object:
    run = _started(client)
    body = ModifyRunRequest(metadata=Metadata.from_dict({"user": "u_1"}))
    return modify_run.sync(run.thread_id, run.id, client=client, body=body)


def _row_list(client: AuthenticatedClient) -> object:
    run = _started(client)
    return list_runs.sync(run.thread_id, client=client).data + list(iter_runs(client, run.thread_id))


def _row_cancel(client: AuthenticatedClient) -> object:
    thread = _started(client).thread_id
    run = create_run.sync(thread, client=client, body=CreateRunRequest(assistant_id="asst_1"))
    return cancel_run.sync(thread, run.id, client=client)


def _row_submit_tool_outputs(client: AuthenticatedClient) -> object:
    run = _waiting(client)
    return submit_tool_outputs_to_run.sync(run.thread_id, run.id, client=client, body=_outputs(run))


def _row_submit_tool_outputs_and_poll(client: AuthenticatedClient) -> object:
    run = _waiting(client)
    return submit_tool_outputs_and_poll(client, run.thread_id, run.id, _outputs(run), interval=0)


def _row_submit_tool_outputs_stream(client: AuthenticatedClient) -> object:
    run = _waiting(client)
    with submit_tool_outputs_to_run.stream(run.thread_id, run.id, client=client, body=_outputs(run)) as events:
        return [event.event for event in events]


def _row_poll(client: AuthenticatedClient) -> object:
    thread = _started(client).thread_id
    run = create_run.sync(thread, client=client, body=CreateRunRequest(assistant_id="asst_1"))
    return poll_run(client, thread, run.id, interval=0)


def _row_steps_list(client: AuthenticatedClient) -> object:
    run = _started(client)
    return list_run_steps.sync(run.thread_id, run.id, client=client).data + list(
        iter_run_steps(client, run.thread_id, run.id)
    )


def _row_steps_retrieve(client: AuthenticatedClient) -> object:
    run = _started(client)
    step = list_run_steps.sync(run.thread_id, run.id, client=client).data[0]
    return get_run_step.sync(run.thread_id, run.id, step.id, client=client)


def _row_create_and_run(client: AuthenticatedClient) -> object:
    return create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id="asst_1"))


def _row_create_and_run_poll(client: AuthenticatedClient) -> object:
    return create_thread_and_run_and_poll(client, CreateThreadAndRunRequest(assistant_id="asst_1"), interval=0)


def _row_create_and_run_stream(client: AuthenticatedClient) -> object:
    with stream_thread_and_run(client, CreateThreadAndRunRequest(assistant_id="asst_1")) as stream:
        return "".join(stream.text_deltas)


ROWS: dict[str, Callable[[AuthenticatedClient], object]] = {
    "runs.create": _row_create,
    "runs.create_and_poll": _row_create_and_poll,
    "runs.stream": _row_stream,
    "runs.create_and_stream": _row_stream,
    "runs.retrieve": _row_retrieve,
    "runs.update": _row_update,
    "runs.list": _row_list,
    "runs.cancel": _row_cancel,
    "runs.submit_tool_outputs": _row_submit_tool_outputs,
    "runs.submit_tool_outputs_and_poll": _row_submit_tool_outputs_and_poll,
    "runs.submit_tool_outputs_stream": _row_submit_tool_outputs_stream,
    "runs.poll": _row_poll,
    "runs.steps.list": _row_steps_list,
    "runs.steps.retrieve": _row_steps_retrieve,
    "threads.create_and_run": _row_create_and_run,
    "threads.create_and_run_poll": _row_create_and_run_poll,
    "threads.create_and_run_stream": _row_create_and_run_stream,
}


def test_the_readme_table_lists_exactly_the_tested_rows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Coming from the official SDK") : readme.index("## Where this runs")]
    listed = {
        name
        for row in re.findall(r"^\| (`.+?`(?: / `.+?`)?) \|", table, re.MULTILINE)
        for name in re.findall(r"`(.+?)`", row)
    }
    assert listed == set(ROWS)


@pytest.mark.parametrize("sdk_method", list(ROWS))
def test_each_sdk_method_has_a_working_equivalent(sdk_method: str, client: AuthenticatedClient) -> None:
    result = ROWS[sdk_method](client)
    if isinstance(result, RunObject):
        assert result.id.startswith("run_")
        if sdk_method.endswith(("_poll", ".poll", ".stream", "create_and_stream", "outputs_and_poll")):
            assert result.status == RunStatus.COMPLETED
    else:
        assert result


# -- configuration from the environment ---------------------------------------------------
@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.startswith(("OPENAI_", "AZURE_OPENAI_")):
            monkeypatch.delenv(name)
    return monkeypatch


def test_from_env_reads_the_sdk_variables(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("OPENAI_API_KEY", TOKEN)
    clean_env.setenv("OPENAI_ORG_ID", "org_1")
    clean_env.setenv("OPENAI_PROJECT_ID", "proj_1")
    with AuthenticatedClient.from_env() as client:
        pass
    assert (client.token, client.base_url, client.organization, client.project) == (
        TOKEN,
        "https://api.openai.com/v1",
        "org_1",
        "proj_1",
    )
    clean_env.setenv("OPENAI_BASE_URL", "http://127.0.0.1:1/v1")
    with AuthenticatedClient.from_env(max_retries=0) as from_base_url:
        assert from_base_url.base_url == "http://127.0.0.1:1/v1"


def test_from_env_without_a_key_names_the_variable(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="OPENAI_API_KEY"):
        AuthenticatedClient.from_env()


def test_from_env_for_azure(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="AZURE_OPENAI_ENDPOINT"):
        AuthenticatedClient.from_env(azure=True)
    clean_env.setenv("AZURE_OPENAI_ENDPOINT", "https://name.openai.azure.com/")
    with pytest.raises(ValueError, match="AZURE_OPENAI_API_KEY"):
        AuthenticatedClient.from_env(azure=True)
    clean_env.setenv("AZURE_OPENAI_API_KEY", "azure-key-1")
    with AuthenticatedClient.from_env(azure=True) as default_version:
        request = default_version.build_request(
            default_version.get_httpx_client(), {"method": "GET", "url": "/threads/t"}
        )
    assert str(request.url) == "https://name.openai.azure.com/openai/threads/t?api-version=2025-04-01-preview"
    assert request.headers["api-key"] == "azure-key-1" and "authorization" not in request.headers
    clean_env.setenv("OPENAI_API_VERSION", "2024-05-01-preview")
    with AuthenticatedClient.from_env(azure=True) as dated:
        request = dated.build_request(dated.get_httpx_client(), {"method": "GET", "url": "/threads/t"})
    assert request.url.params["api-version"] == "2024-05-01-preview"


# -- per-client copies ----------------------------------------------------------------------
def test_with_options_gives_a_changed_copy_and_leaves_the_original(server: LocalRunsServer) -> None:
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN, headers={"X-A": "1"}) as original:
        copy = original.with_options(timeout=3.0, max_retries=5, headers={"X-B": "2"})
        assert (copy.max_retries, copy.timeout) == (5, 3.0)
        assert (original.max_retries, original.timeout) == (2, httpx.Timeout(60.0, connect=5.0))
        create_thread_and_run.sync(client=copy, body=CreateThreadAndRunRequest(assistant_id="a"))
        create_thread_and_run.sync(client=original, body=CreateThreadAndRunRequest(assistant_id="a"))
        copy.close()
    first, second = server.requests[-2].headers, server.requests[-1].headers
    assert (first["x-a"], first["x-b"]) == ("1", "2")
    assert second["x-a"] == "1" and "x-b" not in second
    assert isinstance(copy, AuthenticatedClient) and copy.token == TOKEN


# -- request ids, errors and headers as SDK users read them -------------------------------
def test_every_detailed_response_has_its_request_id(client: AuthenticatedClient) -> None:
    response = create_thread_and_run.sync_detailed(client=client, body=CreateThreadAndRunRequest(assistant_id="a"))
    assert response.request_id is not None and response.request_id.startswith("req_local_")
    missing = get_run.sync_detailed("thread_nope", "run_nope", client=client)
    assert missing.status_code == 404 and missing.request_id is not None


def test_status_error_body_is_decoded_and_raw_bytes_stay_reachable(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        get_run.sync("thread_nope", "run_nope", client=client)
    assert isinstance(caught.value.body, dict) and caught.value.body["error"]["message"].startswith("No thread")
    assert caught.value.response.content.startswith(b'{"error"')


def test_requests_say_who_sends_them(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id="a"))
    assert server.requests[-1].headers["user-agent"].startswith(f"openai-client/{__version__} ")


@pytest.mark.parametrize("level", ["info", "debug"])
def test_openai_log_logs_requests_to_stderr_without_the_token(level: str) -> None:
    script = textwrap.dedent(
        f"""
        from openai_client import AuthenticatedClient
        from openai_client.api.runs import create_thread_and_run, get_run
        from openai_client.models import CreateThreadAndRunRequest
        from openai_client_helpers import LocalRunsServer

        with LocalRunsServer() as server, AuthenticatedClient(base_url=server.base_url, token="{TOKEN}") as client:
            body = CreateThreadAndRunRequest(assistant_id="a")
            run = create_thread_and_run.sync(client=client, body=body)
            get_run.sync_detailed("thread_nope", run.id, client=client)
            with create_thread_and_run.stream(client=client, body=body) as events:
                print(sum(1 for _ in events), "events")
        """
    )
    environment = {**os.environ, "OPENAI_LOG": level, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=environment, cwd=ROOT
    )
    lines = [line for line in result.stderr.splitlines() if "openai_client" in line]
    assert any(
        re.search(r"POST /v1/threads/runs -> 200 \(request id req_local_\d+\) in \d+ ms, retry 0", x) for x in lines
    )
    assert any("GET /v1/threads/thread_nope/runs/" in line and "-> 404" in line for line in lines)
    assert ("request headers" in result.stderr) == (level == "debug")
    assert TOKEN not in result.stderr and TOKEN not in result.stdout


# -- Azure and compatible servers -----------------------------------------------------------
@pytest.fixture
def azure_server() -> Iterator[LocalRunsServer]:
    with LocalRunsServer(azure=True) as running:
        yield running


@pytest.mark.parametrize(
    "endpoint_suffix",
    ["", "/", "/openai", "/openai/", "/openai/v1"],
    ids=["bare", "slash", "openai", "openai-slash", "v1"],
)
def test_azure_with_a_key_uses_azures_layout(azure_server: LocalRunsServer, endpoint_suffix: str) -> None:
    with AuthenticatedClient.for_azure(
        azure_server.endpoint + endpoint_suffix, api_key="azure-key-1", max_retries=0
    ) as client:
        run = create_thread_and_run_and_poll(client, CreateThreadAndRunRequest(assistant_id="a"), interval=0)
    assert run.status == RunStatus.COMPLETED
    for request in azure_server.requests:
        assert request.path.startswith("/openai/threads")
        assert request.headers["api-key"] == "azure-key-1" and "authorization" not in request.headers
        assert request.query["api-version"] == ["2025-04-01-preview"]


def test_azure_with_a_token_provider_called_per_request(azure_server: LocalRunsServer) -> None:
    issued: list[str] = []

    def token_provider() -> str:
        issued.append(f"entra-token-{len(issued)}")
        return issued[-1]

    with AuthenticatedClient.for_azure(
        azure_server.endpoint, token_provider=token_provider, api_version="2024-05-01-preview", max_retries=0
    ) as client:
        with stream_thread_and_run(client, CreateThreadAndRunRequest(assistant_id="a")) as stream:
            assert stream.get_final_run().status == RunStatus.COMPLETED
        run = create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id="a"))
        get_run.sync(run.thread_id, run.id, client=client)
    sent = [request.headers["authorization"] for request in azure_server.requests]
    assert sent == [f"Bearer {token}" for token in issued] and len(set(sent)) == 3
    assert all("api-key" not in request.headers for request in azure_server.requests)


def test_azure_server_answers_as_azure_does(azure_server: LocalRunsServer) -> None:
    body = CreateThreadAndRunRequest(assistant_id="a")
    with (
        AuthenticatedClient.for_azure(azure_server.endpoint, api_key="k", api_version="2020-01-01") as wrong_version,
        pytest.raises(errors.BadRequestError, match="API version not supported: 2020-01-01"),
    ):
        create_thread_and_run.sync(client=wrong_version, body=body)
    with (
        AuthenticatedClient(base_url=azure_server.base_url, token="k", max_retries=0) as no_version,
        pytest.raises(errors.NotFoundError, match="Resource not found"),
    ):
        create_thread_and_run.sync(client=no_version, body=body)
    with (
        AuthenticatedClient.for_azure(azure_server.endpoint, api_key="k", base_url=azure_server.base_url + "/v1") as v1,
        pytest.raises(errors.NotFoundError),
    ):
        create_thread_and_run.sync(client=v1, body=body)


def test_for_azure_refuses_an_empty_api_version() -> None:
    with pytest.raises(ValueError, match=r"api_version is empty.*2025-04-01-preview"):
        AuthenticatedClient.for_azure("https://name.openai.azure.com", api_key="k", api_version="")


def test_for_azure_wants_exactly_one_credential() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        AuthenticatedClient.for_azure("https://name.openai.azure.com")
    with pytest.raises(ValueError, match="exactly one"):
        AuthenticatedClient.for_azure("https://name.openai.azure.com", api_key="k", token_provider=lambda: "t")


def test_a_gateway_gets_its_default_query_on_every_request(server: LocalRunsServer) -> None:
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN, default_query={"gateway-key": "g1"}) as client:
        run = create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id="a"))
        list_runs.sync(run.thread_id, client=client, limit=5)
    assert [request.query.get("gateway-key") for request in server.requests] == [["g1"], ["g1"]]
    assert server.requests[-1].query["limit"] == ["5"]


def test_a_client_without_a_key_is_for_proxies_that_add_one() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"error": {"message": "no", "type": "x"}})

    with (
        Client(base_url="http://proxy/v1", httpx_args={"transport": httpx.MockTransport(handler)}) as client,
        pytest.raises(errors.NotFoundError),
    ):
        get_run.sync("t", "r", client=client)
    assert "authorization" not in seen[0].headers and seen[0].headers["openai-beta"] == "assistants=v2"
    assert parse_qs(urlsplit(str(seen[0].url)).query) == {}
