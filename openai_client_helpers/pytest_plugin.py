"""Fixtures for testing Assistants code against `LocalRunsServer` (a pytest plugin).

Installed with the package, pytest loads it by itself (the `pytest11` entry point); in a
project that vendors the package, add `pytest_plugins = ["openai_client_helpers.pytest_plugin"]`
to a conftest.py.

    def test_my_agent_answers(runs_server, runs_client):
        runs_server.script([reply("42")])
        assert my_agent.ask(runs_client, "What is six times seven?") == "42"

`runs_server` is a fresh, started server per test; `runs_client` an `AuthenticatedClient`
bound to it (no retries, so faults injected reach the code under test), closed after the test.
Code written for the official SDK takes `runs_server.base_url` and any key. A test that
steps time itself says so with a marker, whose keywords go to `LocalRunsServer`:

    @pytest.mark.runs_server(manual_clock=True, pace=1.0)
    def test_a_run_waits(runs_server, runs_client):
        ...
        runs_server.advance()    # one state further
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from openai_client import AuthenticatedClient

from .local_server import LocalRunsServer

LOCAL_API_KEY = "sk-local"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "runs_server(**options): LocalRunsServer options for the runs_server fixture (manual_clock=True)"
    )


@pytest.fixture
def runs_server(request: pytest.FixtureRequest) -> Iterator[LocalRunsServer]:
    """A fresh `LocalRunsServer`, started, stopped after the test (options from a `runs_server` marker)."""
    marker = request.node.get_closest_marker("runs_server")
    options: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    with LocalRunsServer(**options) as server:
        yield server


@pytest.fixture
def runs_client(runs_server: LocalRunsServer) -> Iterator[AuthenticatedClient]:
    """An `AuthenticatedClient` of `runs_server`, without retries, closed after the test."""
    with AuthenticatedClient(
        base_url=runs_server.base_url, token=runs_server.token or LOCAL_API_KEY, max_retries=0
    ) as client:
        yield client
