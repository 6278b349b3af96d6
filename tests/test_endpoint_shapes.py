"""Endpoint shapes this spec does not have yet, generated as upstream might write them (`make test-deep`).

A copy of the spec gains a schema named `Response` (as the runtime's `types.Response`), an
error schema that is not `ErrorResponse`, and a 2xx answer without a schema; the package
generated from it must import, pass `mypy --strict` as its users' code would use it, and
call each operation over `httpx.MockTransport`. The generator resolves the clash itself:
the schema's class is `ResponseObject`, and `make generate` says so.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT

PROBLEM = {"$ref": "#/components/schemas/ZzProblem"}


def _answer(description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    answer: dict[str, Any] = {"description": description}
    if schema is not None:
        answer["content"] = {"application/json": {"schema": schema}}
    return answer


def _shaped_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["Response"] = {
        "type": "object",
        "description": "A schema whose name is the runtime's.",
        "required": ["id"],
        "properties": {"id": {"type": "string", "description": "Its id."}},
    }
    schemas["ZzProblem"] = {
        "type": "object",
        "description": "An error body of another shape than ErrorResponse.",
        "required": ["detail"],
        "properties": {"detail": {"type": "string", "description": "What went wrong."}},
    }
    response_id = {
        "name": "response_id",
        "in": "path",
        "required": True,
        "description": "The response.",
        "schema": {"type": "string"},
    }
    spec["paths"]["/zz_responses/{response_id}"] = {
        "get": {
            "operationId": "getZzResponse",
            "tags": ["Runs"],
            "summary": "Fetch one response.",
            "parameters": [response_id],
            "responses": {
                "200": _answer("The response.", {"$ref": "#/components/schemas/Response"}),
                "404": _answer("No such response.", PROBLEM),
            },
        }
    }
    spec["paths"]["/zz_responses/{response_id}/poke"] = {
        "post": {
            "operationId": "pokeZzResponse",
            "tags": ["Runs"],
            "summary": "Poke one response.",
            "parameters": [response_id],
            "responses": {"204": _answer("Poked."), "409": _answer("Busy.", PROBLEM)},
        }
    }
    return spec


CONSUMER = """
import httpx

from openai_client import AuthenticatedClient, errors
from openai_client.api.runs import get_zz_response, poke_zz_response
from openai_client import models
from openai_client.models import ResponseObject, ZzProblem
from openai_client.types import Response


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/poke"):
        return httpx.Response(409 if "busy" in request.url.path else 204)
    if "missing" in request.url.path:
        return httpx.Response(404, json={"detail": "no such response"})
    return httpx.Response(200, json={"id": "resp_1"})


client = AuthenticatedClient(token="sk-x", max_retries=0, httpx_args={"transport": httpx.MockTransport(answer)})
assert not hasattr(models, "Response")  # the schema's class does not shadow the runtime's name
found: ResponseObject = get_zz_response.sync("resp_1", client=client)
assert type(found) is ResponseObject and found.id == "resp_1"
detailed: Response[ResponseObject, ZzProblem] = get_zz_response.sync_detailed("missing", client=client)
problem: ZzProblem | None = detailed.error
assert problem is not None and problem.detail == "no such response"
poked: httpx.Response = poke_zz_response.sync("resp_1", client=client)
assert poked.status_code == 204
busy = poke_zz_response.sync_detailed("busy", client=client)
assert busy.error is None and busy.status_code == 409
try:
    busy.parse()
except errors.ConflictError:
    print("shapes ok")
"""


@pytest.mark.slow
def test_a_schema_named_response_any_error_schema_and_an_answer_without_schema(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(_shaped_spec()), encoding="utf-8")
    package = tmp_path / "openai_client"
    shutil.copytree(ROOT / "openai_client", package, ignore=shutil.ignore_patterns("__pycache__"))
    generated = _run([sys.executable, str(ROOT / "codegen" / "generate.py"), str(spec), "--output", str(package)], ROOT)
    assert "note: components.schemas.Response: generated as class ResponseObject" in generated
    consumer = tmp_path / "consumer.py"
    consumer.write_text(textwrap.dedent(CONSUMER), encoding="utf-8")
    assert "shapes ok" in _run([sys.executable, str(consumer)], tmp_path)
    mypy = Path(sys.executable).parent / "mypy"
    _run([str(mypy), "--strict", "--cache-dir", str(tmp_path / ".mypy_cache"), "consumer.py"], tmp_path)


def _run(command: list[str], cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout
