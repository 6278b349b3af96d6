"""codegen/take_section.py: a section of upstream's document, whole, added to the spec without touching the rest."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "codegen"))
from take_section import SectionError, add_to, main, take


def _ok(schema: str) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": schema}}}}}


UPSTREAM: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "upstream", "version": "1"},
    "paths": {
        "/stores/{store_id}/files": {
            "get": {
                "operationId": "listStoreFiles",
                "tags": ["Stores"],
                "responses": _ok("#/components/schemas/FileList"),
            }
        },
        "/stores/{store_id}/filesystem": {"get": {"operationId": "other", "responses": {}}},
        "/boxes": {
            "post": {"operationId": "createBox", "tags": ["Boxes"], "responses": _ok("#/components/schemas/Box")},
            "get": {"operationId": "listBoxes", "tags": ["Other"], "responses": {}},
        },
    },
    "components": {
        "schemas": {
            "Box": {"type": "object", "properties": {"id": {"type": "string"}}},
            "FileList": {"type": "object", "properties": {"data": {"items": {"$ref": "#/components/schemas/File"}}}},
            "File": {
                "oneOf": [{"$ref": "#/components/schemas/TextFile"}],
                "discriminator": {"propertyName": "type", "mapping": {"image": "#/components/schemas/ImageFile"}},
            },
            "TextFile": {"type": "object", "properties": {"type": {"type": "string", "enum": ["text"]}}},
            "ImageFile": {"type": "object", "properties": {"type": {"type": "string", "enum": ["image"]}}},
            "Unrelated": {"type": "string"},
        }
    },
}

OURS = """\
# our spec, with a comment that must survive
openapi: 3.1.0
info: {title: ours, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      responses: {}   # kept as written

components:
  schemas:
    Box:
      type: object
      properties:
        id: {type: string}
"""


def test_a_section_by_path_prefix_is_its_operations_and_every_component_they_reach() -> None:
    section = take(copy.deepcopy(UPSTREAM), ["/stores/{store_id}/files"])
    assert list(section["paths"]) == ["/stores/{store_id}/files"], "a prefix takes whole path segments only"
    assert list(section["components"]["schemas"]) == ["FileList", "File", "TextFile", "ImageFile"]
    assert section["components"]["schemas"]["File"] == UPSTREAM["components"]["schemas"]["File"]


def test_a_section_by_tag_takes_only_the_tagged_operations() -> None:
    section = take(copy.deepcopy(UPSTREAM), tags=["Boxes"])
    assert section["paths"] == {"/boxes": {"post": UPSTREAM["paths"]["/boxes"]["post"]}}
    assert list(section["components"]["schemas"]) == ["Box"]


def test_an_empty_section_or_a_dangling_ref_is_named() -> None:
    with pytest.raises(SectionError, match="no operation of the document is under /nothing"):
        take(copy.deepcopy(UPSTREAM), ["/nothing"])
    broken = copy.deepcopy(UPSTREAM)
    del broken["components"]["schemas"]["TextFile"]
    with pytest.raises(SectionError, match="'#/components/schemas/TextFile' does not exist"):
        take(broken, ["/stores/{store_id}/files"])


def test_adding_a_section_keeps_the_spec_text_and_a_component_of_the_same_meaning(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(OURS, encoding="utf-8")
    fragment = take(copy.deepcopy(UPSTREAM), ["/stores/{store_id}/files", "/boxes"])
    # upstream describes Box in its own words: the same meaning, so ours is kept
    fragment["components"]["schemas"]["Box"]["properties"]["id"]["description"] = "Upstream's words."
    assert add_to(spec, fragment) == [
        f"kept as {spec} writes it (the same meaning in another form): components.schemas.Box"
    ]
    text = spec.read_text(encoding="utf-8")
    assert text.startswith(OURS.split("\ncomponents:")[0]), "the spec's own lines are unchanged"
    assert "# our spec, with a comment that must survive" in text and "responses: {}   # kept as written" in text
    merged = yaml.safe_load(text)
    assert list(merged["paths"]) == ["/things", "/stores/{store_id}/files", "/boxes"]
    assert merged["components"]["schemas"]["Box"] == yaml.safe_load(OURS)["components"]["schemas"]["Box"]
    assert merged["components"]["schemas"]["File"] == UPSTREAM["components"]["schemas"]["File"]


def test_a_schema_of_the_same_name_and_another_meaning_comes_in_under_another_name(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(OURS.replace("id: {type: string}", "id: {type: integer}"), encoding="utf-8")
    notes = add_to(spec, take(copy.deepcopy(UPSTREAM), tags=["Boxes"]))
    assert notes == [
        f"renamed upstream's components.schemas.Box to BoxesBox: {spec} has a schema of that name that means"
        " something else (Box.id: upstream says string, here integer)"
    ]
    merged = yaml.safe_load(spec.read_text(encoding="utf-8"))
    assert merged["components"]["schemas"]["Box"]["properties"]["id"] == {"type": "integer"}, "ours is kept"
    assert merged["components"]["schemas"]["BoxesBox"] == UPSTREAM["components"]["schemas"]["Box"]
    response = merged["paths"]["/boxes"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert response == {"$ref": "#/components/schemas/BoxesBox"}


def test_the_command_writes_a_fragment_and_says_what_it_took(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upstream = tmp_path / "upstream.yaml"
    upstream.write_text(yaml.safe_dump(UPSTREAM), encoding="utf-8")
    output = tmp_path / "section.yaml"
    assert main([str(upstream), "--tag", "Boxes", "-o", str(output)]) == 0
    assert capsys.readouterr().out == f"{output}: 1 operation(s) and the 1 component(s) they reach\n"
    assert yaml.safe_load(output.read_text(encoding="utf-8")) == take(copy.deepcopy(UPSTREAM), tags=["Boxes"])
    assert main([str(tmp_path / "missing.yaml"), "--tag", "Boxes", "-o", str(output)]) == 2
    assert capsys.readouterr().err.startswith("take_section: cannot read ")
