"""Shared fixtures: the spec, a local Runs server with a client, and a check that tests close what they open.

The payloads live in tests/payloads.py (the benchmark uses them too); they are re-exported here.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from openai_client import AuthenticatedClient
from openai_client.client import _Pool
from openai_client.models import StreamEvent
from openai_client.streaming import EventStreamParser
from openai_client_helpers import LocalRunsServer

pytest_plugins = ["pytester"]  # for testing the pytest plugin of openai_client_helpers

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
TOKEN = "sk-test-0123456789abcdefSECRET"
ASSISTANT_ID = "asst_test"
"""The assistant every `server` has from the start (a run needs one)."""


def load_spec() -> dict[str, Any]:
    """openapi.yaml, read once per process (with libyaml: a few times faster on the whole spec).

    Callers get a fresh deep copy, so no test changes what another reads."""
    return copy.deepcopy(_loaded_spec())


@functools.cache
def _loaded_spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loaded: dict[str, Any] = yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=loader)
    return loaded


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(autouse=True)
def no_connections_left_open(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a client's connections open: tests close what they open, as users must.

    It only looks: nothing is closed on the test's behalf, so a client that leaks fails here.
    """
    pools: list[_Pool] = []
    make_pool = _Pool.__init__

    def recorded(self: _Pool, *args: Any, **kwargs: Any) -> None:
        make_pool(self, *args, **kwargs)
        pools.append(self)

    monkeypatch.setattr(_Pool, "__init__", recorded)
    yield
    left_open = [pool for pool in pools if pool.is_open()]
    assert not left_open, f"{len(left_open)} client(s) left their connections open: use `with` or close()"


def parse_stream(raw: bytes, chunk_size: int | None = None) -> list[StreamEvent]:
    """Every event of a whole run stream, fed in chunks of `chunk_size` bytes (all at once by
    default), as the streams over HTTP read them; raises what the parser raises."""
    parser = EventStreamParser()
    events: list[StreamEvent] = []
    size = chunk_size or max(len(raw), 1)
    for start in range(0, len(raw), size):
        parser.feed(raw[start : start + size])
        events += parser.events()
    parser.end_of_input()
    events += parser.events()
    return events


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[LocalRunsServer]:
    with LocalRunsServer() as running:
        running.add_assistant(id=ASSISTANT_ID, name="Test assistant", instructions="You help.")
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
    "ASSISTANT_ID",
    "BASE_RUN",
    "FUNCTION_TOOL",
    "REQUIRED_ACTION",
    "ROOT",
    "SPEC_PATH",
    "TOKEN",
    "USAGE",
    "parse_stream",
    "run_payload",
    "runs_in_every_status",
    "step_payload",
]
