"""codegen/validate_spec.py: each spec mistake is one line that says where it is, before anything is generated."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT, load_spec

sys.path.insert(0, str(ROOT / "codegen"))
from validate_spec import validate

OURS = load_spec()


def _document() -> dict[str, Any]:
    """A small document with one of everything the walk visits."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things/{thing_id}": {
                "parameters": [{"$ref": "#/components/parameters/ThingId"}],
                "get": {
                    "operationId": "getThing",
                    "parameters": [{"name": "expand", "in": "query", "description": "What to add.", "schema": {}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        },
                        "404": {"$ref": "#/components/responses/NotFound"},
                    },
                },
                "post": {
                    "operationId": "changeThing",
                    "requestBody": {"$ref": "#/components/requestBodies/ThingChange"},
                    "responses": {"200": {"description": "ok"}},
                },
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "kind": {"type": "string", "enum": ["a", "b"]},
                        "parts": {"type": "array", "items": {"oneOf": [{"$ref": "#/components/schemas/Part"}]}},
                        "type": {"type": ["string", "null"], "example": {"type": "not a schema, an example"}},
                    },
                    "x-extension": {"type": "anything goes in an extension", "$ref": "#/nowhere"},
                },
                "Part": {"type": "object", "discriminator": {"propertyName": "type", "mapping": {}}},
            },
            "parameters": {
                "ThingId": {"name": "thing_id", "in": "path", "required": True, "description": "The thing."}
            },
            "responses": {"NotFound": {"description": "no such thing"}},
            "requestBodies": {
                "ThingChange": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
            },
        },
    }


def _lines(change: Callable[[dict[str, Any]], Any]) -> list[str]:
    document = _document()
    change(document)
    return [str(problem) for problem in validate(document)]


def _thing(document: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = document["components"]["schemas"]["Thing"]["properties"]
    return schema


def _get(document: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"]["/things/{thing_id}"]["get"]
    return operation


def test_a_valid_document_and_our_spec_have_no_problem() -> None:
    assert _lines(lambda document: None) == []
    assert [str(problem) for problem in validate(copy.deepcopy(OURS))] == []


MISTAKES = [
    (
        lambda d: _thing(d).update(billing={"$ref": "#/components/schemas/ThingBiling"}),
        "components.schemas.Thing.properties.billing: $ref '#/components/schemas/ThingBiling' does not exist",
    ),
    (
        lambda d: _thing(d)["parts"]["items"]["oneOf"].append({"$ref": "#/components/schemas/Prat"}),
        "components.schemas.Thing.properties.parts.items.oneOf[1]: $ref '#/components/schemas/Prat' does not exist",
    ),
    (
        lambda d: _thing(d)["id"].update(type="strng"),
        "components.schemas.Thing.properties.id: type 'strng' is not a JSON Schema type (did you mean 'string'?);"
        " one of string, number, integer, boolean, array, object, null",
    ),
    (
        lambda d: _thing(d)["type"].update(type=["string", "nul"]),
        "components.schemas.Thing.properties.type: type 'nul' is not a JSON Schema type (did you mean 'null'?);"
        " one of string, number, integer, boolean, array, object, null",
    ),
    (
        lambda d: _thing(d)["kind"]["enum"].append(3),
        "components.schemas.Thing.properties.kind: enum value 3 is not of its type string",
    ),
    (
        lambda d: d["paths"]["/things/{thing_id}"]["post"].update(operationId="getThing"),
        "paths./things/{thing_id}.post.operationId: 'getThing' is already the operationId of"
        " paths./things/{thing_id}.get",
    ),
    (
        lambda d: d["paths"]["/things/{thing_id}"]["parameters"][0].update({"$ref": "#/components/parameters/ThingID"}),
        "paths./things/{thing_id}.parameters[0]: $ref '#/components/parameters/ThingID' does not exist",
    ),
    (
        lambda d: _get(d)["parameters"].append({"$ref": "#/components/schemas/Thing"}),
        "paths./things/{thing_id}.get.parameters[1]: $ref '#/components/schemas/Thing' is not a parameter"
        " (a parameter $ref starts with '#/components/parameters/')",
    ),
    (
        lambda d: _get(d)["responses"]["404"].update({"$ref": "#/components/responses/Missing"}),
        "paths./things/{thing_id}.get.responses.404: $ref '#/components/responses/Missing' does not exist",
    ),
    (
        lambda d: d["paths"]["/things/{thing_id}"]["post"].update(requestBody={"$ref": "#/components/schemas/Thing"}),
        "paths./things/{thing_id}.post.requestBody: $ref '#/components/schemas/Thing' is not a request body"
        " (a request body $ref starts with '#/components/requestBodies/')",
    ),
    (
        lambda d: d["paths"]["/things/{thing_id}"].pop("parameters"),
        "paths./things/{thing_id}.get: path parameter 'thing_id' is in the path but no parameter declares it",
    ),
    (
        lambda d: d["components"]["schemas"]["Part"]["discriminator"]["mapping"].update(x="#/components/schemas/X"),
        "components.schemas.Part.discriminator.mapping.x: '#/components/schemas/X' does not exist",
    ),
    (
        lambda d: d["paths"]["/things/{thing_id}"]["get"]["responses"]["200"]["content"]["application/json"].update(
            schema={"$recursiveRef": "#"}
        ),
        "paths./things/{thing_id}.get.responses.200.content.application/json.schema: $recursiveRef is supported"
        " only as '#' inside a component schema (the component itself)",
    ),
    (
        lambda d: _thing(d).update(other={"$ref": "other.yaml#/components/schemas/Thing"}),
        "components.schemas.Thing.properties.other: $ref 'other.yaml#/components/schemas/Thing' points outside"
        " this document; only local refs ('#/...') are supported",
    ),
]


@pytest.mark.parametrize(("change", "expected"), MISTAKES, ids=[expected.split(":")[0] for _, expected in MISTAKES])
def test_each_mistake_is_one_line_naming_where_it_is(change: Callable[[dict[str, Any]], Any], expected: str) -> None:
    lines = _lines(change)
    if "path parameter" in expected:  # both operations lose the parameter; one line each
        assert expected in lines and len(lines) == 2
    else:
        assert lines == [expected]


def test_a_recursive_ref_in_a_component_is_the_component_itself() -> None:
    document = _document()
    _thing(document)["parts"]["items"]["oneOf"].append({"$recursiveRef": "#"})
    assert validate(document) == []
    sys.path.insert(0, str(ROOT / "codegen"))
    from prepare_spec import prepare

    members = prepare(document)["components"]["schemas"]["Thing"]["properties"]["parts"]["items"]["oneOf"]
    assert {"$ref": "#/components/schemas/Thing"} in members


def test_an_undescribed_parameter_is_a_warning_not_an_error() -> None:
    (problem,) = validate(_document() | {"paths": {"/x": {"get": {"parameters": [{"name": "q", "in": "query"}]}}}})
    assert problem.warning
    assert str(problem) == (
        "warning: paths./x.get.parameters[0]: parameter 'q' has no description: "
        "the endpoint's docstring cannot explain it"
    )


def test_a_broken_spec_stops_make_generate_before_the_generator(tmp_path: Path) -> None:
    broken = copy.deepcopy(OURS)
    broken["components"]["schemas"]["RunObject"]["properties"]["billing"] = {"$ref": "#/components/schemas/RunBiling"}
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(broken), encoding="utf-8")
    package = tmp_path / "openai_client"
    result = subprocess.run(
        [sys.executable, str(ROOT / "codegen" / "generate.py"), str(spec), "--output", str(package)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "components.schemas.RunObject.properties.billing: $ref '#/components/schemas/RunBiling' does not exist",
        f"{spec}: 1 error(s) above; nothing generated",
    ]
    assert not package.exists() and "generated" not in result.stdout
