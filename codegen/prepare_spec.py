"""Turn openapi.yaml into the document the generator reads: same facts, plus catch-alls.

The API grows: tomorrow a run may list a tool type, a step detail or a response format
this spec does not know. For every union (`oneOf`/`anyOf` component) that has object
members told apart by a constant `type`, this adds one last member,
`Unknown<UnionName>`: an object with a string `type` and any other fields. Known
`type` values still go to their own models (the union template dispatches on them);
any other value lands in the catch-all, which keeps the raw fields and writes them
back unchanged. openapi.yaml itself stays a faithful statement of the API.

Usage: python codegen/prepare_spec.py openapi.yaml OUTPUT.json
"""

import json
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML


def _const_type(schema: dict[str, Any], schemas: dict[str, Any]) -> str | None:
    """The constant `type` of an object member, following one $ref."""
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        schema = schemas[ref.rsplit("/", 1)[1]]
    type_property = schema.get("properties", {}).get("type", {})
    const = type_property.get("const")
    return const if isinstance(const, str) else None


def _catch_all(union_name: str, known: list[str]) -> dict[str, Any]:
    listed = ", ".join(f"`{value}`" for value in known)
    return {
        "type": "object",
        "description": (
            f"A {union_name} whose `type` this client does not know yet (known: {listed}). "
            "All its fields are kept as received, in `additional_properties`, and sent back unchanged."
        ),
        "properties": {"type": {"type": "string", "description": "The unknown type."}},
        "required": ["type"],
        "additionalProperties": True,
    }


def prepare(document: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = document["components"]["schemas"]
    added: dict[str, Any] = {}
    for name, schema in schemas.items():
        for keyword in ("oneOf", "anyOf"):
            members = schema.get(keyword)
            if not members:
                continue
            known = [value for value in (_const_type(member, schemas) for member in members) if value]
            if not known:
                continue
            catch_all_name = f"Unknown{name}"
            if catch_all_name in schemas:
                raise SystemExit(f"prepare_spec: {catch_all_name} already exists in the spec")
            members.append({"$ref": f"#/components/schemas/{catch_all_name}"})
            added[catch_all_name] = _catch_all(name, known)
    schemas.update(added)
    return document


def prepare_file(source: Path, destination: Path) -> None:
    document = YAML(typ="safe", pure=True).load(source.read_text(encoding="utf-8"))
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(json.dumps(prepare(document), indent=1) + "\n", encoding="utf-8")


def main() -> None:
    source, destination = (Path(argument) for argument in sys.argv[1:3])
    prepare_file(source, destination)


if __name__ == "__main__":
    main()
