"""Union members are picked right for every tagging style upstream's document uses.

tests/fixtures/specs/union_styles.yaml holds one union per style, written as upstream writes
them. The fast tests check the dispatch facts codegen/prepare_spec.py computes from the raw
spec; the slow one generates a client from it and reads a payload of every member.
"""

from __future__ import annotations

import copy
import importlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "codegen"))
from prepare_spec import CATCH_ALL, TAGS, TITLE, SpecError, prepare  # noqa: E402

STYLES = ROOT / "tests" / "fixtures" / "specs" / "union_styles.yaml"


def styles() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(STYLES.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def prepared() -> dict[str, Any]:
    schemas: dict[str, Any] = prepare(styles())["components"]["schemas"]
    return schemas


@pytest.mark.parametrize(
    ("member", "key", "values"),
    [
        ("ConstCat", "type", ["cat"]),  # const
        ("EnumAuto", "type", ["auto"]),  # one-value enum, x-stainless-const
        ("EnumStatic", "type", ["static"]),  # one-value enum
        ("Comparison", "type", ["eq", "ne", "gt"]),  # many values
        ("Compound", "type", ["and", "or"]),
        ("MappedA", "kind", ["first"]),  # discriminator with a mapping
        ("FunctionCallItem", "type", ["function_call"]),  # discriminator without one
        ("TextPart", "type", ["text"]),  # the tag in an allOf part
        ("ImagePart", "type", ["image"]),  # the tag in a $ref'd allOf base
        ("SharedSmall", "type", ["item"]),
        ("SharedLarge", "type", ["item"]),
    ],
)
def test_each_member_carries_its_tag_values(prepared: dict[str, Any], member: str, key: str, values: list[str]) -> None:
    assert prepared[member][TAGS][key] == values


def test_members_without_a_tag_carry_none(prepared: dict[str, Any]) -> None:
    assert TAGS not in prepared["ShapeFins"] and TAGS not in prepared["ShapeShell"]


def test_a_tagged_union_ends_in_a_catch_all_on_its_key(prepared: dict[str, Any]) -> None:
    union = prepared["Holder"]["properties"]["by_mapping"]
    assert union["oneOf"][-1] == {"$ref": "#/components/schemas/UnknownHolderByMapping"}
    assert prepared["UnknownHolderByMapping"][CATCH_ALL] == "kind"


def test_titles_are_moved_aside_so_keys_name_classes(prepared: dict[str, Any]) -> None:
    assert prepared["TitledA"][TITLE] == prepared["TitledB"][TITLE] == "Same Title"
    assert "title" not in prepared["TitledA"] and "title" not in prepared["EnumAuto"]


def test_an_inline_nullable_object_is_named_after_its_place(prepared: dict[str, Any]) -> None:
    assert prepared["Holder"]["properties"]["nullable_inline"]["anyOf"] == [
        {"$ref": "#/components/schemas/HolderNullableInline"},
        {"type": "null"},
    ]
    assert prepared["HolderNullableInline"]["properties"] == {"note": {"type": "string"}}


def test_an_inline_enum_in_a_union_is_named_after_its_place() -> None:
    document = styles()
    properties = document["components"]["schemas"]["Holder"]["properties"]
    properties["size"] = {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["small", "large"]}]}
    properties["level"] = {"anyOf": [{"type": "string", "enum": ["low", "high"]}, {"type": "null"}]}
    prepared = prepare(document)["components"]["schemas"]
    assert prepared["Holder"]["properties"]["size"]["anyOf"][1] == {"$ref": "#/components/schemas/HolderSize"}
    assert prepared["Holder"]["properties"]["level"]["anyOf"][0] == {"$ref": "#/components/schemas/HolderLevel"}
    assert (prepared["HolderSize"]["enum"], prepared["HolderLevel"]["enum"]) == (["small", "large"], ["low", "high"])


def test_members_sharing_a_tag_and_a_shape_fail_naming_them() -> None:
    document = styles()
    schemas = document["components"]["schemas"]
    schemas["SharedLarge"] = copy.deepcopy(schemas["SharedSmall"])
    with pytest.raises(SpecError, match=r"shared_tag: members SharedSmall, SharedLarge share type 'item'"):
        prepare(document)


def test_a_schema_named_like_a_runtime_name_is_renamed_with_its_references_and_a_note() -> None:
    document = styles()
    schemas = document["components"]["schemas"]
    schemas["Response"] = {"type": "object", "properties": {"id": {"type": "string"}}}
    schemas["Holder"]["properties"]["response"] = {"$ref": "#/components/schemas/Response"}
    notes: list[str] = []
    prepared = prepare(document, notes)["components"]["schemas"]
    assert "Response" not in prepared and "ResponseObject" in prepared
    assert prepared["Holder"]["properties"]["response"] == {"$ref": "#/components/schemas/ResponseObject"}
    assert notes == [
        "components.schemas.Response: generated as class ResponseObject (models.ResponseObject), "
        "since Response is a name of the runtime"
    ]


def test_a_spec_without_such_names_gets_no_notes() -> None:
    notes: list[str] = []
    prepare(styles(), notes)
    assert notes == []


def _with_restated_status(base_status: dict[str, Any], later_status: dict[str, Any]) -> dict[str, Any]:
    """A `*Resource` as upstream writes it: allOf a base and a part that restates the base's `status`."""
    document = styles()
    schemas = document["components"]["schemas"]
    schemas["ZzCallStatus"] = {"type": "string", "enum": ["completed", "incomplete", "failed"]}
    schemas["ZzCall"] = {"type": "object", "properties": {"status": base_status}, "required": ["status"]}
    schemas["ZzCallResource"] = {
        "allOf": [
            {"$ref": "#/components/schemas/ZzCall"},
            {"type": "object", "properties": {"id": {"type": "string"}, "status": later_status}},
        ]
    }
    resource: dict[str, Any] = prepare(document)["components"]["schemas"]["ZzCallResource"]
    return resource


def test_an_enum_an_allof_part_restates_knows_the_values_of_both() -> None:
    base = {"type": "string", "enum": ["in_progress", "completed", "incomplete"]}
    later = {"$ref": "#/components/schemas/ZzCallStatus", "description": "Its status."}
    resource = _with_restated_status(base, later)
    assert resource["properties"]["status"] == {
        "type": "string",
        "description": "Its status.",
        "enum": ["in_progress", "completed", "incomplete", "failed"],
    }
    assert resource["required"] == ["status"]


def test_a_restated_property_that_is_not_a_narrower_enum_is_the_later_parts() -> None:
    later = {"$ref": "#/components/schemas/ZzCallStatus"}
    narrower = _with_restated_status({"type": "string", "enum": ["completed"]}, later)
    assert narrower["properties"]["status"] == later
    other = _with_restated_status({"type": "integer"}, later)
    assert other["properties"]["status"] == later


def test_two_keys_of_one_class_name_fail_naming_both() -> None:
    document = styles()
    document["components"]["schemas"]["const_cat"] = {"type": "object"}
    with pytest.raises(SpecError, match=r"components.schemas.const_cat: its class name ConstCat is also"):
        prepare(document)


def test_a_missing_ref_is_one_line_naming_where_it_is() -> None:
    document = styles()
    document["components"]["schemas"]["Holder"]["properties"]["broken"] = {"$ref": "#/components/schemas/Nowhere"}
    with pytest.raises(SpecError) as caught:
        prepare(document)
    assert str(caught.value) == (
        "components.schemas.Holder.properties.broken: $ref '#/components/schemas/Nowhere' does not exist"
    )


# -- the generated client --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    from generate import GENERATED, generate_into

    scratch = tmp_path_factory.mktemp("union_styles")
    generate_into(STYLES, scratch / "generated")
    package = scratch / "union_styles_client"
    shutil.copytree(ROOT / "openai_client", package, ignore=shutil.ignore_patterns("__pycache__", *GENERATED))
    for tree in GENERATED:
        shutil.copytree(scratch / "generated" / tree, package / tree)
    sys.path.insert(0, str(scratch))
    try:
        yield importlib.import_module("union_styles_client.models")
    finally:
        sys.path.remove(str(scratch))
        for name in [name for name in sys.modules if name.startswith("union_styles_client")]:
            del sys.modules[name]


CASES = [
    ("by_const", {"type": "dog", "barks": True}, "ConstDog"),
    ("by_one_value_enum", {"type": "auto"}, "EnumAuto"),
    ("by_one_value_enum", {"type": "static", "static": {"size": 5}}, "EnumStatic"),
    ("by_many_values", {"type": "gt", "key": "k", "value": 1}, "Comparison"),
    ("by_many_values", {"type": "or", "filters": [{"type": "eq", "key": "k", "value": "v"}]}, "Compound"),
    ("by_mapping", {"kind": "second", "b": 2}, "MappedB"),
    ("by_discriminator", {"type": "reasoning", "summary": ["s"]}, "ReasoningItem"),
    ("by_discriminator", {"type": "function_call", "name": "f"}, "FunctionCallItem"),
    ("by_all_of", {"type": "text", "text": "hi", "id": "p1"}, "TextPart"),
    ("by_all_of", {"type": "image", "url": "u"}, "ImagePart"),
    ("by_shape", {"shell": "spiral"}, "ShapeShell"),
    ("by_shape", {"fins": 2}, "ShapeFins"),
    ("shared_tag", {"type": "item", "size": 1}, "SharedSmall"),
    ("shared_tag", {"type": "item", "extra_large": True}, "SharedLarge"),
    ("by_const", {"type": "zz_future_bird", "wings": [1, 2]}, "UnknownHolderByConst"),
]


@pytest.mark.slow
def test_the_generated_client_reads_every_member_as_its_own(models: ModuleType) -> None:
    for prop, payload, member in CASES:
        for strict in (False, True) if not member.startswith("Unknown") else (False,):
            body = {prop: copy.deepcopy(payload)}
            holder = models.Holder.from_dict(copy.deepcopy(body), strict)
            assert type(getattr(holder, prop)).__name__ == member, (prop, payload)
            assert holder.to_dict() == body
    nested = models.Holder.from_dict({"by_many_values": CASES[4][1]}).by_many_values.filters[0]
    assert type(nested).__name__ == "Comparison"
    mapped = models.Holder.from_dict({"map_of_union": {"tom": {"type": "cat", "meows": True}}}).map_of_union
    assert type(mapped["tom"]).__name__ == "ConstCat"
    assert type(models.Holder.from_dict({"nullable_inline": {"note": "n"}}).nullable_inline).__name__ == (
        "HolderNullableInline"
    )
    assert {"TitledA", "TitledB"} <= set(dir(models)) and "SameTitle" not in dir(models)


def test_a_union_of_components_without_classes_of_their_own_names_their_python_types() -> None:
    from emit_tables import named_unions

    schemas: dict[str, Any] = {
        "Text": {"type": "string"},
        "Level": {"type": "string", "enum": ["low", "high"]},  # an enum is a class of its own
        "Part": {"type": "object", "properties": {"text": {"type": "string"}}},
        "Item": {"oneOf": [{"$ref": "#/components/schemas/Text"}, {"$ref": "#/components/schemas/Part"}]},
        "Items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
        "Content": {"oneOf": [{"$ref": "#/components/schemas/Items"}, {"$ref": "#/components/schemas/Level"}]},
    }
    unions = named_unions(schemas)
    assert unions == {"Item": ["str", "Part"], "Content": ["list[Item]", "Level"]}
    assert list(unions).index("Item") < list(unions).index("Content")  # an alias before the union naming it
