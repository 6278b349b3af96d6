"""A client family shares one pool of connections, made once, closed with the last client."""

from __future__ import annotations

import ssl
import threading
from typing import Any

import httpx
import pytest

from openai_client import AuthenticatedClient, errors
from openai_client.api.runs import create_thread_and_run
from openai_client.models import CreateThreadAndRunRequest
from openai_client_helpers import LocalRunsServer

from .conftest import ASSISTANT_ID, TOKEN

NEW_RUN = CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID)


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


@pytest.mark.anyio
async def test_close_after_async_calls_warns_and_aclose_still_closes_them(server: LocalRunsServer) -> None:
    client = AuthenticatedClient(base_url=server.base_url, token=TOKEN)
    await create_thread_and_run.asyncio(client=client, body=NEW_RUN)
    pool = client.get_async_httpx_client()
    with pytest.warns(ResourceWarning, match="use `await client.aclose\\(\\)`"):
        client.close()
    assert not pool.is_closed
    await client.aclose()
    assert pool.is_closed


def test_with_options_refuses_a_setting_clients_do_not_have() -> None:
    with AuthenticatedClient(token=TOKEN) as client, pytest.raises(errors.InvalidOptionError, match="tiemout"):
        client.with_options(tiemout=3.0)  # type: ignore[call-arg]


def test_a_setting_changed_after_use_reaches_the_next_request(server: LocalRunsServer) -> None:
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client:
        create_thread_and_run.sync(client=client, body=NEW_RUN)
        client.token = "sk-rotated-0123456789"
        create_thread_and_run.sync(client=client, body=NEW_RUN)
    assert [request.headers["authorization"] for request in server.requests] == [
        f"Bearer {TOKEN}",
        "Bearer sk-rotated-0123456789",
    ]


def test_clients_share_one_default_tls_context(monkeypatch: pytest.MonkeyPatch) -> None:
    # Building a context reads the whole CA bundle: count how often the client asks for one.
    built: list[dict[str, object]] = []
    build = httpx.create_ssl_context

    def counted(**settings: Any) -> ssl.SSLContext:
        built.append(settings)
        return build(**settings)

    monkeypatch.setattr(httpx, "create_ssl_context", counted)
    monkeypatch.setenv("SSL_CERT_DIR", "/zz_future_certs")  # a setting this process has built no context for
    for _ in range(3):
        with AuthenticatedClient(base_url="https://api.example/v1", token=TOKEN) as client:
            client.get_httpx_client()
    with AuthenticatedClient(base_url="https://api.example/v1", token=TOKEN, verify_ssl=False) as unverified:
        unverified.get_httpx_client()  # httpx's own context for verify=False, as asked
    assert built == [{"verify": True, "trust_env": True}]
