"""Shared fixtures: the spec, a local Runs server with a client, and closing what tests open.

The payloads live in tests/payloads.py (the benchmark uses them too); they are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from openai_client import AuthenticatedClient, Client
from openai_client_helpers import LocalRunsServer

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
TOKEN = "sk-test-0123456789abcdefSECRET"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(autouse=True)
def close_every_client(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Close every connection pool a test opened, however it built its clients."""
    opened: list[httpx.Client] = []
    open_pool = Client.get_httpx_client

    def tracked(self: Client) -> httpx.Client:
        pool = open_pool(self)
        if not any(pool is seen for seen in opened):
            opened.append(pool)
        return pool

    monkeypatch.setattr(Client, "get_httpx_client", tracked)
    yield
    for pool in opened:
        pool.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[LocalRunsServer]:
    with LocalRunsServer() as running:
        yield running


@pytest.fixture
def client(server: LocalRunsServer) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as authenticated:
        yield authenticated


from .payloads import (  # noqa: E402 - re-exported for the test modules
    BASE_RUN,
    FUNCTION_TOOL,
    REQUIRED_ACTION,
    USAGE,
    run_payload,
    runs_in_every_status,
    step_payload,
)

__all__ = [
    "BASE_RUN",
    "FUNCTION_TOOL",
    "REQUIRED_ACTION",
    "ROOT",
    "SPEC_PATH",
    "TOKEN",
    "USAGE",
    "run_payload",
    "runs_in_every_status",
    "step_payload",
]
