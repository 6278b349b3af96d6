"""The three ways users take the package: installed wheel, vendored copy, regenerated from a changed spec.

The checks that build a wheel or run the generator are marked `slow`: `make test-deep` runs them
(`make test` regenerates once already, in `make check`).
"""

from __future__ import annotations

import ast
import itertools
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from openai_client_helpers import LocalRunsServer

from .conftest import ROOT, load_spec

ROUND_TRIP = """
payload = {
    "id": "run_1", "object": "thread.run", "created_at": 1, "thread_id": "thread_1", "assistant_id": "asst_1",
    "status": "completed", "required_action": None, "last_error": None, "expires_at": None, "started_at": 1,
    "cancelled_at": None, "failed_at": None, "completed_at": 2, "incomplete_details": None, "model": "gpt-4o",
    "instructions": "hi", "tools": [{"type": "code_interpreter"}], "metadata": {}, "usage": None,
    "max_prompt_tokens": None, "max_completion_tokens": None, "truncation_strategy": {"type": "auto"},
    "tool_choice": "auto", "parallel_tool_calls": True, "response_format": "auto",
}
"""


def _clean_env() -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    environment["PYTHONNOUSERSITE"] = "1"
    return environment


def _run(command: list[str], cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, env=_clean_env(), capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.slow
def test_wheel_installs_alone_and_is_typed_for_consumers(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(
        ROOT, source, ignore=shutil.ignore_patterns(".venv", "build", ".git", "__pycache__", ".*_cache", "dist")
    )
    _run([sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path / "dist"), str(source)], tmp_path)
    wheel = next((tmp_path / "dist").glob("openai_client-*.whl"))

    venv = tmp_path / "venv"
    # A bare venv, filled by this interpreter's pip (`--python`): seconds faster than ensurepip.
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp_path)
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    _run([*pip, "install", "--quiet", str(wheel)], tmp_path)
    installed = _run([*pip, "list", "--format=freeze"], tmp_path)
    names = {line.split("==")[0].lower() for line in installed.split()}
    assert {"attrs", "httpx", "openai-client"} <= names
    assert "pydantic" not in names and "openai" not in names
    assert "usage: openai-client" in _run([str(venv / "bin" / "openai-client"), "--help"], tmp_path)

    consumer = tmp_path / "consumer" / "use_client.py"
    consumer.parent.mkdir()
    consumer.write_text(
        ROUND_TRIP
        + textwrap.dedent(
            """
            import openai_client
            from openai_client import AuthenticatedClient, errors
            from openai_client.api.runs import get_run
            from openai_client.models import RunObject, RunStatus
            from openai_client_helpers import iter_runs, poll_run

            assert openai_client.__file__ and "site-packages" in openai_client.__file__
            from importlib.metadata import entry_points

            (plugin,) = [point for point in entry_points(group="pytest11") if point.name == "openai_client"]
            assert plugin.value == "openai_client_helpers.pytest_plugin"
            run = RunObject.from_dict(payload)
            assert run.to_dict() == payload and run.status is RunStatus.COMPLETED


            def latest(client: AuthenticatedClient, thread_id: str) -> RunObject | None:
                for listed in iter_runs(client, thread_id, page_size=1):
                    return poll_run(client, listed.thread_id, listed.id)
                return None


            def fetch(client: AuthenticatedClient) -> str:
                try:
                    fetched: RunObject = get_run.sync("thread_1", "run_1", client=client)
                except errors.NotFoundError as error:
                    return error.message
                return fetched.id

            print("ok", run.status)
            """
        )
    )
    assert "ok completed" in _run([str(python), str(consumer)], consumer.parent)
    mypy = Path(sys.executable).parent / "mypy"
    _run(
        [str(mypy), "--strict", "--no-incremental", "--python-executable", str(python), str(consumer)], consumer.parent
    )


def test_vendored_copy_works_under_another_name(tmp_path: Path) -> None:
    host = tmp_path / "host_project"
    shutil.copytree(
        ROOT / "openai_client", host / "thirdparty" / "oa_client", ignore=shutil.ignore_patterns("__pycache__")
    )
    (host / "thirdparty" / "__init__.py").write_text("")
    script = host / "use_vendored.py"
    with LocalRunsServer() as server:
        script.write_text(
            ROUND_TRIP
            + textwrap.dedent(
                f"""
                import sys
                from thirdparty.oa_client import AuthenticatedClient
                from thirdparty.oa_client.api.assistants import create_assistant
                from thirdparty.oa_client.api.runs import create_thread_and_run
                from thirdparty.oa_client.models import CreateThreadAndRunRequest, RunObject

                assert "openai_client" not in sys.modules
                assert RunObject.from_dict(payload).to_dict() == payload
                with AuthenticatedClient(base_url="{server.base_url}", token="sk-vendored") as client:
                    assistant = create_assistant.sync(client=client, body={{"model": "gpt-4o"}})
                    body = CreateThreadAndRunRequest(assistant_id=assistant.id)
                    run = create_thread_and_run.sync(client=client, body=body)
                assert not any(name.startswith("openai_client") for name in sys.modules)
                print("vendored", run.status)
                """
            )
        )
        assert "vendored queued" in _run([sys.executable, str(script)], host)
    assert server.requests[-1].headers["authorization"] == "Bearer sk-vendored"


def test_absolute_self_imports_are_absent() -> None:
    """A vendored copy under another name only works if the package imports itself relatively."""
    offenders = []
    for path in (ROOT / "openai_client").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("openai_client"):
                offenders.append(str(path.relative_to(ROOT)))
            if isinstance(node, ast.Import) and any(alias.name.startswith("openai_client") for alias in node.names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def _unused_field_name(spec: dict[str, Any]) -> str:
    """A property name no schema of the spec has, so the test passes whatever a user added."""
    taken = {name for schema in spec["components"]["schemas"].values() for name in schema.get("properties", {})}
    return next(f"added_field_{index}" for index in itertools.count() if f"added_field_{index}" not in taken)


@pytest.mark.slow
def test_regenerating_from_a_changed_spec(tmp_path: Path) -> None:
    spec = load_spec()
    field = _unused_field_name(spec)
    spec["components"]["schemas"]["RunObject"]["properties"][field] = {
        "type": "string",
        "description": "A new optional field.",
    }
    changed = tmp_path / "openapi.json"
    changed.write_text(json.dumps(spec), encoding="utf-8")

    package = tmp_path / "generated" / "openai_client"
    shutil.copytree(ROOT / "openai_client", package, ignore=shutil.ignore_patterns("__pycache__"))
    handwritten = {path: path.read_bytes() for path in package.rglob("*.py") if path.parent == package}
    _run([sys.executable, str(ROOT / "codegen" / "generate.py"), str(changed), "--output", str(package)], ROOT)

    differing = _differences(ROOT / "openai_client", package)
    assert differing == ["models/run_object.py"]
    assert handwritten == {path: path.read_bytes() for path in handwritten}, "generation touched a handwritten file"
    source = (package / "models" / "run_object.py").read_text()
    assert f"    {field}: str | Unset = UNSET\n" in source

    script = tmp_path / "generated" / "check.py"
    script.write_text(
        ROUND_TRIP
        + textwrap.dedent(
            """
            from openai_client.models import RunObject
            payload["FIELD"] = "thought briefly"
            run = RunObject.from_dict(payload)
            assert run.FIELD == "thought briefly"
            assert "FIELD" not in run.additional_properties
            assert run.to_dict() == payload
            del payload["FIELD"]
            assert "FIELD" not in RunObject.from_dict(payload).to_dict()
            print("regenerated ok")
            """
        ).replace("FIELD", field)
    )
    assert "regenerated ok" in _run([sys.executable, str(script)], script.parent)
    _run(
        [
            sys.executable,
            str(ROOT / "codegen" / "generate.py"),
            str(ROOT / "openapi.yaml"),
            "--check",
            str(ROOT / "openai_client"),
        ],
        ROOT,
    )


def _differences(expected: Path, actual: Path) -> list[str]:
    names = {p.relative_to(expected) for p in expected.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    names |= {p.relative_to(actual) for p in actual.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    return sorted(
        str(name)
        for name in names
        if not (expected / name).exists()
        or not (actual / name).exists()
        or (expected / name).read_bytes() != (actual / name).read_bytes()
    )


@pytest.mark.slow
def test_raw_spec_generates_without_warnings(tmp_path: Path) -> None:
    """openapi.yaml as it is, without the catch-all step, is taken whole by the generator."""
    generator = Path(sys.executable).parent / "openapi-python-client"
    command = [str(generator), "generate", "--path", str(ROOT / "openapi.yaml"), "--meta", "none"]
    command += [
        "--config",
        str(ROOT / "generator-config.yaml"),
        "--fail-on-warning",
        "--output-path",
        str(tmp_path / "o"),
    ]
    environment = {**_clean_env(), "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "Warning" not in result.stdout + result.stderr, result.stdout + result.stderr


def test_no_fallback_model_names() -> None:
    import re

    import openai_client.models as models

    assert models.__all__
    fallback = [name for name in models.__all__ if re.search(r"Type\d", name)]
    assert fallback == []
