"""`make spec-drift`: differences by meaning, not form. Documents are built here, never read from ../shared."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "codegen"))
from spec_drift import compare, main

RUN = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "status": {"type": "string", "enum": ["queued", "completed"]},
        "model": {"type": "string"},
        "usage": {"anyOf": [{"$ref": "#/components/schemas/Usage"}, {"type": "null"}]},
        "tools": {"type": "array", "items": {"$ref": "#/components/schemas/Tool"}},
        "parallel_tool_calls": {"type": "boolean"},
        "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
    },
    "required": ["id", "status", "model", "usage", "tools"],
}


def _document(**schemas: Any) -> dict[str, Any]:
    """A small upstream-like document: two run operations and the schemas they reach."""
    base: dict[str, Any] = {
        "Run": copy.deepcopy(RUN),
        "Usage": {"type": "object", "properties": {"total_tokens": {"type": "integer"}}, "required": ["total_tokens"]},
        "Tool": {
            "oneOf": [
                {"$ref": "#/components/schemas/CodeTool"},
                {"$ref": "#/components/schemas/FunctionTool"},
                {"$ref": "#/components/schemas/FileTool"},
            ]
        },
        "CodeTool": {"type": "object", "properties": {"type": {"type": "string", "const": "code_interpreter"}}},
        "FileTool": {"type": "object", "properties": {"type": {"type": "string", "const": "file_search"}}},
        "FunctionTool": {
            "type": "object",
            "properties": {"type": {"type": "string", "const": "function"}, "name": {"type": "string"}},
            "required": ["type", "name"],
        },
        "CreateRun": {
            "type": "object",
            "properties": {"assistant_id": {"type": "string"}},
            "required": ["assistant_id"],
        },
    }
    base.update(schemas)
    run_response = {
        "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Run"}}}}
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/threads/{thread_id}/runs": {
                "get": {
                    "operationId": "getRuns",
                    "parameters": [
                        {"name": "thread_id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}},
                    ],
                    "responses": run_response,
                },
                "post": {
                    "operationId": "createRun",
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateRun"}}}
                    },
                    "responses": run_response,
                },
            },
            "/files": {"get": {"operationId": "listFiles", "responses": {}}},
        },
        "components": {"schemas": base},
    }


def _changed(change: Any) -> list[str]:
    upstream = _document()
    change(upstream)
    return compare(_document(), upstream)


def _schemas(document: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


DIFFERENCES = [
    (lambda d: _schemas(d)["Run"]["properties"]["status"]["enum"].append("paused"), 'Run.status: upstream adds enum value "paused"'),
    (lambda d: _schemas(d)["Run"]["properties"]["status"]["enum"].remove("queued"), 'Run.status: upstream drops enum value "queued"'),
    (lambda d: _schemas(d)["Run"]["properties"].pop("parallel_tool_calls"), "Run.parallel_tool_calls: gone from upstream"),
    (lambda d: _schemas(d)["Run"]["properties"].update(reasoning={"type": "string"}), "Run.reasoning: new in upstream (string)"),
    (lambda d: _schemas(d)["Run"]["properties"].update(model={"type": ["string", "null"]}), "Run.model: upstream now allows null"),
    (lambda d: _schemas(d)["Run"]["properties"].update(usage={"$ref": "#/components/schemas/Usage"}), "Run.usage: upstream no longer allows null"),
    (lambda d: _schemas(d)["Run"]["properties"].update(model={"type": "integer"}), "Run.model: upstream says integer, here string"),
    (lambda d: _schemas(d)["Run"]["required"].append("metadata"), "Run.metadata: upstream now requires it"),
    (lambda d: _schemas(d)["Run"]["required"].remove("model"), "Run.model: upstream no longer requires it"),
    (lambda d: _schemas(d)["Tool"]["oneOf"].append({"type": "object", "properties": {"type": {"enum": ["web_search"]}}}),
     'Tool: upstream adds union member type="web_search"'),
    (lambda d: _schemas(d)["Tool"]["oneOf"].pop(0), 'Tool: upstream drops union member type="code_interpreter"'),
    (lambda d: _schemas(d)["Run"]["properties"]["tools"].update(items={"oneOf": [
        {"$ref": "#/components/schemas/CodeTool"}, {"$ref": "#/components/schemas/FunctionTool"},
        {"$ref": "#/components/schemas/FileTool"}, {"type": "object", "properties": {"type": {"enum": ["web_search"]}}}]}),
     'Run.tools[]: upstream adds union member type="web_search"'),
    (lambda d: _schemas(d)["FunctionTool"]["properties"].update(strict={"type": "boolean"}), "FunctionTool.strict: new in upstream (boolean)"),
    (lambda d: _schemas(d)["Run"]["properties"]["tools"].update(items={"type": "string"}),
     'Run.tools[]: upstream says string, here one of type="code_interpreter", type="function", type="file_search"'),
    (lambda d: _schemas(d)["Run"]["properties"]["metadata"].update(additionalProperties={"type": "integer"}),
     "Run.metadata.*: upstream says integer, here string"),
    (lambda d: _schemas(d)["Run"].update(additionalProperties=False), "Run: additional properties forbidden upstream, allowed here"),
    (lambda d: d["paths"]["/threads/{thread_id}/runs"]["get"]["parameters"].append(
        {"name": "run_filter", "in": "query", "schema": {"type": "string"}}),
     'GET /threads/{thread_id}/runs: upstream adds query parameter "run_filter"'),
    (lambda d: d["paths"]["/threads/{thread_id}/runs"]["get"]["parameters"].pop(1), 'GET /threads/{thread_id}/runs: upstream drops query parameter "limit"'),
    (lambda d: d["paths"]["/threads/{thread_id}/runs"]["get"]["parameters"][1].update(required=True),
     'GET /threads/{thread_id}/runs query parameter "limit": upstream now requires it'),
    (lambda d: d["paths"]["/threads/{thread_id}/runs"]["get"]["parameters"][1].update(schema={"type": "string"}),
     'GET /threads/{thread_id}/runs query parameter "limit": upstream says string, here integer'),
    (lambda d: _schemas(d)["CreateRun"]["properties"].update(stream={"type": "boolean"}), "CreateRun.stream: new in upstream (boolean)"),
    (lambda d: d["paths"].update({"/threads/{thread_id}/runs/{run_id}/pause": {"post": {"operationId": "pauseRun", "responses": {}}}}),
     "POST /threads/{thread_id}/runs/{run_id}/pause: new operation in upstream"),
    (lambda d: d["paths"]["/threads/{thread_id}/runs"].pop("post"), "POST /threads/{thread_id}/runs: operation gone from upstream"),
    (lambda d: d["paths"]["/threads/{thread_id}/runs"]["get"].update(operationId="listRuns"),
     'GET /threads/{thread_id}/runs: operationId is "getRuns" here, "listRuns" upstream'),
]  # fmt: skip


@pytest.mark.parametrize(("change", "expected"), DIFFERENCES, ids=[expected for _, expected in DIFFERENCES])
def test_each_kind_of_difference_is_one_actionable_line(change: Any, expected: str) -> None:
    assert _changed(change) == [expected]


def _nullable_usage_forms() -> list[dict[str, Any]]:
    ref = {"$ref": "#/components/schemas/Usage"}
    return [
        {"allOf": [ref], "nullable": True},
        {"oneOf": [ref, {"type": "null"}]},
        {"anyOf": [{"type": "null"}, ref]},
        {**_document()["components"]["schemas"]["Usage"], "type": ["object", "null"]},
        {**_document()["components"]["schemas"]["Usage"], "nullable": True},
    ]


SAME_MEANING = [
    *[(lambda d, form=form: _schemas(d)["Run"]["properties"].update(usage=form)) for form in _nullable_usage_forms()],
    lambda d: _schemas(d)["Run"]["properties"].update(model={"type": "string", "description": "Other words.", "title": "M", "example": "x", "x-oaiMeta": {}}),
    lambda d: _schemas(d)["Run"]["properties"].update(status={"type": "string", "enum": ["completed", "queued"], "default": "queued"}),
    lambda d: _schemas(d)["CodeTool"]["properties"].update(type={"type": "string", "enum": ["code_interpreter"], "x-stainless-const": True}),
    lambda d: _schemas(d)["Tool"]["oneOf"].reverse(),
    lambda d: _schemas(d)["Run"]["properties"]["tools"].update(items=copy.deepcopy(_schemas(d)["Tool"])),
    lambda d: _schemas(d)["Run"]["properties"]["tools"].update(items={"type": "object", **copy.deepcopy(_schemas(d)["Tool"])}),
    lambda d: _schemas(d)["Tool"]["oneOf"].append({"required": ["type"]}),
    lambda d: _schemas(d)["Run"]["properties"]["tools"].update(required=["type"]) or _schemas(d)["FunctionTool"].update(required=["type", "name"]),
    lambda d: _schemas(d).update(Renamed=_schemas(d).pop("Usage")) or _schemas(d)["Run"]["properties"].update(
        usage={"anyOf": [{"$ref": "#/components/schemas/Renamed"}, {"type": "null"}]}),
    lambda d: d["paths"]["/threads/{thread_id}/runs"]["get"]["parameters"][1].update(schema={"type": "integer", "maximum": 50, "minimum": 1}),
]  # fmt: skip


@pytest.mark.parametrize("restatement", SAME_MEANING)
def test_the_same_fact_in_another_form_is_no_difference(restatement: Any) -> None:
    assert _changed(restatement) == []


def _in_upstream_forms(node: Any) -> Any:
    """openapi.yaml restated as OpenAI writes it: one-value enums for consts, nullable unions as `allOf` + `nullable`."""
    if isinstance(node, dict):
        node = {key: _in_upstream_forms(value) for key, value in node.items()}
        if "const" in node:
            node["enum"] = [node.pop("const")]
        members = node.get("anyOf")
        if isinstance(members, list) and len(members) == 2 and {"type": "null"} in members:
            (real,) = [member for member in members if member != {"type": "null"}]
            if "$ref" in real:
                node = {key: value for key, value in node.items() if key != "anyOf"}
                node.update(allOf=[real], nullable=True)
        return node
    if isinstance(node, list):
        return [_in_upstream_forms(value) for value in node]
    return node


def test_our_spec_restated_in_upstream_forms_has_no_difference(spec: dict[str, Any]) -> None:
    ours = spec
    assert compare(ours, copy.deepcopy(ours)) == []
    assert compare(ours, _in_upstream_forms(copy.deepcopy(ours))) == []


def _write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document) if path.suffix == ".json" else yaml.safe_dump(document), encoding="utf-8")
    return path


def test_exit_codes_and_accepted_deviations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours = _write(tmp_path / "ours.yaml", _document())
    upstream = _document()
    _schemas(upstream)["Run"]["properties"]["status"]["enum"].append("paused")
    upstream_path = _write(tmp_path / "upstream.json", upstream)
    none_accepted = tmp_path / "none.yaml"
    assert main([str(upstream_path), "--ours", str(ours), "--accepted", str(none_accepted)]) == 1
    assert 'Run.status: upstream adds enum value "paused"' in capsys.readouterr().out
    accepted = _write(
        tmp_path / "accepted.yaml", [{"difference": 'Run.status: upstream adds enum value "paused"', "reason": "later"}]
    )
    assert main([str(upstream_path), "--ours", str(ours), "--accepted", str(accepted)]) == 0
    assert "note (accepted): Run.status" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "cannot read"),
        ("a: [unclosed", "not valid YAML or JSON"),
        ("{not json", "not valid YAML or JSON"),
        ("- just a list", "not an OpenAPI document"),
        (json.dumps({"openapi": "3.1.0", "paths": {"/files": {}}}), "no operations of this API"),
    ],
    ids=["missing", "bad-yaml", "bad-json", "not-openapi", "no-runs"],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: str | None, says: str) -> None:
    path = tmp_path / "upstream.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "codegen" / "spec_drift.py"), str(path)], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_the_accepted_list_gives_reasons_and_evidence_that_exists(spec: dict[str, Any]) -> None:
    """Each accepted difference has a reason; each erratum names recorded responses that show it."""
    entries = yaml.safe_load((ROOT / "spec-drift-accepted.yaml").read_text(encoding="utf-8"))
    assert entries and all(entry["reason"].strip() for entry in entries)
    recorded = {path.name for path in (ROOT / "tests" / "fixtures" / "recorded").iterdir()}
    errata = [entry for entry in entries if entry["reason"].startswith("Erratum")]
    for entry in errata:
        named = set(re.findall(r"[\w.-]+\.(?:json|sse)", entry["evidence"]))
        assert named and named <= recorded, entry["difference"]
    ours = spec
    # An accepted difference is exactly the line compare() prints: the operationId erratum, restated.
    (misspelling,) = [entry["difference"] for entry in entries if "operationId is" in entry["difference"]]
    method_path, ours_id, theirs_id = re.fullmatch(
        r'(\w+ \S+): operationId is "(\w+)" here, "(\w+)" upstream', misspelling
    ).groups()  # type: ignore[union-attr]
    method, path = method_path.split(" ", 1)
    misspelled = copy.deepcopy(ours)
    assert misspelled["paths"][path][method.lower()]["operationId"] == ours_id
    misspelled["paths"][path][method.lower()]["operationId"] = theirs_id
    assert compare(ours, misspelled) == [misspelling]


def test_operations_of_other_apis_are_out_of_scope(spec: dict[str, Any]) -> None:
    """`/evals/{eval_id}/runs` has `runs` in its path, and is another API altogether."""
    ours = spec
    upstream = copy.deepcopy(ours)
    upstream["paths"]["/evals/{eval_id}/runs"] = {"get": {"operationId": "getEvalRuns", "responses": {}}}
    upstream["paths"]["/vector_stores"] = {"post": {"operationId": "createVectorStore", "responses": {}}}
    assert compare(ours, upstream) == []
    upstream["paths"]["/threads/{thread_id}/runs/{run_id}/pause"] = {"post": {"operationId": "pauseRun"}}
    assert compare(ours, upstream) == ["POST /threads/{thread_id}/runs/{run_id}/pause: new operation in upstream"]
