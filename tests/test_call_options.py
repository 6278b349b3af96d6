"""Per-call options, as in the official SDK: `extra_body`, `extra_query`, `extra_headers`, `timeout`."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from openai_client import AuthenticatedClient
from openai_client.api.runs import create_run, list_runs
from openai_client.models import CreateRunRequest

from .conftest import TOKEN, run_payload
from .fault_server import FaultServer, Reply

RUN = Reply(200, json.dumps(run_payload()).encode())
PAGE = Reply(
    200, json.dumps({"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}).encode()
)
EXTRAS: dict[str, Any] = {
    "extra_body": {"reasoning_summary": "auto", "model": "gpt-5"},
    "extra_query": {"api-version": "2025-01-01"},
    "extra_headers": {"X-Trace": "abc", "OpenAI-Beta": "assistants=v3"},
}


async def _create(variant: str, client: AuthenticatedClient, **options: Any) -> None:
    body = CreateRunRequest(assistant_id="asst_1", model="gpt-4o")
    if variant == "sync":
        create_run.sync("thread_1", client=client, body=body, **options)
    elif variant == "sync_detailed":
        create_run.sync_detailed("thread_1", client=client, body=body, **options)
    elif variant == "asyncio":
        await create_run.asyncio("thread_1", client=client, body=body, **options)
    else:
        await create_run.asyncio_detailed("thread_1", client=client, body=body, **options)


@pytest.mark.anyio
@pytest.mark.parametrize("variant", ["sync", "sync_detailed", "asyncio", "asyncio_detailed"])
async def test_extras_reach_the_server(variant: str) -> None:
    with FaultServer(fallback=RUN) as server:
        async with AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client:
            with client:
                await _create(variant, client, **EXTRAS)
    (method, path, headers), body = server.seen[0], json.loads(server.bodies[0])
    assert method == "POST"
    assert body == {"assistant_id": "asst_1", "model": "gpt-5", "reasoning_summary": "auto"}
    assert parse_qs(urlsplit(path).query) == {"api-version": ["2025-01-01"]}
    assert headers["x-trace"] == "abc"
    assert headers["openai-beta"] == "assistants=v3", "extra_headers win over the client's"
    assert headers["authorization"] == f"Bearer {TOKEN}"


def test_extra_query_joins_the_operations_own_parameters() -> None:
    with (
        FaultServer(fallback=PAGE) as server,
        AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client,
    ):
        list_runs.sync("thread_1", client=client, limit=5, extra_query={"run_filter": "mine"})
    assert parse_qs(urlsplit(server.seen[0][1]).query) == {"limit": ["5"], "run_filter": ["mine"]}


def test_without_extras_the_request_is_unchanged() -> None:
    with (
        FaultServer(fallback=RUN) as server,
        AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client,
    ):
        create_run.sync("thread_1", client=client, body=CreateRunRequest(assistant_id="asst_1"))
    assert json.loads(server.bodies[0]) == {"assistant_id": "asst_1"}
    assert urlsplit(server.seen[0][1]).query == ""


def test_extra_body_on_a_get_is_refused_clearly() -> None:
    client = AuthenticatedClient(base_url="http://127.0.0.1:9", token=TOKEN)
    with pytest.raises(ValueError, match="extra_query"):
        list_runs.sync("thread_1", client=client, extra_body={"x": 1})
