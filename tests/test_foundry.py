"""Foundry Agent Service (classic): the client pointed at it, its shapes typed, its helpers, its local server.

Foundry speaks the Assistants protocol under a project endpoint
(`https://<resource>.services.ai.azure.com/api/projects/<project>`), with an `api-version`
on every request and Microsoft Entra ID bearer tokens, and adds tools of its own. The
published examples (tests/fixtures/foundry/) and a recorded session
(tests/fixtures/recorded/foundry-*.json) are Microsoft's, MIT-licensed; each says its source.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from openai_client import AuthenticatedClient, errors, models
from openai_client.api.assistants import create_assistant, get_assistant
from openai_client.api.messages import list_messages
from openai_client.api.runs import create_thread_and_run, get_run, list_run_steps, submit_tool_outputs_to_run
from openai_client.api.threads import create_thread, list_threads
from openai_client.client import DEFAULT_FOUNDRY_API_VERSION, FOUNDRY_SCOPE
from openai_client.models import (
    AssistantObject,
    AssistantToolsMcp,
    CreateAssistantRequest,
    MessageContentTextAnnotationsUrlCitationObject,
    MessageObject,
    RunObject,
    RunRequiredActionSubmitToolApproval,
    RunStatus,
    RunStepObject,
    RunToolCallMcpObject,
    SubmitToolOutputsRunRequestParam,
    ThreadObject,
    ToolApproval,
    UnknownAssistantTool,
)
from openai_client.types import UNSET
from openai_client_helpers import (
    LocalRunsServer,
    aiter_threads,
    arun_tool_loop,
    astream_thread_and_run,
    iter_threads,
    poll_run,
    run_tool_loop,
    stream_thread_and_run,
    tool_approval_submission,
    waits_for_approval,
)
from openai_client_helpers.local_server import mcp_call, reply, tool_call
from openai_client_helpers.local_server._foundry import FOUNDRY_ONLY_OPERATIONS

from .conftest import ASSISTANT_ID, parse_stream

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = sorted((FIXTURES / "foundry").rglob("*.json"))
MCP_SESSION = FIXTURES / "recorded" / "foundry-2025-05-15-preview__mcp_tool.json"
PROJECT = "/api/projects/local-project"


class Tokens:
    """A token provider as azure-identity's `get_bearer_token_provider` returns one: a fresh token per call."""

    def __init__(self) -> None:
        self.count = itertools.count(1)
        self.given: list[str] = []

    def __call__(self) -> str:
        token = f"entra-token-{next(self.count)}"
        self.given.append(token)
        return token


@pytest.fixture
def foundry() -> Iterator[LocalRunsServer]:
    with LocalRunsServer(foundry=True) as running:
        running.add_assistant(id=ASSISTANT_ID)
        yield running


def _client(server: LocalRunsServer, tokens: Tokens | None = None) -> AuthenticatedClient:
    return AuthenticatedClient.for_foundry(server.project_endpoint, token_provider=tokens or Tokens(), max_retries=0)


# -- the client pointed at Foundry ---------------------------------------------------------------
@pytest.mark.parametrize("pasted", ["", "/", "/assistants", "/threads/", "/threads/thread_1/runs?api-version=v1"])
def test_for_foundry_sends_each_operation_under_the_project_with_a_fresh_token(
    foundry: LocalRunsServer, pasted: str
) -> None:
    tokens = Tokens()
    with AuthenticatedClient.for_foundry(foundry.project_endpoint + pasted, token_provider=tokens) as client:
        run = create_thread_and_run.sync(client=client, body={"assistant_id": ASSISTANT_ID})
        get_run.sync(run.thread_id, run.id, client=client)
        list_threads.sync(client=client)
    sent = foundry.requests
    assert [request.path for request in sent] == [
        f"{PROJECT}/threads/runs",
        f"{PROJECT}/threads/{run.thread_id}/runs/{run.id}",
        f"{PROJECT}/threads",
    ]
    assert all(request.query["api-version"] == [DEFAULT_FOUNDRY_API_VERSION] for request in sent)
    bearer = [request.header("authorization", reveal=True) for request in sent]
    assert bearer == [f"Bearer {token}" for token in tokens.given] and len(set(bearer)) == 3
    assert tokens.given[0] not in repr(sent)  # a printed log masks the Entra token as it does a key


def test_for_foundry_sends_the_api_version_asked_for(foundry: LocalRunsServer) -> None:
    with AuthenticatedClient.for_foundry(
        foundry.project_endpoint, token_provider=Tokens(), api_version="2025-05-15-preview"
    ) as client:
        create_thread.sync(client=client)
    assert foundry.requests[0].query["api-version"] == ["2025-05-15-preview"]


@pytest.mark.parametrize(
    ("endpoint", "provider", "says"),
    [
        ("", Tokens(), "no Foundry project endpoint"),
        ("https://r.services.ai.azure.com/api/projects/p", None, "token_provider"),
        ("https://r.services.ai.azure.com/api/projects/p", "a-key", "token_provider"),
        ("not a url", Tokens(), "not an http"),
    ],
    ids=["no-endpoint", "no-provider", "a-key-instead", "not-a-url"],
)
def test_for_foundry_without_an_endpoint_or_a_provider_is_one_clear_error(
    endpoint: str, provider: Any, says: str
) -> None:
    with pytest.raises(errors.InvalidOptionError, match=says):
        AuthenticatedClient.for_foundry(endpoint, token_provider=provider)


def test_from_env_for_foundry_reads_the_variables_microsofts_samples_use(
    monkeypatch: pytest.MonkeyPatch, foundry: LocalRunsServer
) -> None:
    for name in ("PROJECT_ENDPOINT", "AZURE_AI_PROJECT_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(errors.InvalidOptionError, match="PROJECT_ENDPOINT"):
        AuthenticatedClient.from_env(foundry=True, token_provider=Tokens())
    monkeypatch.setenv("AZURE_AI_PROJECT_ENDPOINT", foundry.project_endpoint)
    with pytest.raises(errors.InvalidOptionError, match="token_provider"):
        AuthenticatedClient.from_env(foundry=True)
    with AuthenticatedClient.from_env(foundry=True, token_provider=Tokens()) as from_fallback:
        assert from_fallback.base_url == foundry.project_endpoint
    monkeypatch.setenv("PROJECT_ENDPOINT", foundry.project_endpoint + "/")
    with AuthenticatedClient.from_env(foundry=True, token_provider=Tokens(), api_version="v1") as client:
        create_thread.sync(client=client)
    assert foundry.requests[-1].path == f"{PROJECT}/threads"
    assert FOUNDRY_SCOPE == "https://ai.azure.com/.default"


# -- the constructor, typed ------------------------------------------------------------------------
def test_api_key_is_the_sdks_name_for_the_key(foundry: LocalRunsServer) -> None:
    with LocalRunsServer() as server, AuthenticatedClient(base_url=server.base_url, api_key="sk-abc-123") as client:
        create_thread.sync(client=client)
        assert client.api_key == client.token == "sk-abc-123"
        with client.with_options(api_key="sk-rotated-456") as rotated:
            create_thread.sync(client=rotated)
        assert [request.header("authorization", reveal=True) for request in server.requests] == [
            "Bearer sk-abc-123",
            "Bearer sk-rotated-456",
        ]
    with pytest.raises(errors.InvalidOptionError, match="not both"):
        AuthenticatedClient(api_key="sk-a", token="sk-b")
    with pytest.raises(errors.InvalidOptionError, match="no API key: pass api_key="):
        AuthenticatedClient()


def test_a_misspelt_option_is_caught_by_the_type_checker_and_at_run_time() -> None:
    """mypy --strict must flag each line (an unneeded ignore fails `make typecheck`)."""
    with pytest.raises(TypeError, match="tiemout"):
        AuthenticatedClient(api_key="sk-abc", tiemout=5.0)  # type: ignore[call-arg]
    with AuthenticatedClient(api_key="sk-abc") as client, pytest.raises(errors.InvalidOptionError, match="tiemout"):
        client.with_options(tiemout=5.0)  # type: ignore[call-arg]
    with pytest.raises(errors.InvalidOptionError):
        AuthenticatedClient(api_key=5)  # type: ignore[arg-type]


# -- Foundry's shapes, typed, sent and read --------------------------------------------------------
FOUNDRY_TOOLS: list[tuple[dict[str, Any], Any]] = [
    ({"type": "azure_ai_search"}, models.AssistantToolsAzureAISearch),
    (
        {
            "type": "bing_grounding",
            "bing_grounding": {"search_configurations": [{"connection_id": "conn_bing", "count": 5}]},
        },
        models.AssistantToolsBingGrounding,
    ),
    (
        {
            "type": "bing_custom_search",
            "bing_custom_search": {"search_configurations": [{"connection_id": "conn_c", "instance_name": "news"}]},
        },
        models.AssistantToolsBingCustomSearch,
    ),
    (
        {
            "type": "openapi",
            "openapi": {
                "name": "weather",
                "description": "Weather by city",
                "spec": {"openapi": "3.0.0", "paths": {"/w": {"get": {"operationId": "w"}}}},
                "auth": {"type": "connection", "security_scheme": {"connection_id": "conn_api"}},
                "default_params": ["units"],
            },
        },
        models.AssistantToolsOpenApi,
    ),
    (
        {
            "type": "azure_function",
            "azure_function": {
                "function": {"name": "lookup", "description": "Looks up", "parameters": {"type": "object"}},
                "input_binding": {
                    "type": "storage_queue",
                    "storage_queue": {"queue_service_endpoint": "https://q.queue.core.windows.net", "queue_name": "in"},
                },
                "output_binding": {
                    "type": "storage_queue",
                    "storage_queue": {
                        "queue_service_endpoint": "https://q.queue.core.windows.net",
                        "queue_name": "out",
                    },
                },
            },
        },
        models.AssistantToolsAzureFunction,
    ),
    (
        {"type": "connected_agent", "connected_agent": {"id": "asst_sub", "name": "stocks", "description": "Prices"}},
        models.AssistantToolsConnectedAgent,
    ),
    (
        {"type": "mcp", "server_label": "github", "server_url": "https://gitmcp.io/x", "allowed_tools": ["search"]},
        models.AssistantToolsMcp,
    ),
    (
        {
            "type": "deep_research",
            "deep_research": {
                "deep_research_model": "o3-deep-research",
                "bing_grounding_connections": [{"connection_id": "c"}],
            },
        },
        models.AssistantToolsDeepResearch,
    ),
    (
        {"type": "fabric_dataagent", "fabric_dataagent": {"connections": [{"connection_id": "conn_f"}]}},
        models.AssistantToolsFabric,
    ),
    (
        {"type": "sharepoint_grounding", "sharepoint_grounding": {"connections": [{"connection_id": "conn_s"}]}},
        models.AssistantToolsSharepoint,
    ),
    (
        {"type": "browser_automation", "browser_automation": {"connection": {"id": "conn_playwright"}}},
        models.AssistantToolsBrowserAutomation,
    ),
]


@pytest.mark.parametrize(("tool", "model"), FOUNDRY_TOOLS, ids=[tool["type"] for tool, _ in FOUNDRY_TOOLS])
def test_each_foundry_tool_is_accepted_and_echoed_back_on_an_agent(
    foundry: LocalRunsServer, tool: dict[str, Any], model: Any
) -> None:
    resources: dict[str, Any] = {
        "azure_ai_search": {
            "indexes": [{"index_connection_id": "conn_s", "index_name": "docs", "query_type": "semantic"}]
        },
        "mcp": [
            {"server_label": "github", "headers": {"X-Key": "k"}, "require_approval": {"never": {"tool_names": ["a"]}}}
        ],
    }
    with _client(foundry) as client:
        as_json: Any = {"model": "gpt-4o", "tools": [tool], "tool_resources": resources}  # a dict, as the SDK takes
        as_dict = create_assistant.sync(client=client, body=as_json)
        as_model = create_assistant.sync(
            client=client, body=CreateAssistantRequest(model="gpt-4o", tools=[model.from_dict(copy.deepcopy(tool))])
        )
        fetched = get_assistant.sync(as_dict.id, client=client)
    assert [item.to_dict() for item in fetched.tools] == [tool] == [item.to_dict() for item in as_model.tools]
    assert isinstance(fetched.tools[0], model) and fetched.tools[0].type == tool["type"]
    assert fetched.to_dict()["tool_resources"] == resources
    assert AssistantObject.from_dict(fetched.to_dict(), strict=True).to_dict() == fetched.to_dict()


STEP_CALLS: list[tuple[dict[str, Any], Any]] = [
    (
        {"id": "c1", "type": "azure_ai_search", "azure_ai_search": {"input": "q", "output": "r"}},
        models.RunStepDetailsToolCallsAzureAISearchObject,
    ),
    (
        {
            "id": "c2",
            "type": "bing_grounding",
            "bing_grounding": {"requesturl": "https://api.bing/x", "response_metadata": "{}"},
        },
        models.RunStepDetailsToolCallsBingGroundingObject,
    ),
    (
        {"id": "c3", "type": "bing_custom_search", "bing_custom_search": {"requesturl": "https://api.bing/c"}},
        models.RunStepDetailsToolCallsBingCustomSearchObject,
    ),
    (
        {"id": "c4", "type": "openapi", "openapi": {"name": "w", "arguments": "{}", "output": "sunny"}},
        models.RunStepDetailsToolCallsOpenApiObject,
    ),
    (
        {"id": "c5", "type": "azure_function", "azure_function": {"name": "lookup", "arguments": "{}", "output": "42"}},
        models.RunStepDetailsToolCallsAzureFunctionObject,
    ),
    (
        {
            "id": "c6",
            "type": "connected_agent",
            "connected_agent": {
                "name": "stocks",
                "arguments": "{}",
                "output": "up",
                "run_id": "run_s",
                "thread_id": "thread_s",
                "assistant_id": "asst_s",
            },
        },
        models.RunStepDetailsToolCallsConnectedAgentObject,
    ),
    (
        {"id": "c7", "type": "mcp", "arguments": "{}", "name": "fetch", "output": "# docs", "server_label": "github"},
        models.RunStepDetailsToolCallsMcpObject,
    ),
    (
        {"id": "c8", "type": "deep_research", "deep_research": {"input": "topic", "output": "report"}},
        models.RunStepDetailsToolCallsDeepResearchObject,
    ),
    (
        {"id": "c9", "type": "fabric_dataagent", "fabric_dataagent": {"input": "q", "output": "rows"}},
        models.RunStepDetailsToolCallsFabricObject,
    ),
    (
        {"id": "c10", "type": "sharepoint_grounding", "sharepoint_grounding": {"input": "q", "output": "doc"}},
        models.RunStepDetailsToolCallsSharepointObject,
    ),
    (
        {
            "id": "c11",
            "type": "browser_automation",
            "browser_automation": {
                "input": "book",
                "output": "done",
                "steps": [{"last_step_result": "opened", "current_state": "page", "next_step": "click"}],
            },
        },
        models.RunStepDetailsToolCallsBrowserAutomationObject,
    ),
]


def _step(details: dict[str, Any], kind: str = "tool_calls") -> dict[str, Any]:
    return {
        "id": "step_1",
        "object": "thread.run.step",
        "created_at": 1,
        "assistant_id": "asst_1",
        "thread_id": "thread_1",
        "run_id": "run_1",
        "type": kind,
        "status": "completed",
        "step_details": details,
        "last_error": None,
        "expires_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": 2,
        "usage": None,
    }


def test_each_foundry_tool_call_of_a_step_reads_typed_leniently_and_strictly_and_writes_back_exactly() -> None:
    body = _step({"type": "tool_calls", "tool_calls": [call for call, _ in STEP_CALLS]})
    lenient = RunStepObject.from_dict(copy.deepcopy(body))
    strict = RunStepObject.from_dict(copy.deepcopy(body), strict=True)
    assert lenient.to_dict() == strict.to_dict() == body and not lenient.unknown_values()
    calls = lenient.step_details.tool_calls  # type: ignore[union-attr]
    assert [type(call) for call in calls] == [model for _, model in STEP_CALLS]


def test_a_step_that_lists_an_mcp_servers_tools_reads_each_tool_typed_and_writes_back_exactly() -> None:
    fetch = {
        "description": "Fetch docs",
        "parameters": {
            "type": "object",
            "properties": {"url": {"type": "string", "description": "Where"}, "zz_future_depth": {"type": "integer"}},
            "required": ["url"],
            "additionalProperties": False,
        },
    }
    activity = {
        "type": "mcp_list_tools",
        "id": "act_1",
        "server_label": "github",
        "tools": {"fetch": fetch, "ping": {"parameters": {"type": "object", "properties": {}, "required": []}}},
    }
    body = _step({"type": "activities", "activities": [activity]}, kind="activities")
    for strict in (False, True):
        step = RunStepObject.from_dict(copy.deepcopy(body), strict=strict)
        assert isinstance(step.step_details, models.RunStepDetailsActivitiesObject) and step.type == "activities"
        assert step.to_dict() == body
    details = step.step_details
    assert isinstance(details, models.RunStepDetailsActivitiesObject)
    (listed,) = details.activities
    tool = listed.tools["fetch"]
    assert isinstance(tool, models.RunStepActivityFunction) and tool.description == "Fetch docs"
    url = tool.parameters.properties["url"]
    assert isinstance(url, models.RunStepActivityFunctionArgument) and (url.type, url.description) == (
        "string",
        "Where",
    )
    assert tool.parameters.required == ["url"] and tool.parameters.additional_properties == {
        "additionalProperties": False
    }
    assert list(listed.tools) == ["fetch", "ping"] and listed.tools["ping"].description is UNSET


def test_a_listed_mcp_tool_without_parameters_is_one_clear_error_when_strict() -> None:
    activity = {"type": "mcp_list_tools", "id": "act_1", "server_label": "github", "tools": {"fetch": {}}}
    body = _step({"type": "activities", "activities": [activity]}, kind="activities")
    assert RunStepObject.from_dict(copy.deepcopy(body)).to_dict() == body
    with pytest.raises(errors.InvalidPayloadError, match=re.escape("activities[0].tools.fetch.parameters")):
        RunStepObject.from_dict(copy.deepcopy(body), strict=True)


def test_foundry_step_deltas_read_typed() -> None:
    deltas = [
        {"index": 0, "id": "c1", "type": "mcp", "arguments": '{"q":'},
        {"index": 1, "id": "c2", "type": "bing_grounding", "bing_grounding": {"requesturl": "https://api.bing/x"}},
        {"index": 2, "id": "c3", "type": "azure_function", "azure_function": {"name": "lookup", "arguments": "{"}},
        {"index": 3, "type": "connected_agent", "connected_agent": {"name": "stocks"}},
    ]
    body = {
        "id": "step_1",
        "object": "thread.run.step.delta",
        "delta": {"step_details": {"type": "tool_calls", "tool_calls": deltas}},
    }
    parsed = models.RunStepDeltaObject.from_dict(copy.deepcopy(body), strict=True)
    assert parsed.to_dict() == body
    assert [type(call).__name__ for call in parsed.delta.step_details.tool_calls] == [  # type: ignore[union-attr]
        "RunStepDeltaStepDetailsToolCallsMcpObject",
        "RunStepDeltaStepDetailsToolCallsBingGroundingObject",
        "RunStepDeltaStepDetailsToolCallsAzureFunctionObject",
        "RunStepDeltaStepDetailsToolCallsConnectedAgentObject",
    ]


def test_a_web_citation_of_a_grounded_answer_reads_typed() -> None:
    text = {
        "value": "Sunny [1].",
        "annotations": [
            {
                "type": "url_citation",
                "text": "[1]",
                "start_index": 6,
                "end_index": 9,
                "url_citation": {"url": "https://weather.example/paris", "title": "Paris"},
            }
        ],
    }
    body = {
        "id": "msg_1",
        "object": "thread.message",
        "created_at": 1,
        "thread_id": "thread_1",
        "role": "assistant",
        "content": [{"type": "text", "text": text}],
        "assistant_id": "asst_1",
        "run_id": "run_1",
        "attachments": [],
        "metadata": {},
    }
    message = MessageObject.from_dict(copy.deepcopy(body), strict=True)
    annotation = message.content[0].text.annotations[0]  # type: ignore[union-attr]
    assert isinstance(annotation, MessageContentTextAnnotationsUrlCitationObject)
    assert annotation.url_citation.url == "https://weather.example/paris" and message.to_dict() == body


def test_a_tool_kind_newer_than_foundrys_description_keeps_every_byte() -> None:
    future = {"type": "zz_future_tool", "zz_future_tool": {"depth": 3, "nested": [1, {"a": None}]}}
    with pytest.raises(errors.InvalidPayloadError):
        models.AssistantToolsMcp.from_dict(future, strict=True)
    assistant = AssistantObject.from_dict(
        {
            "id": "asst_1",
            "object": "assistant",
            "created_at": 1,
            "name": None,
            "description": None,
            "model": "gpt-4o",
            "instructions": None,
            "tools": [copy.deepcopy(future), FOUNDRY_TOOLS[6][0]],
            "metadata": {},
        }
    )
    assert isinstance(assistant.tools[0], UnknownAssistantTool) and isinstance(assistant.tools[1], AssistantToolsMcp)
    assert assistant.to_dict()["tools"][0] == future


# -- the published examples and the recorded session ------------------------------------------------
RESPONSE_MODELS: dict[str, Any] = {
    "listAssistants": models.ListAssistantsResponse,
    "createAssistant": AssistantObject,
    "getAssistant": AssistantObject,
    "createThread": ThreadObject,
    "deleteThread": models.DeleteThreadResponse,
    "listMessages": models.ListMessagesResponse,
    "createMessage": MessageObject,
    "modifyMessage": MessageObject,
    "createThreadAndRun": RunObject,
    "createRun": RunObject,
    "submitToolOutputsToRun": RunObject,
    "getRunStep": RunStepObject,
    "listThreads": models.ListThreadsResponse,
    "getThread": ThreadObject,
    "modifyThread": ThreadObject,
    "modifyAssistant": AssistantObject,
    "deleteAssistant": models.DeleteAssistantResponse,
    "getMessage": MessageObject,
    "getRun": RunObject,
    "cancelRun": RunObject,
    "listRuns": models.ListRunsResponse,
    "listRunSteps": models.ListRunStepsResponse,
    "modifyRun": RunObject,
}
# Every vendored example is listed here, by its path under tests/fixtures/foundry/: `None` when its
# response body follows our spec; otherwise where it contradicts it and why. Generated examples hold
# values the description allows, but a generator sometimes writes an impossible one (a `null`
# attachment tool): that is one clear error, in both modes. Where the example follows the description
# and the description contradicts Foundry's servers (tests/fixtures/recorded/foundry-*), our spec
# follows the servers: the lenient reader takes the example and writes it back exactly, the strict
# one names what a server would have sent.
# Each verdict maps a mode (strict or not) to the error it raises; a mode it leaves out reads the
# body and writes it back exactly. (The strict reader stops at the first field it refuses.)
NULL_TOOL = "attachments[0].tools[0]: expected object, got null"
PAGE_WITHOUT_OBJECT = "object: required field is missing"  # servers send `object: "list"`
STEP_WITH_EXPIRED_AT = "expires_at: required field is missing"  # servers send `expires_at`
# Examples that contradict the description itself: its ThreadRun requires every field a run has;
# these omit some (the strict reader names the first of ours it misses).
RUN_WITHOUT_TOOL_CHOICE = "tool_choice: required field is missing"  # and response_format
RUN_WITHOUT_MOST_FIELDS = "required_action: required field is missing"  # and last_error, expires_at, usage, ...
NULL_RUN_TOOL = "tools[0]: expected object, got null"
EXAMPLE_VERDICTS: dict[str, dict[bool, str] | None] = {
    "CreateAgent_MaximumSet_Gen.json": None,
    "CreateAgent_MinimumSet_Gen.json": None,
    "CreateThreadAndRun_MaximumSet_Gen.json": {True: RUN_WITHOUT_TOOL_CHOICE},
    "CreateThreadAndRun_MinimumSet_Gen.json": {False: NULL_RUN_TOOL, True: NULL_RUN_TOOL},
    "DeleteAgent_MaximumSet_Gen.json": None,
    "DeleteAgent_MinimumSet_Gen.json": None,
    "GetAgent_MaximumSet_Gen.json": None,
    "GetAgent_MinimumSet_Gen.json": None,
    "ListAgents_MaximumSet_Gen.json": {True: PAGE_WITHOUT_OBJECT},
    "ListAgents_MinimumSet_Gen.json": {True: PAGE_WITHOUT_OBJECT},
    "Messages_CreateMessage_MaximumSet_Gen.json": None,
    "Messages_CreateMessage_MinimumSet_Gen.json": None,
    "Messages_GetMessage_MaximumSet_Gen.json": {False: NULL_TOOL, True: NULL_TOOL},
    "Messages_GetMessage_MinimumSet_Gen.json": {False: NULL_TOOL, True: NULL_TOOL},
    "Messages_ListMessages_MaximumSet_Gen.json": {False: "data[0]." + NULL_TOOL, True: PAGE_WITHOUT_OBJECT},
    "Messages_ListMessages_MinimumSet_Gen.json": {False: "data[0]." + NULL_TOOL, True: PAGE_WITHOUT_OBJECT},
    "Messages_UpdateMessage_MaximumSet_Gen.json": {False: NULL_TOOL, True: NULL_TOOL},
    "Messages_UpdateMessage_MinimumSet_Gen.json": {False: NULL_TOOL, True: NULL_TOOL},
    "RunSteps_GetRunStep_MaximumSet_Gen.json": {True: STEP_WITH_EXPIRED_AT},
    "RunSteps_GetRunStep_MinimumSet_Gen.json": {True: STEP_WITH_EXPIRED_AT},
    "RunSteps_ListRunSteps_MaximumSet_Gen.json": {True: PAGE_WITHOUT_OBJECT},
    "RunSteps_ListRunSteps_MinimumSet_Gen.json": {True: PAGE_WITHOUT_OBJECT},
    "Runs_CancelRun_MaximumSet_Gen.json": {True: RUN_WITHOUT_TOOL_CHOICE},
    "Runs_CancelRun_MinimumSet_Gen.json": {True: RUN_WITHOUT_MOST_FIELDS},
    "Runs_CreateRun_MaximumSet_Gen.json": None,
    "Runs_CreateRun_MinimumSet_Gen.json": None,
    "Runs_GetRun_MaximumSet_Gen.json": {True: RUN_WITHOUT_TOOL_CHOICE},
    "Runs_GetRun_MinimumSet_Gen.json": {True: RUN_WITHOUT_MOST_FIELDS},
    "Runs_ListRuns_MaximumSet_Gen.json": {True: PAGE_WITHOUT_OBJECT},
    "Runs_ListRuns_MinimumSet_Gen.json": {True: PAGE_WITHOUT_OBJECT},
    "Runs_SubmitToolOutputsToRun_MaximumSet_Gen.json": {True: RUN_WITHOUT_MOST_FIELDS},
    "Runs_SubmitToolOutputsToRun_MinimumSet_Gen.json": None,
    "Runs_UpdateRun_MaximumSet_Gen.json": {True: RUN_WITHOUT_TOOL_CHOICE},
    "Runs_UpdateRun_MinimumSet_Gen.json": None,
    "Threads_CreateThread_MaximumSet_Gen.json": None,
    "Threads_CreateThread_MinimumSet_Gen.json": None,
    "Threads_DeleteThread_MaximumSet_Gen.json": None,
    "Threads_DeleteThread_MinimumSet_Gen.json": None,
    "Threads_GetThread_MaximumSet_Gen.json": None,
    "Threads_GetThread_MinimumSet_Gen.json": None,
    "Threads_ListThreads_MaximumSet_Gen.json": None,  # a Foundry-only page: its shape is Foundry's
    "Threads_ListThreads_MinimumSet_Gen.json": None,
    "Threads_UpdateThread_MaximumSet_Gen.json": None,
    "Threads_UpdateThread_MinimumSet_Gen.json": None,
    "UpdateAgent_MaximumSet_Gen.json": None,
    "UpdateAgent_MinimumSet_Gen.json": None,
    "2025-05-01/Messages_ListMessages_MaximumSet_Gen.json": {False: "data[0]." + NULL_TOOL, True: PAGE_WITHOUT_OBJECT},
    "2025-05-01/Runs_SubmitToolOutputsToRun_MinimumSet_Gen.json": None,
    "2025-05-01/Threads_CreateThread_MinimumSet_Gen.json": None,
    "2025-05-15-preview/CreateThreadAndRun_MaximumSet_Gen.json": None,
    "2025-05-15-preview/ListAgents_MaximumSet_Gen.json": {True: PAGE_WITHOUT_OBJECT},
    "2025-05-15-preview/ListAgents_MinimumSet_Gen.json": {True: PAGE_WITHOUT_OBJECT},
    "2025-05-15-preview/Messages_CreateMessage_MaximumSet_Gen.json": None,
    "2025-05-15-preview/Messages_ListMessages_MaximumSet_Gen.json": {
        False: "data[0]." + NULL_TOOL,
        True: PAGE_WITHOUT_OBJECT,
    },
    "2025-05-15-preview/RunSteps_GetRunStep_MinimumSet_Gen.json": {True: STEP_WITH_EXPIRED_AT},
    "2025-05-15-preview/Runs_CreateRun_MaximumSet_Gen.json": None,
    "2025-05-15-preview/Threads_CreateThread_MinimumSet_Gen.json": None,
    "2025-05-15-preview/Threads_DeleteThread_MinimumSet_Gen.json": None,
}


def example_name(path: Path) -> str:
    return path.relative_to(FIXTURES / "foundry").as_posix()


@pytest.mark.parametrize("path", EXAMPLES, ids=example_name)
def test_foundrys_published_examples_read_leniently_and_strictly_and_write_back_exactly(path: Path) -> None:
    fixture = json.loads(path.read_text(encoding="utf-8"))
    assert fixture["source"].startswith("https://github.com/Azure/azure-rest-api-specs/blob/")
    assert fixture["license"].startswith("MIT")
    body = fixture["example"]["responses"]["200"]["body"]
    model = RESPONSE_MODELS[fixture["operation"]]
    verdict = EXAMPLE_VERDICTS[example_name(path)] or {}
    for strict in (False, True):
        if strict in verdict:
            with pytest.raises(errors.InvalidPayloadError, match=re.escape(verdict[strict])):
                model.from_dict(copy.deepcopy(body), strict=strict)
        else:
            assert model.from_dict(copy.deepcopy(body), strict=strict).to_dict() == body


REQUEST_MODELS: dict[str, Any] = {
    "createAssistant": models.CreateAssistantRequest,
    "modifyAssistant": models.ModifyAssistantRequest,
    "createThread": models.CreateThreadRequest,
    "modifyThread": models.ModifyThreadRequest,
    "createMessage": models.CreateMessageRequest,
    "modifyMessage": models.ModifyMessageRequest,
    "createThreadAndRun": models.CreateThreadAndRunRequest,
    "createRun": models.CreateRunRequest,
    "modifyRun": models.ModifyRunRequest,
    "submitToolOutputsToRun": models.SubmitToolOutputsRunRequest,
}
# The request bodies of the examples, read as a request model the way a caller's dict is checked
# before sending; listed as above. Foundry's description types a message's content as `{}` and
# says "a basic string or an array of typed content blocks" (this spec's two forms); some of its
# examples send an object of `blocks` instead, which this spec refuses as one clear error.
CONTENT_AS_BLOCKS = "content: expected string or array, got object"
MESSAGE_WITHOUT_CONTENT = "messages[0].content: required field is missing"
REQUEST_VERDICTS: dict[str, dict[bool, str]] = {
    "CreateThreadAndRun_MaximumSet_Gen.json": {
        False: "thread.messages[0].attachments[0].tools[0]: expected object, got null",
        True: "thread." + MESSAGE_WITHOUT_CONTENT,
    },
    "Messages_CreateMessage_MaximumSet_Gen.json": {False: CONTENT_AS_BLOCKS, True: CONTENT_AS_BLOCKS},
    "Runs_CreateRun_MaximumSet_Gen.json": {
        False: "additional_messages[0]." + CONTENT_AS_BLOCKS,
        True: "additional_messages[0]." + CONTENT_AS_BLOCKS,
    },
    "Threads_CreateThread_MaximumSet_Gen.json": {
        False: "messages[0].attachments[0].tools[0]: expected object, got null",
        True: MESSAGE_WITHOUT_CONTENT,
    },
    "2025-05-15-preview/CreateThreadAndRun_MaximumSet_Gen.json": {
        False: "thread.messages[0]." + CONTENT_AS_BLOCKS,
        True: "thread.messages[0]." + CONTENT_AS_BLOCKS,
    },
    "2025-05-15-preview/Messages_CreateMessage_MaximumSet_Gen.json": {
        False: CONTENT_AS_BLOCKS,
        True: CONTENT_AS_BLOCKS,
    },
    "2025-05-15-preview/Runs_CreateRun_MaximumSet_Gen.json": {
        False: "additional_messages[0]." + CONTENT_AS_BLOCKS,
        True: "additional_messages[0]." + CONTENT_AS_BLOCKS,
    },
}
REQUEST_EXAMPLES = [
    path for path in EXAMPLES if "body" in json.loads(path.read_text(encoding="utf-8"))["example"]["parameters"]
]


@pytest.mark.parametrize("path", REQUEST_EXAMPLES, ids=example_name)
def test_foundrys_published_request_bodies_read_as_requests_and_are_sent_exactly(path: Path) -> None:
    fixture = json.loads(path.read_text(encoding="utf-8"))
    body = fixture["example"]["parameters"]["body"]
    model = REQUEST_MODELS[fixture["operation"]]
    verdict = REQUEST_VERDICTS.get(example_name(path), {})
    for strict in (False, True):
        if strict in verdict:
            with pytest.raises(errors.InvalidPayloadError, match=re.escape(verdict[strict])):
                model.from_dict(copy.deepcopy(body), strict=strict)
        else:
            assert model.from_dict(copy.deepcopy(body), strict=strict).to_dict() == body


def test_the_examples_tool_resources_of_a_run_read_typed() -> None:
    fixture = json.loads((FIXTURES / "foundry" / "Runs_CreateRun_MaximumSet_Gen.json").read_text(encoding="utf-8"))
    run = RunObject.from_dict(fixture["example"]["responses"]["200"]["body"], strict=True)
    assert isinstance(run.tool_resources, models.ThreadObjectToolResources)
    search, files = run.tool_resources.azure_ai_search, run.tool_resources.file_search
    assert isinstance(search, models.AzureAISearchToolResource) and isinstance(search.indexes, list)
    (index,) = search.indexes
    assert (index.index_name, index.query_type, index.top_k) == ("data_index", "semantic", 5)
    assert isinstance(files, models.ThreadObjectFileSearchResources) and isinstance(files.vector_stores, list)
    (store,) = files.vector_stores
    assert store.configuration.data_sources[0].type == "uri_asset"


def test_a_recorded_approval_is_read_typed_and_answered_as_the_sdk_answered_it() -> None:
    session = json.loads(MCP_SESSION.read_text(encoding="utf-8"))
    waiting = RunObject.from_dict(session["exchanges"][4]["body"], strict=True)
    assert waiting.status == RunStatus.REQUIRES_ACTION and waits_for_approval(waiting)
    assert isinstance(waiting.required_action, RunRequiredActionSubmitToolApproval)
    (call,) = waiting.required_action.submit_tool_approval.tool_calls
    assert isinstance(call, RunToolCallMcpObject) and (call.name, call.server_label) == (
        "fetch_azure_rest_api_docs",
        "github",
    )

    def approve_with_credentials(call: models.RunApprovalToolCall) -> ToolApproval:
        assert isinstance(call, RunToolCallMcpObject)
        return ToolApproval(tool_call_id=call.id, approve=True, headers={"SuperSecret": "123456"})

    body = tool_approval_submission(waiting, approve_with_credentials)
    sent = dict(session["requests"]["submitToolOutputsToRun"])
    del sent["stream"]  # the endpoint's `sync` leaves it out; `stream` sets it
    assert body.to_dict() == sent


# -- the helpers there: approvals, thread lists -----------------------------------------------------
def test_run_tool_loop_answers_function_calls_and_asks_approvals_of_its_callback(foundry: LocalRunsServer) -> None:
    foundry.script(
        [
            tool_call("get_weather", {"city": "Paris"}),
            mcp_call("fetch", {"q": "x"}, server_label="gh"),
            mcp_call("delete_repo", server_label="gh"),
            reply("Done."),
        ]
    )
    asked: list[tuple[str, str]] = []

    def approve(call: models.RunApprovalToolCall) -> bool:
        assert isinstance(call, RunToolCallMcpObject)
        asked.append((call.server_label, call.name))
        return call.name != "delete_repo"

    with _client(foundry) as client:
        run = create_thread_and_run.sync(client=client, body={"assistant_id": ASSISTANT_ID})
        done = run_tool_loop(
            client, run, {"get_weather": lambda city: f"sunny in {city}"}, approvals=approve, interval=0
        )
        steps = list_run_steps.sync(done.thread_id, done.id, client=client, order="asc")
    assert done.status == RunStatus.COMPLETED and asked == [("gh", "fetch"), ("gh", "delete_repo")]
    calls = [step.step_details.to_dict()["tool_calls"][0] for step in steps.data[:3]]
    outputs = [call.get("output") or call["function"]["output"] for call in calls]
    assert outputs == ["sunny in Paris", "fetch ran on gh.", "The call was not approved."]
    approvals = [request.body for request in foundry.requests if request.operation == "submitToolOutputsToRun"][1:]
    assert [[item["approve"] for item in body["tool_approvals"]] for body in approvals] == [[True], [False]]


def test_without_an_approvals_callback_the_loop_hands_the_waiting_run_back(foundry: LocalRunsServer) -> None:
    foundry.script([mcp_call("fetch", server_label="gh"), reply("Done.")])
    with _client(foundry) as client:
        run = create_thread_and_run.sync(client=client, body={"assistant_id": ASSISTANT_ID})
        waiting = run_tool_loop(client, run, {})
        assert waiting.status == RunStatus.REQUIRES_ACTION and waits_for_approval(waiting)
        answered = submit_tool_outputs_to_run.sync(
            waiting.thread_id, waiting.id, client=client, body=tool_approval_submission(waiting, True)
        )
        assert run_tool_loop(client, answered, {}).status == RunStatus.COMPLETED


def test_a_script_that_ends_with_an_approval_completes_with_the_default_answer(foundry: LocalRunsServer) -> None:
    foundry.script([mcp_call("fetch", server_label="gh")])
    with _client(foundry) as client:
        run = create_thread_and_run.sync(client=client, body={"assistant_id": ASSISTANT_ID})
        done = run_tool_loop(client, run, {}, approvals=lambda call: True)
        (answer, *_) = list_messages.sync(done.thread_id, client=client).data
    assert done.status == RunStatus.COMPLETED
    assert "fetch said fetch ran on gh." in answer.content[0].to_dict()["text"]["value"]


def test_a_stream_answers_approvals_with_its_callback(foundry: LocalRunsServer) -> None:
    foundry.script([mcp_call("fetch", server_label="gh"), reply("Fetched.")])
    foundry.script([mcp_call("fetch", server_label="gh"), reply("Fetched again.")])
    with _client(foundry) as client:
        with stream_thread_and_run(
            client, {"assistant_id": ASSISTANT_ID}, tools={}, approvals=lambda call: True
        ) as stream:
            answer = "".join(stream.text_deltas)
            final = stream.get_final_run()
        with stream_thread_and_run(client, {"assistant_id": ASSISTANT_ID}, tools={}) as undecided:
            waiting = undecided.get_final_run()
    assert (answer, final.status) == ("Fetched.", RunStatus.COMPLETED)
    assert waiting.status == RunStatus.REQUIRES_ACTION and waits_for_approval(waiting)


def test_iter_threads_pages_get_threads(foundry: LocalRunsServer) -> None:
    with _client(foundry) as client:
        made = [create_thread.sync(client=client, body={"metadata": {"n": str(n)}}).id for n in range(5)]
        newest_first = [thread.id for thread in iter_threads(client, page_size=2)]
        oldest_first = [thread.id for thread in iter_threads(client, order="asc", page_size=2)]
    assert newest_first == made[::-1] and oldest_first == made
    pages = [request.query for request in foundry.requests if request.operation == "listThreads"]
    assert len(pages) == 6 and pages[1]["after"] == [made[3]]


@pytest.mark.anyio
async def test_aiter_threads_pages_get_threads(foundry: LocalRunsServer) -> None:
    async with _client(foundry) as client:
        made = [(await create_thread.asyncio(client=client)).id for _ in range(3)]
        listed = [thread.id async for thread in aiter_threads(client, order="asc", page_size=2)]
    assert listed == made


def test_iter_threads_against_a_server_without_thread_lists_raises_its_answer(server: LocalRunsServer) -> None:
    with (
        AuthenticatedClient(base_url=server.base_url, api_key="sk-abc", max_retries=0) as client,
        pytest.raises(errors.NotFoundError),
    ):
        next(iter_threads(client))


# -- the local server in Foundry's layout ----------------------------------------------------------
@pytest.mark.parametrize(
    ("query", "headers", "status", "says"),
    [
        ("", {"authorization": "Bearer t"}, 400, "api-version"),
        ("?api-version=2020-01-01", {"authorization": "Bearer t"}, 400, "not supported"),
        ("?api-version=v1", {}, 401, "bearer token"),
        ("?api-version=v1", {"api-key": "key"}, 401, "bearer token"),
    ],
    ids=["no-version", "unknown-version", "no-token", "api-key-only"],
)
def test_the_foundry_server_refuses_what_foundry_refuses(
    foundry: LocalRunsServer, query: str, headers: dict[str, str], status: int, says: str
) -> None:
    answer = httpx.post(f"{foundry.project_endpoint}/threads{query}", json={}, headers=headers)
    assert answer.status_code == status and says in answer.json()["error"]["message"]


def test_the_foundry_server_needs_no_beta_header_and_only_its_project(foundry: LocalRunsServer) -> None:
    headers = {"authorization": "Bearer t"}
    assert httpx.post(f"{foundry.project_endpoint}/threads?api-version=v1", json={}, headers=headers).status_code == 200
    other = httpx.post(f"{foundry.endpoint}/api/projects/other/threads?api-version=v1", json={}, headers=headers)
    assert other.status_code == 404


def test_an_operation_only_foundry_has_is_an_invalid_url_elsewhere(
    server: LocalRunsServer, spec: dict[str, Any]
) -> None:
    marked = {
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if operation.get("x-openai-client-foundry-only")
    }
    assert marked == FOUNDRY_ONLY_OPERATIONS
    answer = httpx.get(
        f"{server.base_url}/threads", headers={"authorization": "Bearer sk-a", "openai-beta": "assistants=v2"}
    )
    assert answer.status_code == 404
    assert answer.json()["error"]["message"] == "Invalid URL (GET /v1/threads)"
    assert server.requests[-1].operation is None


def test_the_cli_serves_foundrys_layout_and_reads_mcp_call_steps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from openai_client_helpers.local_server.__main__ import main

    script = tmp_path / "run.json"
    script.write_text(json.dumps([{"mcp_call": "fetch", "arguments": {"q": "x"}, "server_label": "gh"}]))
    seen: list[RunObject] = []
    serve = LocalRunsServer.serve_forever

    def serve_once(self: LocalRunsServer, poll_interval: float = 0.5) -> None:
        serving = threading.Thread(target=serve, args=(self, 0.01))
        serving.start()
        try:
            self.add_assistant(id=ASSISTANT_ID)
            with _client(self) as client:
                run = create_thread_and_run.sync(client=client, body={"assistant_id": ASSISTANT_ID})
                seen.append(poll_run(client, run.thread_id, run.id))
        finally:
            self.shutdown()
            serving.join()

    monkeypatch.setattr(LocalRunsServer, "serve_forever", serve_once)
    assert main(["--foundry", "--project", "proj-a", "--quiet", "--script", str(script)]) == 0
    assert waits_for_approval(seen[0])
    printed = capsys.readouterr().out
    assert "/api/projects/proj-a" in printed and "for_foundry(" in printed


def test_outside_foundry_a_submission_is_openais(server: LocalRunsServer) -> None:
    server.script([tool_call("f"), reply("ok")])
    with AuthenticatedClient(base_url=server.base_url, api_key="sk-abc", max_retries=0) as client:
        run = create_thread_and_run.sync(client=client, body={"assistant_id": ASSISTANT_ID})
        run = poll_run(client, run.thread_id, run.id)  # the run moves on by the server's clock
        refused: list[tuple[SubmitToolOutputsRunRequestParam, str]] = [
            ({"tool_approvals": [{"tool_call_id": "c", "approve": True}]}, "tool_approvals"),
            ({}, "tool_outputs"),
        ]
        for body, says in refused:
            with pytest.raises(errors.BadRequestError, match=says):
                submit_tool_outputs_to_run.sync(run.thread_id, run.id, client=client, body=body)
    with pytest.raises(errors.InvalidOptionError, match="foundry=True"):
        server.script([mcp_call("fetch")])


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the SDK marks its Assistants surface deprecated
def test_the_official_sdk_and_this_client_side_by_side_against_the_foundry_server(foundry: LocalRunsServer) -> None:
    foundry.script([mcp_call("fetch", server_label="gh"), reply("Fetched.")])
    sdk = openai.OpenAI(
        base_url=foundry.project_endpoint, api_key="entra-token", default_query={"api-version": "v1"}, max_retries=0
    )
    with sdk, _client(foundry) as client:
        agent = sdk.beta.assistants.create(model="gpt-4o", tools=[FOUNDRY_TOOLS[6][0]])  # type: ignore[list-item]
        thread = sdk.beta.threads.create()
        run = sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id=agent.id)
        mine = poll_run(client, thread.id, run.id)
        assert waits_for_approval(mine)
        call_id = mine.required_action.submit_tool_approval.tool_calls[0].id  # type: ignore[union-attr]
        sdk.beta.threads.runs.submit_tool_outputs(
            run_id=run.id,
            thread_id=thread.id,
            tool_outputs=[],
            extra_body={"tool_approvals": [{"tool_call_id": call_id, "approve": True}]},
        )
        done = run_tool_loop(client, mine, {})
        listed = [item.id for item in iter_threads(client)]
        fetched = get_assistant.sync(agent.id, client=client)
    assert done.status == RunStatus.COMPLETED and listed == [thread.id]
    assert isinstance(fetched.tools[0], AssistantToolsMcp) and fetched.tools[0].server_label == "github"
    assert all(request.path.startswith(PROJECT) for request in foundry.requests)


def test_a_thread_read_from_foundry_keeps_its_tool_resources() -> None:
    body = {
        "id": "thread_1",
        "object": "thread",
        "created_at": 1,
        "metadata": {},
        "tool_resources": {
            "azure_ai_search": {"indexes": [{"index_asset_id": "idx_1"}]},
            "mcp": [{"server_label": "gh", "headers": {}, "require_approval": "never"}],
        },
    }
    thread = ThreadObject.from_dict(copy.deepcopy(body), strict=True)
    assert thread.to_dict() == body and thread.tool_resources is not None
    assert thread.tool_resources.mcp[0].require_approval == "never"  # type: ignore[index]


FOUNDRY_STORE = {
    "name": "docs",
    "configuration": {"data_sources": [{"uri": "azureml://datastores/d/x.pdf", "type": "uri_asset"}]},
}
OPENAI_STORE = {"file_ids": ["file_1"], "chunking_strategy": {"type": "auto"}, "metadata": {"k": "v"}}


@pytest.mark.parametrize("store", [FOUNDRY_STORE, OPENAI_STORE], ids=["foundrys-form", "openais-form"])
@pytest.mark.parametrize("as_model", [False, True], ids=["dict", "model"])
def test_a_vector_store_to_create_is_sent_exactly_in_either_form(
    foundry: LocalRunsServer, store: dict[str, Any], as_model: bool
) -> None:
    resources = {"file_search": {"vector_stores": [copy.deepcopy(store)]}}
    given: Any = resources
    if as_model:
        typed = models.ThreadToolResources.from_dict(copy.deepcopy(resources), strict=True)
        assert isinstance(typed.file_search, models.ThreadFileSearchResources)
        assert isinstance(typed.file_search.vector_stores, list)
        (parsed,) = typed.file_search.vector_stores
        kind = models.VectorStoreConfigurations if store is FOUNDRY_STORE else models.ThreadVectorStore
        assert isinstance(parsed, kind)
        given = typed
    with _client(foundry) as client:
        create_thread.sync(client=client, body={"tool_resources": given})
        create_assistant.sync(client=client, body={"model": "gpt-4o", "tool_resources": given})
    assert [request.body["tool_resources"] for request in foundry.requests] == [resources, resources]


def test_from_env_takes_the_key_under_the_sdks_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    with AuthenticatedClient.from_env(api_key="sk-given") as client:
        assert client.api_key == "sk-given"


def test_a_recorded_foundry_stream_reads_strictly_event_by_event() -> None:
    """Bing grounding's step deltas carry `null` for a value not known yet; citations arrive as deltas."""
    raw = (FIXTURES / "recorded" / "foundry-2025-05-15-preview__bing_grounding_streaming.sse").read_bytes()
    events = parse_stream(raw, chunk_size=11)
    for event in events:
        assert type(event.data).from_dict(event.data.to_dict(), strict=True).to_dict() == event.data.to_dict()
    deltas = [event.data for event in events if isinstance(event, models.ThreadRunStepDelta)]
    first = deltas[0].delta.to_dict()["step_details"]["tool_calls"][0]
    assert first["bing_grounding"] == {"requesturl": "", "response_metadata": None}
    parsed = models.RunStepDeltaStepDetailsToolCallsBingGroundingObject.from_dict(first, strict=True)
    assert parsed.to_dict() == first
    cited = [event.data for event in events if isinstance(event, models.ThreadMessageDelta)][2]
    (annotation,) = cited.delta.to_dict()["content"][0]["text"]["annotations"]
    assert annotation["type"] == "url_citation"
    typed = models.MessageDeltaContentTextAnnotationsUrlCitationObject.from_dict(annotation, strict=True)
    assert typed.url_citation.title == "Euler's identity - Wikipedia"


@pytest.mark.anyio
async def test_the_async_loop_and_stream_ask_approvals_of_their_callback(foundry: LocalRunsServer) -> None:
    foundry.script([mcp_call("fetch", server_label="gh"), reply("Looped.")])
    foundry.script([mcp_call("fetch", server_label="gh"), reply("Streamed.")])
    decided: list[str] = []

    def approve(call: models.RunApprovalToolCall) -> bool:
        decided.append(call.to_dict()["name"])
        return True

    async with _client(foundry) as client:
        run = await create_thread_and_run.asyncio(client=client, body={"assistant_id": ASSISTANT_ID})
        looped = await arun_tool_loop(client, run, {}, approvals=approve)
        async with astream_thread_and_run(
            client, {"assistant_id": ASSISTANT_ID}, tools={}, approvals=approve
        ) as stream:
            streamed = "".join([piece async for piece in stream.text_deltas])
    assert (looped.status, streamed, decided) == (RunStatus.COMPLETED, "Streamed.", ["fetch", "fetch"])
