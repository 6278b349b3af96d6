"""A client family shares one pool of connections, made once, closed with the last client."""

from __future__ import annotations

import threading

import pytest

from openai_client import AuthenticatedClient, errors
from openai_client.api.runs import create_thread_and_run
from openai_client.models import CreateThreadAndRunRequest
from openai_client_helpers import LocalRunsServer

from .conftest import TOKEN

NEW_RUN = CreateThreadAndRunRequest(assistant_id="asst_1")


def test_copies_share_the_pool_and_closing_one_leaves_it_to_the_others(server: LocalRunsServer) -> None:
    original = AuthenticatedClient(base_url=server.base_url, token=TOKEN)
    copy = original.with_options(max_retries=5, timeout=3.0)
    pool = original.get_httpx_client()
    assert copy.get_httpx_client() is pool
    original.close()
    assert create_thread_and_run.sync(client=copy, body=NEW_RUN).id
    assert not pool.is_closed
    copy.close()
    assert pool.is_closed


def test_a_copy_with_other_connection_settings_gets_its_own_pool(server: LocalRunsServer) -> None:
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN) as original:
        with original.with_options(verify_ssl=False) as copy:
            assert copy.get_httpx_client() is not original.get_httpx_client()
            unshared = copy.get_httpx_client()
        assert unshared.is_closed and not original.get_httpx_client().is_closed


def test_the_pool_is_made_once_when_many_threads_first_use_it(server: LocalRunsServer) -> None:
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client:
        start = threading.Barrier(8)
        made: list[object] = []

        def first_use() -> None:
            start.wait()
            made.append(client.get_httpx_client())

        threads = [threading.Thread(target=first_use) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(made) == 8 and len({id(pool) for pool in made}) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("how", ["with", "close", "async-with", "aclose"])
async def test_a_closed_client_refuses_calls_however_it_was_closed(server: LocalRunsServer, how: str) -> None:
    client = AuthenticatedClient(base_url=server.base_url, token=TOKEN)
    if how == "with":
        with client:
            create_thread_and_run.sync(client=client, body=NEW_RUN)
    elif how == "close":
        create_thread_and_run.sync(client=client, body=NEW_RUN)
        client.close()
    elif how == "async-with":
        async with client:
            await create_thread_and_run.asyncio(client=client, body=NEW_RUN)
    else:
        await create_thread_and_run.asyncio(client=client, body=NEW_RUN)
        await client.aclose()
    assert client.closed
    with pytest.raises(errors.ClientClosedError, match="was closed"):
        create_thread_and_run.sync(client=client, body=NEW_RUN)
    with pytest.raises(errors.OpenAIError):
        await create_thread_and_run.asyncio(client=client, body=NEW_RUN)
