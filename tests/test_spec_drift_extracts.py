"""`make spec-drift` against an extract of upstream's document (its Assistants section, say), which
has no path at all under some collection openapi.yaml covers: that collection is left out with a
note, never reported as every one of its operations gone. Documents are built here."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "codegen"))
from spec_drift import compare, main, uncovered


def _document() -> dict[str, Any]:
    thread = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
    answer = {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thread"}}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/threads": {"post": {"operationId": "createThread", "responses": answer}},
            "/conversations": {"post": {"operationId": "createConversation", "responses": answer}},
            "/conversations/{conversation_id}": {"get": {"operationId": "getConversation", "responses": answer}},
        },
        "components": {"schemas": {"Thread": thread}},
    }


def _extract(document: dict[str, Any]) -> dict[str, Any]:
    """The document without any path under /conversations, as the Assistants section is."""
    extract = copy.deepcopy(document)
    extract["paths"] = {path: item for path, item in extract["paths"].items() if not path.startswith("/conversations")}
    return extract


def test_a_collection_an_extract_has_no_path_under_is_left_out_and_named() -> None:
    ours = _document()
    assert compare(ours, _extract(ours)) == []
    assert uncovered(ours, _extract(ours)) == ["conversations"]
    assert uncovered(ours, copy.deepcopy(ours)) == []


def test_an_operation_gone_from_a_collection_upstream_still_has_is_a_difference() -> None:
    ours = _document()
    upstream = copy.deepcopy(ours)
    del upstream["paths"]["/conversations/{conversation_id}"]
    assert compare(ours, upstream) == ["GET /conversations/{conversation_id}: operation gone from upstream"]


def test_the_command_says_which_collection_it_did_not_compare(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours, upstream, accepted = tmp_path / "ours.json", tmp_path / "upstream.json", tmp_path / "accepted.yaml"
    ours.write_text(json.dumps(_document()), encoding="utf-8")
    upstream.write_text(json.dumps(_extract(_document())), encoding="utf-8")
    accepted.write_text("[]\n", encoding="utf-8")
    assert main([str(upstream), "--ours", str(ours), "--accepted", str(accepted)]) == 0
    out = capsys.readouterr().out
    assert "no path under /conversations" in out and "not compared" in out
