"""Turn openapi.yaml into the document the generator reads: same facts, plus what the templates need.

Names. Class names come from component keys alone: every `title` is moved aside
(`x-openai-client-title`, kept for docstrings), so two schemas titled alike never become one
class, and codegen/emit_tables.py, which names classes by component key with the generator's
own `ClassName`, always agrees with the generated modules. Keys whose class names collide fail
here; a key that would shadow a name of the runtime (`Response`, `Client`, ...) is renamed
`<Name>Object`, with every `$ref` to it, and the rename is a note `make generate` prints.
An inline object or enum inside a union (a nullable object or enum, a union member written in
place) is moved to a component named after where it sits (`<Schema><Property>`), never `...Type0`.

Unions. For every union (`oneOf`/`anyOf`, as a component or inline in a property, an array's
items or a map's values), the dispatch facts are computed once from the raw document and left
on each member's schema as `x-openai-client-tags: {key: [values]}`: the tag key (the
discriminator's `propertyName`, else the property most members fix) and each member's values,
from a `const`, a one- or many-value `enum` (with or without `x-stainless-const`), an `allOf`
part or $ref'd base, or a discriminator `mapping` (else the member's own key, as OpenAPI says).
Members that share a value must differ in shape (their required and known fields), or
generation fails naming them. A tagged union gets one last member, `Unknown<Name>`
(`x-openai-client-catch-all: <key>`): an object with a string tag and any other fields, which
keeps an unknown kind whole. openapi.yaml itself stays a faithful statement of the API.

It marks, for the templates, each 2xx answer whose schema is a named union
(`x-openai-client-union`: it is read through that union's reader), each schema a request
body reaches (`x-openai-client-request`: its model also takes dicts and strings where it
takes models and enums, and gets a TypedDict of its dict form), and copies each
parameter's description onto its inline schema, where the generator reads descriptions for
endpoint docstrings.

Usage: python codegen/prepare_spec.py openapi.yaml OUTPUT.json
"""

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName
from ruamel.yaml import YAML

REQUEST = "x-openai-client-request"
CATCH_ALL = "x-openai-client-catch-all"
TAGS = "x-openai-client-tags"
TITLE = "x-openai-client-title"
UNION_ANSWER = "x-openai-client-union"
REF = "#/components/schemas/"
PREFERRED_KEYS = ("type", "object", "event")
RUNTIME_NAMES = frozenset(
    {"Response", "Client", "AuthenticatedClient", "Unset", "Any", "Literal", "ClassVar", "Mapping", "Sequence"}
    | {"Model", "ExtraFields", "FreeForm", "Page", "DeprecatedAlias", "OpenEnum", "Required", "TypedDict"}
)
"""Names the generated modules import from the runtime or typing: a schema so named is renamed `<Name>Object`."""
STREAM_EVENT_KEY = "event"
"""Stream events are told apart by their SSE event name (the stream reader's table), not a catch-all."""


class SpecError(SystemExit):
    """A mistake in the spec, named by where it is."""


def _ref_name(schema: Any) -> str | None:
    ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
    return ref[len(REF) :] if ref.startswith(REF) else None


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.replace("-", "_").replace(".", "_").split("_"))


# -- names -----------------------------------------------------------------------------


def _move_titles(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _move_titles(item)
    elif isinstance(node, dict):
        title = node.get("title")
        if isinstance(title, str) and (
            "type" in node
            or "properties" in node
            or "$ref" in node
            or "enum" in node
            or "oneOf" in node
            or "anyOf" in node
            or "allOf" in node
        ):
            node[TITLE] = node.pop("title")
        for key, value in node.items():
            if key not in ("example", "examples", "default", "const", "enum"):
                _move_titles(value)


def _rename(document: dict[str, Any], renames: dict[str, str]) -> None:
    schemas = document["components"]["schemas"]
    for old, new in renames.items():
        schemas[new] = schemas.pop(old)

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif isinstance(node, dict):
            name = _ref_name(node)
            if name in renames:
                node["$ref"] = REF + renames[name]
            mapping = (
                node.get("discriminator", {}).get("mapping") if isinstance(node.get("discriminator"), dict) else None
            )
            if isinstance(mapping, dict):
                for tag, target in list(mapping.items()):
                    if isinstance(target, str) and target[len(REF) :] in renames and target.startswith(REF):
                        mapping[tag] = REF + renames[target[len(REF) :]]
            for value in node.values():
                visit(value)

    visit(document)


def _check_names(document: dict[str, Any], notes: list[str]) -> None:
    schemas: dict[str, Any] = document["components"]["schemas"]
    renames = {name: f"{name}Object" for name in schemas if ClassName(name, "") in RUNTIME_NAMES}
    for old, new in renames.items():
        if new in schemas:
            raise SpecError(f"components.schemas.{old}: its class name shadows the runtime's, and {new} is taken")
        notes.append(
            f"components.schemas.{old}: generated as class {new} (models.{new}), "
            f"since {ClassName(old, '')} is a name of the runtime"
        )
    if renames:
        _rename(document, renames)
    seen: dict[str, str] = {}
    for name in schemas:
        class_name = ClassName(name, "")
        if class_name in seen:
            raise SpecError(
                f"components.schemas.{name}: its class name {class_name} is also "
                f"that of components.schemas.{seen[class_name]}"
            )
        seen[class_name] = name
    _check_refs(document)


def _check_refs(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]

    def visit(node: Any, path: str) -> None:
        if isinstance(node, list):
            for index, item in enumerate(node):
                visit(item, f"{path}[{index}]")
        elif isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(REF) and ref[len(REF) :] not in schemas:
                raise SpecError(f"{path}: $ref '{ref}' does not exist")
            for key, value in node.items():
                visit(value, f"{path}.{key}" if path else key)

    visit(document, "")


# -- shapes ----------------------------------------------------------------------------


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    seen = set()
    while (name := _ref_name(schema)) is not None and name not in seen:
        seen.add(name)
        schema = schemas[name]
    return schema


def _members(schema: dict[str, Any]) -> list[dict[str, Any]] | None:
    members = schema.get("oneOf") or schema.get("anyOf")
    return members if isinstance(members, list) else None


def _is_inline_object(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and _members(schema) is None
        and (schema.get("type") == "object" or "properties" in schema or "allOf" in schema)
    )


def _is_inline_enum(schema: Any) -> bool:
    return isinstance(schema, dict) and "$ref" not in schema and isinstance(schema.get("enum"), list)


def _hoist(document: dict[str, Any]) -> None:
    """Give inline objects and enums inside unions (and nullable inline objects) component names of their place."""
    schemas: dict[str, Any] = document["components"]["schemas"]
    added: dict[str, Any] = {}

    def name_for(base: str, taken_ok: str | None = None) -> str:
        name, index = base, 2
        while name in schemas or name in added:
            name, index = f"{base}{index}", index + 1
        return name

    def hoist_union(schema: dict[str, Any], base: str) -> None:
        types = schema.get("type")
        if isinstance(types, list) and "object" in types and "null" in types and schema.get("properties"):
            # `type: [object, null]`: a nullable object, written in place.
            inline = {k: v for k, v in schema.items() if k not in ("description", "default", "nullable")}
            inline["type"] = "object"
            name = name_for(base)
            added[name] = inline
            for key in list(schema):
                if key not in ("description", "default"):
                    del schema[key]
            schema["anyOf"] = [{"$ref": REF + name}, {"type": "null"}]
            return
        members = _members(schema)
        if members is None:
            return
        for member in members:  # an array of inline objects, as a member: its items named `<Place>Item`
            if isinstance(member, dict) and member.get("type") == "array" and _is_inline_object(member.get("items")):
                name = name_for(base + "Item")
                added[name] = member["items"]
                member["items"] = {"$ref": REF + name}
        objects = [m for m in members if _is_inline_object(m)]
        enums = [index for index, m in enumerate(members) if _is_inline_enum(m)]
        for index in enums:  # an enum written in place (`anyOf: [string, enum]`, a nullable enum)
            alone = len(enums) == 1 and not objects
            name = name_for(base if alone else f"{base}Enum{'' if len(enums) == 1 else index}")
            added[name] = members[index]
            members[index] = {"$ref": REF + name}
        for index, member in enumerate(members):
            if not _is_inline_object(member):
                continue
            if len(objects) == 1:
                suffix = ""
            else:
                tag = next(
                    (
                        v
                        for key in PREFERRED_KEYS
                        for v in _tag_values(member.get("properties", {}).get(key), schemas) or []
                    ),
                    None,
                )
                suffix = _pascal(tag) if tag else str(index)
            name = name_for(base + suffix)
            added[name] = member
            members[index] = {"$ref": REF + name}

    def walk(schema: Any, base: str) -> None:
        if not isinstance(schema, dict):
            return
        hoist_union(schema, base)
        for prop, sub in (schema.get("properties") or {}).items():
            walk(sub, base + _pascal(prop))
        if isinstance(schema.get("items"), dict):
            walk(schema["items"], base + "Item")
        if isinstance(schema.get("additionalProperties"), dict):
            walk(schema["additionalProperties"], base + "Value")
        for keyword in ("allOf", "oneOf", "anyOf"):
            for sub in schema.get(keyword) or []:
                if isinstance(sub, dict) and "$ref" not in sub:
                    walk(sub, base)

    for name in list(schemas):
        walk(schemas[name], name)
    while added:
        batch = dict(added)
        added.clear()
        schemas.update(batch)
        for name, schema in batch.items():
            walk(schema, name)


# -- unions ----------------------------------------------------------------------------


def _tag_values(schema: Any, schemas: dict[str, Any]) -> list[str] | None:
    """The values a tag property allows: its const, or its enum of strings (through $ref and allOf)."""
    if not isinstance(schema, dict):
        return None
    schema = _resolve(schema, schemas)
    if isinstance(schema.get("const"), str):
        return [schema["const"]]
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and all(isinstance(value, str) for value in enum):
        return list(enum)
    for part in schema.get("allOf") or []:
        values = _tag_values(part, schemas)
        if values:
            return values
    return None


def _flat(schema: dict[str, Any], schemas: dict[str, Any]) -> tuple[dict[str, Any], set[str], bool]:
    """An object's properties, required names and whether it is closed, with allOf parts and $refs merged."""
    schema = _resolve(schema, schemas)
    properties: dict[str, Any] = {}
    required: set[str] = set()
    closed = schema.get("additionalProperties") is False
    for part in schema.get("allOf") or []:
        part_properties, part_required, part_closed = _flat(part, schemas)
        properties.update(part_properties)
        required |= part_required
        closed = closed or part_closed
    properties.update(schema.get("properties") or {})
    required |= set(schema.get("required") or [])
    return properties, required, closed


def _leaves(members: list[dict[str, Any]], schemas: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The members of a union, nested unions flattened (as the generator flattens them)."""
    for member in members:
        resolved = _resolve(member, schemas)
        inner = _members(resolved)
        if inner is not None and not resolved.get("properties"):
            yield from _leaves(inner, schemas)
        else:
            yield member


def _is_object(schema: dict[str, Any], schemas: dict[str, Any]) -> bool:
    resolved = _resolve(schema, schemas)
    return resolved.get("type") == "object" or "properties" in resolved or "allOf" in resolved


def _analyse(
    union: dict[str, Any], where: str, catch_all_name: str, schemas: dict[str, Any], added: dict[str, Any]
) -> None:
    members = _members(union)
    assert members is not None
    objects = [m for m in _leaves(members, schemas) if _is_object(m, schemas)]
    if not objects:
        return
    discriminator = union.get("discriminator") if isinstance(union.get("discriminator"), dict) else None
    tags: list[tuple[dict[str, Any], list[str]]] = []
    if discriminator is not None:
        key = discriminator["propertyName"]
        mapping = discriminator.get("mapping") or {}
        for member in objects:
            ref = member.get("$ref")
            mapped = [tag for tag, target in mapping.items() if target == ref]
            own = _tag_values(_flat(member, schemas)[0].get(key), schemas)
            implicit = [_ref_name(member)] if _ref_name(member) and not mapping else []
            tags.append((member, mapped or own or [v for v in implicit if v]))
    else:
        counts: dict[str, int] = {}
        for member in objects:
            for prop, prop_schema in _flat(member, schemas)[0].items():
                if _tag_values(prop_schema, schemas):
                    counts[prop] = counts.get(prop, 0) + 1
        if not counts:
            return  # untagged: the runtime tries the members by shape
        rank = {k: i for i, k in enumerate(PREFERRED_KEYS)}
        key = max(counts, key=lambda k: (counts[k], -rank.get(k, len(rank)), k))
        tags = [(m, _tag_values(_flat(m, schemas)[0].get(key), schemas) or []) for m in objects]
    if key == STREAM_EVENT_KEY:
        return
    by_value: dict[str, list[dict[str, Any]]] = {}
    for member, values in tags:
        target = _resolve(member, schemas)
        if values:
            marks = target.setdefault(TAGS, {})
            marks[key] = list(dict.fromkeys([*marks.get(key, []), *values]))
        for value in values:
            by_value.setdefault(value, []).append(member)
    for value, sharing in by_value.items():
        shapes = []
        for member in sharing:
            properties, required, _ = _flat(member, schemas)
            shape = (frozenset(required), frozenset(properties))
            if shape in shapes:
                names = ", ".join(_ref_name(m) or "an inline member" for m in sharing)
                raise SpecError(
                    f"{where}: members {names} share {key} {value!r} and have the same fields, "
                    "so nothing tells them apart: give them different tags or required fields"
                )
            shapes.append(shape)
    known = list(by_value)
    if not known or any(_resolve(m, schemas).get(CATCH_ALL) for m in _leaves(members, schemas)):
        return
    if len(objects) == 1 and len(known) > 1:
        return  # one object whose tag is an enum of its own: an unknown value is an unknown enum member
    existing = schemas.get(catch_all_name)
    if existing is not None and existing.get(CATCH_ALL) != key:
        raise SpecError(f"{where}: its catch-all {catch_all_name} is already a schema of the spec")
    if existing is not None:  # the same lone member, nullable elsewhere too: one catch-all
        members.append({"$ref": REF + catch_all_name})
        return
    members.append({"$ref": REF + catch_all_name})
    schemas[catch_all_name] = _catch_all(catch_all_name[len("Unknown") :], key, known)


def _catch_all(union_name: str, key: str, known: list[str]) -> dict[str, Any]:
    listed = ", ".join(f"`{value}`" for value in known)
    return {
        "type": "object",
        "description": (
            f"{'An' if union_name[0] in 'AEIOU' else 'A'} {union_name} whose `{key}` this client does not know yet "
            f"(known: {listed}). "
            "All its fields are kept as received, in `additional_properties`, and sent back unchanged."
        ),
        "properties": {key: {"type": "string", "description": f"The unknown {key}."}},
        "required": [key],
        "additionalProperties": True,
        CATCH_ALL: key,
    }


def _inline_union_name(union: dict[str, Any], schemas: dict[str, Any], base: str) -> str:
    """`Unknown<Member>` for a lone tagged member (a nullable one), else `Unknown<Schema><Property>`."""
    refs = [_ref_name(m) for m in _members(union) or [] if _ref_name(m) and _is_object(m, schemas)]
    return f"Unknown{refs[0]}" if len(refs) == 1 else f"Unknown{base}"


def _unions(schemas: dict[str, Any]) -> None:
    added: dict[str, Any] = {}
    order = sorted(schemas, key=lambda name: 0 if _members(schemas[name]) is not None else 1)

    def walk(schema: Any, base: str, where: str, top: bool) -> None:
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        if _members(schema) is not None:
            _analyse(
                schema, where, f"Unknown{base}" if top else _inline_union_name(schema, schemas, base), schemas, added
            )
        for prop, sub in (schema.get("properties") or {}).items():
            walk(sub, base + _pascal(prop), f"{where}.properties.{prop}", False)
        if isinstance(schema.get("items"), dict):
            walk(schema["items"], base, f"{where}.items", False)
        if isinstance(schema.get("additionalProperties"), dict):
            walk(schema["additionalProperties"], base + "Value", f"{where}.additionalProperties", False)
        for keyword in ("allOf",):
            for sub in schema.get(keyword) or []:
                walk(sub, base, f"{where}.{keyword}", False)

    for name in order:
        walk(schemas[name], name, f"components.schemas.{name}", True)
    schemas.update(added)


def _resolve_recursive_refs(schemas: dict[str, Any]) -> None:
    """`$recursiveRef: "#"` (upstream's self-reference, as in CompoundFilter) as a `$ref` to its own component."""

    def visit(node: Any, name: str) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item, name)
        elif isinstance(node, dict):
            if node.get("$recursiveRef") == "#":
                del node["$recursiveRef"]
                node["$ref"] = REF + name
            node.pop("$recursiveAnchor", None)
            for value in node.values():
                visit(value, name)

    for name, schema in schemas.items():
        visit(schema, name)


def _string_enum(schema: Any, schemas: dict[str, Any]) -> list[str] | None:
    """The values of a string enum (through one $ref), or None for any other schema."""
    if not isinstance(schema, dict):
        return None
    resolved = _resolve(schema, schemas)
    enum = resolved.get("enum")
    if resolved.get("type", "string") != "string" or not isinstance(enum, list) or not enum:
        return None
    return list(enum) if all(isinstance(value, str) for value in enum) else None


def _restated(earlier: Any, later: Any, schemas: dict[str, Any]) -> Any:
    """A property a later `allOf` part defines again: the later one, but two enums of strings are one of both.

    Upstream's `*Resource` schemas restate a base's `status` through another enum
    (ComputerToolCallOutput's `in_progress|completed|incomplete`, its Resource's
    `completed|incomplete|failed`); each names values servers send, so the merged field knows
    all of them (the later part's description and its values' order after the earlier's).
    """
    earlier_values, later_values = _string_enum(earlier, schemas), _string_enum(later, schemas)
    if earlier_values is None or later_values is None or set(later_values) >= set(earlier_values):
        return later
    merged = {key: value for key, value in _resolve(later, schemas).items() if key != "enum"}
    merged.update({key: value for key, value in later.items() if key not in ("$ref", "enum")})
    merged.update({"type": "string", "enum": list(dict.fromkeys([*earlier_values, *later_values]))})
    return merged


def _flatten_all_of(schemas: dict[str, Any]) -> None:
    """Merge each `allOf` of two or more object parts into one object, a later part's property winning
    (a string enum both restate: one enum of both's values, see `_restated`).

    The generator merges them too, but refuses a property two parts both define (upstream's
    `*Resource` schemas restate `status` through another enum); a lone `allOf: [$ref]` (a
    reference with its own description) is left as it is.
    """

    def merged(schema: dict[str, Any]) -> dict[str, Any] | None:
        parts = schema.get("allOf")
        if not isinstance(parts, list) or len(parts) < 2:
            return None
        properties: dict[str, Any] = {}
        required: list[str] = []
        closed = False
        for part in parts:
            resolved = _resolve(part, schemas)
            inner = merged(resolved) or resolved
            if not (inner.get("type") == "object" or "properties" in inner):
                return None
            for name, prop in (inner.get("properties") or {}).items():
                properties[name] = _restated(properties[name], prop, schemas) if name in properties else prop
            required += [name for name in inner.get("required") or [] if name not in required]
            closed = closed or inner.get("additionalProperties") is False
        out = {key: value for key, value in schema.items() if key != "allOf"}
        out.update({"type": "object", "properties": properties})
        if required:
            out["required"] = required
        if closed and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out

    def visit(node: Any) -> Any:
        if isinstance(node, list):
            return [visit(item) for item in node]
        if not isinstance(node, dict):
            return node
        flat = merged(node)
        if flat is not None:
            node = flat
        return {key: visit(value) for key, value in node.items()}

    for name in list(schemas):
        schemas[name] = visit(schemas[name])


def _one_value_enums_as_consts(schemas: dict[str, Any]) -> None:
    """A one-value string enum marked `x-stainless-const` (upstream's way to write a constant), and any one-value
    enum of an `object` property (what kind of body it is), as the `const` it means: a Literal, as in the SDK."""

    def visit(node: Any, prop: str | None) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item, None)
            return
        if not isinstance(node, dict):
            return
        enum = node.get("enum")
        if (
            isinstance(enum, list)
            and len(enum) == 1
            and isinstance(enum[0], str)
            and node.get("type", "string") == "string"
            and (node.get("x-stainless-const") is True or prop == "object")
        ):
            node["const"] = node.pop("enum")[0]
            node["type"] = "string"
            node.pop("x-stainless-const", None)
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    visit(sub, name)
            elif key not in ("example", "examples", "default", "const", "enum"):
                visit(value, None)

    for schema in schemas.values():
        visit(schema, None)


def prepare(document: dict[str, Any], notes: list[str] | None = None) -> dict[str, Any]:
    """The document the generator reads (changed in place); what it changed that users should know of
    (a schema renamed) is appended to `notes`, one line each."""
    notes = [] if notes is None else notes
    _resolve_recursive_refs(document["components"]["schemas"])
    _one_value_enums_as_consts(document["components"]["schemas"])
    _flatten_all_of(document["components"]["schemas"])
    _move_titles(document.get("components", {}))
    _check_names(document, notes)
    schemas: dict[str, Any] = document["components"]["schemas"]
    _hoist(document)
    _unions(schemas)
    if "AssistantStreamEvent" in schemas:
        schemas["UnknownStreamEvent"] = _unknown_stream_event()
    _mark_request_schemas(document)
    _mark_union_answers(document)
    _describe_parameter_schemas(document)
    return document


def _mark_union_answers(document: dict[str, Any]) -> None:
    """Mark each 2xx answer whose JSON schema is a named union (`x-openai-client-union: <class>`): the
    endpoint template names the union's reader (emitted in models/_tables.py) as its response model."""
    schemas: dict[str, Any] = document["components"]["schemas"]
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if not isinstance(operation, dict):
                continue
            for status, answer in operation.get("responses", {}).items():
                content = answer.get("content", {}) if str(status).startswith("2") else {}
                name = _ref_name((content.get("application/json") or {}).get("schema"))
                if name is not None and _members(schemas[name]) is not None:
                    answer[UNION_ANSWER] = str(ClassName(name, ""))


def _mark_request_schemas(document: dict[str, Any]) -> None:
    """Mark every schema that a request body reaches (components and inline objects), through any depth of nesting."""
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
        if node.get("type") == "object" or "properties" in node:
            node[REQUEST] = True  # an inline object: its own class, which takes dicts too
        for key, value in node.items():
            if key not in ("example", "examples", "default", "const", "enum"):
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


def prepare_file(source: Path, destination: Path, notes: list[str] | None = None) -> dict[str, Any]:
    """Write the prepared document of `source` to `destination` and return it (its notes in `notes`)."""
    document = prepare(YAML(typ="safe", pure=True).load(source.read_text(encoding="utf-8")), notes)
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    return document


def main() -> None:
    source, destination = (Path(argument) for argument in sys.argv[1:3])
    prepare_file(source, destination)


if __name__ == "__main__":
    main()
