"""What changed upstream for this client's API: compare OpenAI's published spec with openapi.yaml by meaning.

    python codegen/spec_drift.py UPSTREAM.yaml [--ours openapi.yaml] [--accepted spec-drift-accepted.yaml]

Both documents are reduced to what they say about this client's API, the operations under
the top-level collections openapi.yaml covers (`/assistants`, `/threads`), and every schema
those reach; whatever else the published document holds (`/evals/{eval_id}/runs`, vector
stores, ...) is another API and out of scope. A collection an extract of the document has no
path under at all (the Assistants section has no `/conversations`) is left out, with a note
saying so. Compared: operations (method and path, operationId),
parameters (where, name, required, schema), request bodies, the 200 JSON responses, and
for each schema its properties, required list, nullability, enum values, union members,
array items and additional properties. How a fact is written does not count: `nullable:
true`, `type: [X, "null"]` and a union with `{type: "null"}` are the same; so are a `$ref`
and the same schema inline, a one-value `enum` and a `const`, `allOf` of one schema.
Names, titles, descriptions, examples, defaults, formats, numeric bounds and `x-`
extensions are not compared. Union members are matched by their `type` (or `event`) tag.

Every difference prints as one line a maintainer can act on. Those listed in the accepted
file (deliberate deviations, each with its reason) print as notes; any other makes the exit
status 1. A missing or unreadable document, or one without operations of this API, is exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "put", "post", "delete", "patch")
_IGNORED = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "default",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "minProperties",
        "maxProperties",
        "multipleOf",
        "pattern",
        "deprecated",
        "readOnly",
        "writeOnly",
    }
)
_TAGS = ("type", "event")
STREAM_SCHEMAS = ("AssistantStreamEvent",)


class InputError(Exception):
    """A document that cannot be compared: the message is printed as it is."""


def load(path: Path) -> dict[str, Any]:
    """An OpenAPI document from YAML or JSON, or InputError saying why not."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        if text.lstrip().startswith("{"):
            document = json.loads(text)
        else:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            document = yaml.load(text, Loader=loader)
    except (ValueError, yaml.YAMLError) as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise InputError(f"{path} is not valid YAML or JSON: {first_line}") from None
    if not isinstance(document, dict) or "openapi" not in document or not isinstance(document.get("paths"), dict):
        raise InputError(f"{path} is not an OpenAPI document (no `openapi` version or no `paths`)")
    return document


def scope_of(document: dict[str, Any]) -> frozenset[str]:
    """The top-level collections a document's paths are under (`assistants`, `threads`)."""
    return frozenset(path.strip("/").split("/", 1)[0] for path in document["paths"])


def api_paths(document: dict[str, Any], scope: frozenset[str]) -> dict[str, Any]:
    """The path items of `document` under the collections in `scope`."""
    return {
        path: item
        for path, item in document["paths"].items()
        if path.strip("/").split("/", 1)[0] in scope and isinstance(item, dict)
    }


class Meaning:
    """Reduces the schemas of one document to comparable meanings."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.parameters: dict[str, Any] = document.get("components", {}).get("parameters", {})
        self.responses: dict[str, Any] = document.get("components", {}).get("responses", {})
        self.bodies: dict[str, Any] = document.get("components", {}).get("requestBodies", {})

    def deref(self, node: Any, table: dict[str, Any]) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = table.get(node["$ref"].rsplit("/", 1)[1], {})
        return node

    def ref_name(self, schema: Any) -> str | None:
        """The component a schema names, seen through `allOf: [$ref]` and nullable wrappers."""
        if not isinstance(schema, dict):
            return None
        if "$ref" in schema:
            return str(schema["$ref"]).rsplit("/", 1)[1]
        for key in ("allOf", "anyOf", "oneOf"):
            members = [m for m in schema.get(key, []) if not _is_null(m)]
            only_wrapping = not (set(schema) - _IGNORED - {"nullable", key, "type"})
            if len(members) == 1 and only_wrapping:
                return self.ref_name(members[0])
        return None

    def shape(self, schema: Any, seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """The meaning of `schema`: kind, nullable, and what its kind has (properties, members, ...)."""
        if not isinstance(schema, dict):
            return {"kind": "any", "nullable": False}
        if "$ref" in schema:
            name = str(schema["$ref"]).rsplit("/", 1)[1]
            if name in seen:
                return {"kind": "ref", "name": name, "nullable": False}
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            target = dict(self.schemas.get(name, {}))
            if siblings.get("nullable"):
                target["nullable"] = True
            meaning = self.shape(target, seen | {name})
            meaning.setdefault("name", name)
            return meaning
        schema = {k: v for k, v in schema.items() if k not in _IGNORED and not k.startswith("x-")}
        nullable = bool(schema.pop("nullable", False))
        types = schema.pop("type", None)
        if isinstance(types, list):
            nullable = nullable or "null" in types
            types = [t for t in types if t != "null"]
            types = types[0] if len(types) == 1 else (types or None)
        if types == "null":
            return {"kind": "null", "nullable": True}
        if "allOf" in schema:
            merged = _merge_all_of([self.deref(m, self.schemas) for m in schema.pop("allOf")])
            merged.update(schema)
            if types is not None:
                merged.setdefault("type", types)
            result = self.shape(merged, seen)
            result["nullable"] = result["nullable"] or nullable
            return result
        for key in ("oneOf", "anyOf"):
            if key in schema:
                members = [m for m in schema[key] if not _is_constraint(m)]
                real = [m for m in members if not _is_null(m)]
                nullable = nullable or len(real) < len(members)
                rest = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
                if len(real) == 1:
                    result = self.shape({**real[0], **rest} if "$ref" not in real[0] else real[0], seen)
                    result["nullable"] = result["nullable"] or nullable
                    return result
                if real:
                    return {"kind": "union", "members": self._members(real, seen), "nullable": nullable}
                schema = rest
        if "enum" in schema or "const" in schema:
            values = schema["enum"] if "enum" in schema else [schema["const"]]
            nullable = nullable or None in values
            return {
                "kind": "scalar",
                "type": types or _json_type(values),
                "enum": sorted({json.dumps(v) for v in values if v is not None}),
                "nullable": nullable,
            }
        if types == "array" or "items" in schema:
            items = schema.get("items", {})
            if isinstance(schema.get("required"), list) and isinstance(items, dict):
                items = {**items, "required": sorted(set(items.get("required", [])) | set(schema["required"]))}
            return {"kind": "array", "items": self.shape(items, seen), "nullable": nullable}
        if types == "object" or "properties" in schema or "additionalProperties" in schema:
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            return {
                "kind": "object",
                "properties": {name: self.shape(value, seen) for name, value in properties.items()},
                "required": sorted(schema.get("required", [])),
                "additional": extra if isinstance(extra, bool) or extra is None else self.shape(extra, seen),
                "nullable": nullable,
            }
        if types is None:
            return {"kind": "any", "nullable": nullable}
        return {"kind": "scalar", "type": types, "enum": None, "nullable": nullable}

    def _members(self, members: list[Any], seen: frozenset[str]) -> dict[str, Any]:
        shaped: dict[str, Any] = {}
        for index, member in enumerate(members):
            meaning = self.shape(member, seen)
            shaped[_member_key(meaning, index)] = meaning
        return shaped


def _merge_all_of(parts: list[Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for part in parts:
        if not isinstance(part, dict):
            continue
        for key, value in part.items():
            if key == "properties":
                merged.setdefault("properties", {}).update(value)
            elif key == "required":
                merged["required"] = sorted(set(merged.get("required", [])) | set(value))
            else:
                merged.setdefault(key, value)
    return merged


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "null" or schema.get("enum") == [None])


def _is_constraint(schema: Any) -> bool:
    """A member that only constrains (`{required: [...]}`), not a shape of its own."""
    return isinstance(schema, dict) and bool(schema) and set(schema) <= {"required", "not", "description", "title"}


def _json_type(values: list[Any]) -> str:
    kinds = {type(value).__name__ for value in values if value is not None}
    if len(kinds) != 1:
        return "any"
    return {"str": "string", "bool": "boolean", "int": "integer", "float": "number"}.get(kinds.pop(), "any")


def _member_key(meaning: dict[str, Any], index: int) -> str:
    """`type="text"` for a member tagged by a constant `type` (or `event`); else its JSON kind."""
    if meaning.get("kind") == "object":
        for tag in _TAGS:
            tagged = meaning["properties"].get(tag)
            if tagged and tagged.get("kind") == "scalar" and tagged.get("enum") and len(tagged["enum"]) == 1:
                return f"{tag}={tagged['enum'][0]}"
        return "object"
    if meaning.get("kind") == "scalar":
        return str(meaning["type"]) + (f" enum {','.join(meaning['enum'])}" if meaning.get("enum") else "")
    return str(meaning.get("kind", index))


def _describe(meaning: dict[str, Any]) -> str:
    kind = meaning.get("kind")
    nullable = " or null" if meaning.get("nullable") else ""
    if kind == "scalar":
        enum = f" {', '.join(meaning['enum'])}" if meaning.get("enum") else ""
        return f"{meaning['type']}{enum}{nullable}"
    if kind == "array":
        return f"array of {_describe(meaning['items'])}{nullable}"
    if kind == "union":
        return f"one of {', '.join(meaning['members'])}{nullable}"
    return f"{kind}{nullable}"


class Differ:
    """Compares meanings; a named component reached twice is compared once, under its name."""

    def __init__(self) -> None:
        self.done: set[str] = set()

    def diff(self, ours: dict[str, Any], theirs: dict[str, Any], where: str) -> Iterator[str]:
        """Differences between two meanings, phrased from upstream's side."""
        if ours.get("kind") == "ref" or theirs.get("kind") == "ref":
            return
        if ours["nullable"] != theirs["nullable"]:
            yield f"{where}: upstream {'now allows' if theirs['nullable'] else 'no longer allows'} null"
        name = ours.get("name")
        if name and theirs.get("name"):
            if name in self.done:
                return
            self.done.add(name)
            where = name
        if ours["kind"] != theirs["kind"]:
            yield f"{where}: upstream says {_describe(theirs)}, here {_describe(ours)}"
            return
        kind = ours["kind"]
        if kind == "scalar":
            yield from _diff_scalar(ours, theirs, where)
        elif kind == "array":
            yield from self.diff(ours["items"], theirs["items"], f"{where}[]")
        elif kind == "union":
            for key in sorted(set(theirs["members"]) - set(ours["members"])):
                yield f"{where}: upstream adds union member {key}"
            for key in sorted(set(ours["members"]) - set(theirs["members"])):
                yield f"{where}: upstream drops union member {key}"
            for key in sorted(set(ours["members"]) & set(theirs["members"])):
                label = f"{where}[{key}]" if "=" in key else where
                yield from self.diff(ours["members"][key], theirs["members"][key], label)
        elif kind == "object":
            yield from self._diff_object(ours, theirs, where)

    def _diff_object(self, ours: dict[str, Any], theirs: dict[str, Any], where: str) -> Iterator[str]:
        for name in sorted(set(theirs["properties"]) - set(ours["properties"])):
            yield f"{where}.{name}: new in upstream ({_describe(theirs['properties'][name])})"
        for name in sorted(set(ours["properties"]) - set(theirs["properties"])):
            yield f"{where}.{name}: gone from upstream"
        for name in sorted(set(ours["properties"]) & set(theirs["properties"])):
            yield from self.diff(ours["properties"][name], theirs["properties"][name], f"{where}.{name}")
        for name in sorted(set(theirs["required"]) - set(ours["required"])):
            yield f"{where}.{name}: upstream now requires it"
        for name in sorted(set(ours["required"]) - set(theirs["required"])):
            yield f"{where}.{name}: upstream no longer requires it"
        mine, other = ours["additional"], theirs["additional"]
        if isinstance(mine, dict) and isinstance(other, dict):
            yield from self.diff(mine, other, f"{where}.*")
        elif isinstance(mine, dict) or isinstance(other, dict) or (mine is False) != (other is False):
            yield f"{where}: additional properties {_additional(other)} upstream, {_additional(mine)} here"


def _diff_scalar(ours: dict[str, Any], theirs: dict[str, Any], where: str) -> Iterator[str]:
    if ours["type"] != theirs["type"]:
        yield f"{where}: upstream says {theirs['type']}, here {ours['type']}"
    if ours["enum"] is not None and theirs["enum"] is not None:
        for value in sorted(set(theirs["enum"]) - set(ours["enum"])):
            yield f"{where}: upstream adds enum value {value}"
        for value in sorted(set(ours["enum"]) - set(theirs["enum"])):
            yield f"{where}: upstream drops enum value {value}"
    elif (ours["enum"] is None) != (theirs["enum"] is None):
        yield f"{where}: upstream says {_describe(theirs)}, here {_describe(ours)}"


def _additional(value: Any) -> str:
    if isinstance(value, dict):
        return f"of {_describe(value)}"
    return "forbidden" if value is False else "allowed"


def _operations(document: dict[str, Any], scope: frozenset[str]) -> dict[str, dict[str, Any]]:
    found = {}
    for path, item in api_paths(document, scope).items():
        shared = item.get("parameters", [])
        for method in METHODS:
            if isinstance(item.get(method), dict):
                found[f"{method.upper()} {path}"] = {
                    **item[method],
                    "parameters": shared + item[method].get("parameters", []),
                }
    return found


def uncovered(ours_document: dict[str, Any], upstream_document: dict[str, Any]) -> list[str]:
    """The collections of openapi.yaml an extract of upstream's document has no path under at all
    (`/conversations` in an extract of the Assistants section): not compared, and said so."""
    theirs = scope_of(upstream_document)
    return sorted(name for name in scope_of(ours_document) if name not in theirs)


def compare(ours_document: dict[str, Any], upstream_document: dict[str, Any]) -> list[str]:
    """Every difference in meaning, as lines a maintainer can act on (within the collections both cover)."""
    ours, theirs = Meaning(ours_document), Meaning(upstream_document)
    full_scope = scope_of(ours_document)
    scope = full_scope - frozenset(uncovered(ours_document, upstream_document))
    ours_ops, their_ops = _operations(ours_document, scope), _operations(upstream_document, scope)
    if not their_ops:
        collections = ", ".join(f"/{name}" for name in sorted(full_scope))
        raise InputError(f"the upstream document has no operations of this API (no path under {collections})")
    found: list[str] = []
    found += [f"{key}: new operation in upstream" for key in sorted(set(their_ops) - set(ours_ops))]
    found += [f"{key}: operation gone from upstream" for key in sorted(set(ours_ops) - set(their_ops))]
    differ = Differ()
    for key in sorted(set(ours_ops) & set(their_ops)):
        mine, other = ours_ops[key], their_ops[key]
        if mine.get("operationId") != other.get("operationId"):
            found.append(
                f"{key}: operationId is {json.dumps(mine.get('operationId'))} here, "
                f"{json.dumps(other.get('operationId'))} upstream"
            )
        found += _diff_parameters(differ, ours, theirs, mine, other, key)
        pairs = [
            ("request body", _body_schema(ours, mine), _body_schema(theirs, other)),
            ("200 response", _response_schema(ours, mine), _response_schema(theirs, other)),
        ]
        for label, my_schema, their_schema in pairs:
            if (my_schema is None) != (their_schema is None):
                side = "upstream has" if their_schema is not None else "upstream has no"
                found.append(f"{key}: {side} a {label}")
                continue
            if my_schema is None:
                continue
            name = ours.ref_name(my_schema) or theirs.ref_name(their_schema)
            found += differ.diff(ours.shape(my_schema), theirs.shape(their_schema), name or f"{key} {label}")
    # The events the streaming operations send: compared by name, since upstream declares no
    # text/event-stream response for them.
    for name in STREAM_SCHEMAS:
        in_ours, in_theirs = name in ours.schemas, name in theirs.schemas
        if in_ours and in_theirs:
            reference = {"$ref": f"#/components/schemas/{name}"}
            found += differ.diff(ours.shape(reference), theirs.shape(reference), name)
        elif in_ours != in_theirs:
            found.append(f"{name}: {'new in' if in_theirs else 'gone from'} upstream")
    return list(dict.fromkeys(found))


def _diff_parameters(
    differ: Differ, ours: Meaning, theirs: Meaning, mine: dict[str, Any], other: dict[str, Any], key: str
) -> Iterator[str]:
    def table(meaning: Meaning, operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        found = {}
        for raw in operation.get("parameters", []):
            parameter = meaning.deref(raw, meaning.parameters)
            if isinstance(parameter, dict) and "name" in parameter:
                found[(parameter.get("in", "query"), parameter["name"])] = parameter
        return found

    my_table, their_table = table(ours, mine), table(theirs, other)
    for location, name in sorted(set(their_table) - set(my_table)):
        yield f'{key}: upstream adds {location} parameter "{name}"'
    for location, name in sorted(set(my_table) - set(their_table)):
        yield f'{key}: upstream drops {location} parameter "{name}"'
    for location, name in sorted(set(my_table) & set(their_table)):
        label = f'{key} {location} parameter "{name}"'
        required = bool(my_table[(location, name)].get("required")), bool(their_table[(location, name)].get("required"))
        if required[0] != required[1]:
            yield f"{label}: upstream {'now requires it' if required[1] else 'no longer requires it'}"
        yield from differ.diff(
            ours.shape(my_table[(location, name)].get("schema", {})),
            theirs.shape(their_table[(location, name)].get("schema", {})),
            label,
        )


def _json_schema(content: Any) -> Any:
    if not isinstance(content, dict):
        return None
    media = content.get("application/json")
    return media.get("schema") if isinstance(media, dict) else None


def _body_schema(meaning: Meaning, operation: dict[str, Any]) -> Any:
    body = meaning.deref(operation.get("requestBody"), meaning.bodies)
    return _json_schema(body.get("content")) if isinstance(body, dict) else None


def _response_schema(meaning: Meaning, operation: dict[str, Any]) -> Any:
    responses = operation.get("responses", {})
    response = meaning.deref(responses.get("200", responses.get(200)), meaning.responses)
    return _json_schema(response.get("content")) if isinstance(response, dict) else None


def load_accepted(path: Path) -> dict[str, str]:
    """Difference -> reason, from the reviewed list of deliberate deviations."""
    if not path.exists():
        return {}
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise InputError(f"{path} is not valid YAML: {first_line}") from None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "difference" in e for e in entries):
        raise InputError(f"{path} must be a list of entries with `difference` and `reason`")
    return {str(entry["difference"]): str(entry.get("reason", "")) for entry in entries}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("upstream", type=Path, help="OpenAI's published OpenAPI document (YAML or JSON)")
    parser.add_argument("--ours", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--accepted", type=Path, default=ROOT / "spec-drift-accepted.yaml")
    arguments = parser.parse_args(argv)
    try:
        ours_document, upstream_document = load(arguments.ours), load(arguments.upstream)
        differences = compare(ours_document, upstream_document)
        accepted = load_accepted(arguments.accepted)
    except InputError as error:
        print(f"spec-drift: {error}", file=sys.stderr)
        return 2
    for name in uncovered(ours_document, upstream_document):
        print(f"note: the upstream document has no path under /{name} (an extract?): /{name} not compared")
    unlisted = [line for line in differences if line not in accepted]
    for line in differences:
        if line in accepted:
            print(f"note (accepted): {line} -- {accepted[line]}")
    for line in unlisted:
        print(line)
    stale = sorted(set(accepted) - set(differences))
    for line in stale:
        print(f"note: accepted but no longer different (remove it from the list): {line}")
    print(f"{len(unlisted)} difference(s) to act on, {len(differences) - len(unlisted)} accepted")
    return 1 if unlisted else 0


if __name__ == "__main__":
    raise SystemExit(main())
