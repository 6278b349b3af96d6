"""The spec's limits: emitted from the schemas (codegen/emit_limits.py) and checked (openai_client._limits)."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from openai_client import errors
from openai_client._limits import check_limits, violations
from openai_client.api._limits import REQUEST_LIMITS

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "codegen"))

from emit_limits import limits_of


def test_limits_are_found_through_refs_items_maps_and_keys() -> None:
    schemas = {
        "Tag": {"type": "string", "maxLength": 3},
        "Bag": {
            "type": "object",
            "properties": {"tags": {"type": "array", "maxItems": 2, "items": {"$ref": "#/components/schemas/Tag"}}},
            "maxProperties": 4,
            "propertyNames": {"maxLength": 8},
            "additionalProperties": {"type": "integer", "maximum": 9},
        },
    }
    assert limits_of({"$ref": "#/components/schemas/Bag"}, schemas) == [
        ((), {"maxProperties": 4}),
        (("*",), {"maximum": 9, "type": "integer"}),
        (("tags",), {"maxItems": 2}),
        (("tags", "[]"), {"maxLength": 3}),
        (("~",), {"maxLength": 8}),
    ]


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        ([{"type": "string", "maxLength": 5}, {"type": "object"}], {"maxLength": 5}),
        ([{"type": "string", "maxLength": 5}, {"type": "string", "maxLength": 9}], {"maxLength": 9}),
        ([{"type": "string", "maxLength": 5}, {"type": "string"}], {}),
        ([{"type": "string", "maxLength": 5}, {}], {}),
        (
            [{"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["b"]}, {"type": "null"}],
            {"enum": ["a", "b"]},
        ),
        ([{"type": "string", "enum": ["a"]}, {"type": "object"}], {"enum": ["a"]}),
    ],
    ids=["other-type", "loosest", "one-free", "untyped-frees", "enums-join", "enum-of-its-type"],
)
def test_a_union_keeps_only_what_every_shape_of_the_same_type_allows(
    members: list[dict[str, Any]], expected: dict[str, Any]
) -> None:
    found = dict(limits_of({"anyOf": members}, {}))
    assert found.get((), {}) == expected


def test_a_recursive_schema_is_walked_once() -> None:
    properties: dict[str, Any] = {"name": {"type": "string", "maxLength": 2}}
    properties["child"] = {"$ref": "#/components/schemas/Node"}
    schemas = {"Node": {"type": "object", "properties": properties}}
    assert limits_of({"$ref": "#/components/schemas/Node"}, schemas) == [(("name",), {"maxLength": 2})]


def test_the_emitted_table_holds_the_specs_limits_for_each_request_body() -> None:
    table = dict(REQUEST_LIMITS["CreateAssistantRequest"])
    assert table[("temperature",)] == {"maximum": 2, "minimum": 0}
    assert table[("metadata", "~")] == {"maxLength": 64}
    assert table[("tools", "[]", "function", "name")]["pattern"] == "^[a-zA-Z0-9_-]+$"


def test_violations_name_the_path_of_each_value_outside_its_limits() -> None:
    table: list[tuple[tuple[str, ...], dict[str, Any]]] = [
        (("tags", "[]"), {"maxLength": 3}),
        (("meta", "~"), {"maxLength": 2}),
        (("kind",), {"enum": ["a"]}),
    ]
    value = {"tags": ["ok", "long"], "meta": {"abc": "x"}, "kind": "b"}
    found = [(violation.path, violation.code) for violation in violations(table, value)]
    assert found == [
        ("tags[1]", "string_above_max_length"),
        ("meta", "string_above_max_length"),
        ("kind", "invalid_value"),
    ]


def test_a_limit_binds_only_values_of_its_type() -> None:
    table = [((), {"maxLength": 1, "maximum": 1, "maxItems": 1, "enum": ["a"]})]
    for value in (True, None, {"k": 1}, 1.0):
        assert list(violations(table, value)) == []


def test_check_limits_raises_invalid_request_error_under_the_given_root() -> None:
    with pytest.raises(errors.InvalidRequestError) as caught:
        check_limits([(("n",), {"minimum": 0})], {"n": -1}, "body")
    assert caught.value.path == "body.n" and "Expected a value >= 0, but got -1" in str(caught.value)
