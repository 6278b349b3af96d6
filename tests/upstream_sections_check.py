"""Read upstream's published examples and hand-made union payloads with a package generated from added sections.

    python tests/upstream_sections_check.py REPOSITORY_COPY SECTION.yaml...

Run by tests/test_upstream_sections.py in its own interpreter, inside a copy of the
repository to which the sections were added and generated (its `openai_client` is not the
one under test in the parent process). Prints one JSON object: the failures of each kind
(`examples`, `unions`, `names`), each a line naming the operation or the union and its
member, and how many cases were checked; apart, what could not be checked (a value an
example elides, `{...}`) and the failures tests/fixtures/upstream_sections/errata.yaml
lists as upstream's examples contradicting upstream's schemas (an entry that no longer
fails as it says is a failure). A response whose schema is a union is read as its
operation reads it (the runtime's reader of the operation's answer).

Classes are found by the generator's own names for schemas: the pinned generator parses
the prepared spec of the copy, as `make generate` does, and says which class each schema became.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "patch")
_MAX_DEPTH = 4


def _load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def class_names(spec: dict[str, Any], repository: Path) -> dict[str, str]:
    """Schema name -> the class the generator makes of it, for every component the generator takes."""
    sys.path.insert(0, str(repository / "codegen"))
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from prepare_spec import prepare

    config = Config.from_sources(
        ConfigFile.load_from_path(repository / "generator-config.yaml"),
        MetaType.NONE,
        repository / "openapi.yaml",
        "utf-8",
        False,
        output_path=None,
    )
    data = GeneratorData.from_dict(prepare(spec), config=config)
    names: dict[str, str] = {}
    for model in [*getattr(data, "models", []), *getattr(data, "enums", [])]:
        name = model.name
        name = name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else str(name)
        if name.startswith("/components/schemas/"):
            names.setdefault(name.rsplit("/", 1)[1], model.class_info.name)
    return names


class Spec:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]

    def ref_name(self, node: Any) -> str | None:
        ref = node.get("$ref", "") if isinstance(node, dict) else ""
        return ref.rsplit("/", 1)[1] if ref.startswith("#/components/schemas/") else None

    def resolve(self, node: Any, anchor: str | None) -> tuple[Any, str | None]:
        """The schema `node` stands for, and its component name if it is one (`$recursiveRef` is `anchor`)."""
        if isinstance(node, dict) and node.get("$recursiveRef") == "#" and anchor:
            return self.schemas[anchor], anchor
        name = self.ref_name(node)
        return (self.schemas[name], name) if name else (node, None)

    def merged(self, node: Any, anchor: str | None) -> dict[str, Any]:
        """An object schema with its `allOf` parts merged: properties and required."""
        node, name = self.resolve(node, anchor)
        if not isinstance(node, dict):
            return {}
        merged = {key: value for key, value in node.items() if key != "allOf"}
        merged["properties"] = dict(node.get("properties") or {})
        merged["required"] = list(node.get("required") or [])
        for part in node.get("allOf") or []:
            part_schema = self.merged(part, name or anchor)
            merged["properties"] = {**part_schema.get("properties", {}), **merged["properties"]}
            merged["required"] += [key for key in part_schema.get("required", []) if key not in merged["required"]]
            merged.setdefault("type", part_schema.get("type"))
        return merged

    def members(self, node: Any, anchor: str | None) -> list[Any]:
        """The non-null members of a union schema (after one $ref), or [] if it is not a union."""
        node, _ = self.resolve(node, anchor)
        if not isinstance(node, dict):
            return []
        found = node.get("oneOf") or node.get("anyOf") or []
        return [member for member in found if not (isinstance(member, dict) and member.get("type") == "null")]

    def is_object(self, node: Any, anchor: str | None) -> bool:
        merged = self.merged(node, anchor)
        return bool(merged.get("properties")) and not self.members(node, anchor)

    def instance(self, node: Any, anchor: str | None, depth: int = 0, full: bool = False) -> Any:
        """A valid value of `node`: its required fields (every field when `full`), the first of each choice."""
        node, name = self.resolve(node, anchor)
        anchor = name or anchor
        if not isinstance(node, dict):
            return "text"
        if "const" in node:
            return node["const"]
        if node.get("enum"):
            return next((value for value in node["enum"] if value is not None), None)
        members = self.members(node, anchor)
        if members and not node.get("properties"):
            return self.instance(members[0], anchor, depth + 1)
        types = node.get("type")
        kind = next((t for t in types if t != "null"), None) if isinstance(types, list) else types
        merged = self.merged(node, anchor)
        if kind == "object" or merged.get("properties") or "allOf" in node:
            properties = merged.get("properties", {})
            wanted = properties if full else {key: properties[key] for key in merged["required"] if key in properties}
            if depth > _MAX_DEPTH:
                wanted = {key: properties[key] for key in merged["required"] if key in properties}
            return {key: self.instance(value, anchor, depth + 1) for key, value in wanted.items()}
        if kind == "array":
            return [self.instance(node.get("items", {}), anchor, depth + 1)] if depth <= _MAX_DEPTH else []
        return {"string": "text", "integer": 1, "number": 0.5, "boolean": True}.get(str(kind), "text")

    def tags(self, member: Any, anchor: str | None) -> list[Any]:
        """The values of a member's `type` tag (one for `const` or a one-value enum; several for a multi-value one)."""
        tag = self.merged(member, anchor).get("properties", {}).get("type", {})
        tag, _ = self.resolve(tag, anchor)
        if not isinstance(tag, dict):
            return []
        if "const" in tag:
            return [tag["const"]]
        return [value for value in tag.get("enum") or [] if value is not None]


def _attribute(model: Any, wire_name: str) -> Any:
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", wire_name).lower().replace("-", "_")
    for candidate in (snake, f"{snake}_", f"field_{snake}"):
        if hasattr(model, candidate):
            return getattr(model, candidate)
    raise AttributeError(f"{type(model).__name__} has no attribute for {wire_name!r}")


def _json_example(text: Any) -> Any:
    """An example body: JSON, or the JavaScript-like object literal some examples use (YAML reads it)."""
    if not isinstance(text, str):
        return text
    try:
        return json.loads(text)
    except ValueError:
        return yaml.safe_load(text)


def _curl_body(request: Any) -> Any:
    curl = request.get("curl") if isinstance(request, dict) else request
    found = re.search(r"-d '(.*?)'\s*(\\\s*)?$", curl or "", re.DOTALL | re.MULTILINE)
    if not found:
        return None
    try:
        return _json_example(found.group(1))
    except yaml.YAMLError:
        return None


ELIDED = {"...": None}
"""What YAML reads upstream's `{...}` as: an example that leaves a value out (`"chunking_strategy": {...}`)."""


def elided_paths(value: Any, path: str = "") -> list[str]:
    """Where an example leaves a value out (`{...}`, or a `...` item in an array), as unknown_values() names paths.

    Such a value says nothing of its shape: read as a union's catch-all (it has no tag) is all a
    reader can do with it, so an unknown there is the example's, not the client's. Anything
    else in the example is checked as usual, and the round trip must still be exact.
    """
    if value == ELIDED or value == "...":
        return [path]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in elided_paths(item, f"{path}.{key}" if path else key)]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in elided_paths(item, f"{path}[{index}]")]
    return []


def _json_schema(content: Any) -> Any:
    return ((content or {}).get("application/json") or {}).get("schema")


def main() -> None:
    repository, sections = Path(sys.argv[1]), [Path(argument) for argument in sys.argv[2:]]
    sys.path.insert(0, str(repository))
    import openai_client.models as models

    spec_document = _load(repository / "openapi.yaml")
    spec = Spec(spec_document)
    classes = class_names(copy.deepcopy(spec_document), repository)
    failures: dict[str, list[str]] = {"examples": [], "unions": [], "names": []}
    checked = {"examples": 0, "unions": 0}
    not_checked: list[str] = []

    def model_class(schema_name: str) -> Any:
        name = classes.get(schema_name)
        found = getattr(models, name, None) if name else None
        if found is None:
            failures["names"].append(f"schema {schema_name}: no generated class (generator's name: {name})")
        return found

    def answer_reader(operation_id: str, schema_name: str) -> Any:
        """The runtime's own reader of an operation's 2xx answer, as a `from_dict`: how a client reads it."""
        import httpx

        from openai_client._response import read as read_answer
        from openai_client.api._operations import OPERATIONS

        def from_dict(data: Any, strict: bool = False) -> Any:
            answer = read_answer(OPERATIONS[operation_id], httpx.Response(200, json=data), strict)
            if isinstance(answer, httpx.Response):
                raise TypeError(
                    f"{schema_name} is a union: the operation reads its 2xx answer as a raw httpx.Response, "
                    "not as one of its members"
                )
            return answer

        return from_dict

    def round_trip(
        kind: str, label: str, schema_name: str, payload: Any, strict: bool, operation_id: str | None = None
    ) -> Any:
        """Read `payload` as the schema's class (leniently, and strictly if asked) and write it back.

        A schema without a class (a union) is read as the operation it answers reads it, if any."""
        reader: Any = None
        if schema_name not in classes and spec.members({"$ref": f"#/components/schemas/{schema_name}"}, None):
            if operation_id is None:
                not_checked.append(f"{label}: {schema_name} is a union, which has no reader to call")
                return None
            reader, name = answer_reader(operation_id, schema_name), f"{operation_id}'s answer ({schema_name}, a union)"
        else:
            cls = model_class(schema_name)
            if cls is None:
                return None
            reader, name = cls.from_dict, cls.__name__
        checked[kind] += 1
        try:
            read = reader(copy.deepcopy(payload))
            written = [read.to_dict()]
            if strict:
                written.append(reader(copy.deepcopy(payload), strict=True).to_dict())
        except Exception as error:
            failures[kind].append(f"{label}: {type(error).__name__}: {str(error).splitlines()[0][:200]}")
            return None
        if any(dumped != payload for dumped in written):
            failures[kind].append(f"{label}: {name} read and written back (to_dict()) is not the payload")
        unknown = [path for path, _ in read.unknown_values()] if hasattr(read, "unknown_values") else []
        elided = elided_paths(payload)
        if any(path in elided for path in unknown):
            not_checked.append(f"{label}: upstream's example leaves out {', '.join(elided)} ({{...}})")
        unknown = [path for path in unknown if path not in elided]
        if unknown:
            failures[kind].append(f"{label}: read as unknown at {', '.join(unknown[:5])}")
        return read

    for section in sections:
        fragment = _load(section)
        for path, item in fragment["paths"].items():
            for method in METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict):
                    continue
                label = f"{section.stem}: {operation['operationId']} ({method.upper()} {path})"
                examples = (operation.get("x-oaiMeta") or {}).get("examples") or {}
                for example in examples if isinstance(examples, list) else [examples]:
                    responses: dict[str, Any] = operation["responses"]
                    ok: dict[str, Any] = next((r for code, r in responses.items() if str(code).startswith("2")), {})
                    response_schema = spec.ref_name(_json_schema(ok.get("content")) or {})
                    if response_schema and "response" in example:
                        response_label = f"{label} response example"
                        try:
                            example_body = _json_example(example["response"])
                        except yaml.YAMLError:  # cut short in upstream's document: nothing to read
                            not_checked.append(f"{response_label}: upstream's example is neither JSON nor YAML")
                            continue
                        round_trip(
                            "examples", response_label, response_schema, example_body, False, operation["operationId"]
                        )
                    body_schema = spec.ref_name(_json_schema((operation.get("requestBody") or {}).get("content")) or {})
                    body = _curl_body(example.get("request"))
                    if body_schema and body is not None:
                        round_trip("examples", f"{label} request example", body_schema, body, False)
        # Every union a section's schemas hold in a property: each member's payload lands in that member.
        seen: set[str] = set()
        for container, schema in fragment["components"]["schemas"].items():
            properties = spec.merged(schema, container).get("properties", {})
            for property_name, property_schema in properties.items():
                is_array = isinstance(property_schema, dict) and property_schema.get("type") == "array"
                target = property_schema.get("items", {}) if is_array else property_schema
                members = [m for m in spec.members(target, container) if spec.is_object(m, container)]
                union_name = spec.ref_name(target) or f"{container}.{property_name}"
                if len(members) < 2 or union_name in seen:
                    continue
                seen.add(union_name)
                for member in members:
                    _, member_name = spec.resolve(member, container)
                    for tag in spec.tags(member, container) or [None]:
                        value = spec.instance(member, container, full=True)
                        if tag is not None:
                            value["type"] = tag
                        payload = spec.instance(schema, container)
                        payload[property_name] = [value] if is_array else value
                        member_label = f"member {member_name or '(inline)'} type={tag!r}"
                        label = f"{section.stem}: {union_name} {member_label} in {container}.{property_name}"
                        read = round_trip("unions", label, container, payload, True)
                        if read is None:
                            continue
                        landed = _attribute(read, property_name)
                        landed = landed[0] if is_array else landed
                        expected = classes.get(member_name) if member_name else None
                        if expected and type(landed).__name__ != expected:
                            failures["unions"].append(f"{label}: read as {type(landed).__name__}, not {expected}")
    failures["examples"], errata = _errata(failures["examples"])
    print(json.dumps({"failures": failures, "checked": checked, "not_checked": not_checked, "errata": errata}))


ERRATA = Path(__file__).resolve().parent / "fixtures" / "upstream_sections" / "errata.yaml"


def _errata(found: list[str], entries: list[dict[str, str]] | None = None) -> tuple[list[str], list[str]]:
    """`found` without the failures ERRATA lists (returned apart, with their reasons); an entry that does not fail
    as it says is a failure of its own."""
    entries = (_load(ERRATA) or []) if entries is None else entries
    kept, listed = [], []
    matched: set[int] = set()
    for line in found:
        entry = next(
            (
                index
                for index, entry in enumerate(entries)
                if _is_erratum(line, entry["example"]) and f": {entry['reads']}" in line
            ),
            None,
        )
        if entry is None:
            kept.append(line)
        else:
            matched.add(entry)
            listed.append(f"{line} (erratum: {' '.join(entries[entry]['reason'].split())})")
    for index, entry in enumerate(entries):
        if index not in matched:
            kept.append(
                f"{ERRATA.name}: {entry['example']} no longer fails with {entry['reads']!r}: update or remove it"
            )
    return kept, listed


def _is_erratum(line: str, example: str) -> bool:
    operation_id, part = example.rsplit(" ", 1)
    return f": {operation_id} (" in line and f") {part} example: " in line


if __name__ == "__main__":
    main()
