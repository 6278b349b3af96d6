"""Turn openapi.yaml into the document the generator reads: same facts, plus catch-alls.

The API grows: tomorrow a run may list a tool type, a step detail or a response format
this spec does not know. For every union (`oneOf`/`anyOf`, as a component or inline in a
property) that has object members told apart by a constant `type`, this adds one last
member, `Unknown<Name>`: an object with a string `type` and any other fields. Known
`type` values still go to their own models (the union template dispatches on them);
any other value lands in the catch-all, which keeps the raw fields and writes them
back unchanged. openapi.yaml itself stays a faithful statement of the API.

It marks, for the templates, each schema a request body reaches (`x-openai-client-request`:
its model also takes dicts and strings where it takes models and enums, and gets a TypedDict
of its dict form) and each catch-all it added (`x-openai-client-catch-all`).

It also copies each parameter's description onto its inline schema, where the generator
reads descriptions for endpoint docstrings.

Usage: python codegen/prepare_spec.py openapi.yaml OUTPUT.json
"""

import json
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

REQUEST = "x-openai-client-request"
CATCH_ALL = "x-openai-client-catch-all"


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
            f"{'An' if union_name[0] in 'AEIOU' else 'A'} {union_name} whose `type` this client does not know yet "
            f"(known: {listed}). "
            "All its fields are kept as received, in `additional_properties`, and sent back unchanged."
        ),
        "properties": {"type": {"type": "string", "description": "The unknown type."}},
        "required": ["type"],
        "additionalProperties": True,
        CATCH_ALL: True,
    }


def _add_catch_all(union: dict[str, Any], name: str, schemas: dict[str, Any], added: dict[str, Any]) -> None:
    for keyword in ("oneOf", "anyOf"):
        members = union.get(keyword)
        if not members:
            continue
        known = [value for value in (_const_type(member, schemas) for member in members) if value]
        if not known:
            continue
        catch_all_name = f"Unknown{name}"
        if catch_all_name in schemas or catch_all_name in added:
            raise SystemExit(f"prepare_spec: {catch_all_name} already exists in the spec")
        members.append({"$ref": f"#/components/schemas/{catch_all_name}"})
        added[catch_all_name] = _catch_all(name, known)


def _inline_union_name(member_refs: list[str], schema_name: str, property_name: str) -> str:
    """`RunRequiredAction` for a lone tagged member, else `<Schema><Property>`."""
    if len(member_refs) == 1:
        return member_refs[0]
    return schema_name + "".join(part.capitalize() for part in property_name.split("_"))


def prepare(document: dict[str, Any]) -> dict[str, Any]:
    _resolve_recursive_refs(document)
    schemas: dict[str, Any] = document["components"]["schemas"]
    added: dict[str, Any] = {}
    for name, schema in schemas.items():
        _add_catch_all(schema, name, schemas, added)
        for property_name, property_schema in schema.get("properties", {}).items():
            for target in (property_schema, property_schema.get("items", {})):
                members = target.get("oneOf") or target.get("anyOf") or []
                refs = [m["$ref"].rsplit("/", 1)[1] for m in members if "$ref" in m and _const_type(m, schemas)]
                if refs:
                    _add_catch_all(target, _inline_union_name(refs, name, property_name), schemas, added)
    if "AssistantStreamEvent" in schemas:
        added["UnknownStreamEvent"] = _unknown_stream_event()
    schemas.update(added)
    _mark_request_schemas(document)
    _describe_parameter_schemas(document)
    return document


def _mark_request_schemas(document: dict[str, Any]) -> None:
    """Mark every component schema that a request body reaches, through any depth of nesting."""
    schemas: dict[str, Any] = document["components"]["schemas"]
    marked: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
            return
        if not isinstance(node, dict):
            return
        ref = node.get("$ref", "")
        if ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            if name not in marked:
                marked.add(name)
                schemas[name][REQUEST] = True
                visit(schemas[name])
            return
        for value in node.values():
            visit(value)

    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict):
                visit(operation.get("requestBody", {}))


def _unknown_stream_event() -> dict[str, Any]:
    """The catch-all of a run stream: events are told apart by their SSE `event` name."""
    return {
        "type": "object",
        "description": (
            "A stream event whose name this client does not know yet. Its name and its data, "
            "decoded from JSON, are kept as sent; the stream goes on."
        ),
        "properties": {
            "event": {"type": "string", "description": "The event name, as sent."},
            "data": {"description": "The event's data, decoded from JSON, as sent."},
        },
        "required": ["event", "data"],
    }


def _describe_parameter_schemas(document: dict[str, Any]) -> None:
    parameters = list(document.get("components", {}).get("parameters", {}).values())
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict):
                parameters.extend(p for p in operation.get("parameters", []) if "$ref" not in p)
    for parameter in parameters:
        schema = parameter.get("schema", {})
        if "description" in parameter and "$ref" not in schema:
            schema.setdefault("description", parameter["description"])


def _resolve_recursive_refs(document: dict[str, Any]) -> None:
    """`$recursiveRef: '#'` inside a component schema as the `$ref` to that component.

    Upstream writes a recursive union that way (a compound filter whose filters may be
    compound filters). The generator does not know `$recursiveRef` and would type that
    member as untyped JSON; as a `$ref` to the enclosing component it is the same schema.
    codegen/validate_spec.py refuses any other `$recursiveRef`.
    """

    def visit(node: Any, component: str) -> None:
        if isinstance(node, dict):
            if node.get("$recursiveRef") == "#":
                del node["$recursiveRef"]
                node["$ref"] = f"#/components/schemas/{component}"
            for value in node.values():
                visit(value, component)
        elif isinstance(node, list):
            for value in node:
                visit(value, component)

    for name, schema in document.get("components", {}).get("schemas", {}).items():
        visit(schema, name)


def prepare_file(source: Path, destination: Path) -> dict[str, Any]:
    """Write the prepared document of `source` to `destination` and return it."""
    document = prepare(YAML(typ="safe", pure=True).load(source.read_text(encoding="utf-8")))
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    return document


def main() -> None:
    source, destination = (Path(argument) for argument in sys.argv[1:3])
    prepare_file(source, destination)


if __name__ == "__main__":
    main()
