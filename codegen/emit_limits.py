"""Emit `api/_limits.py`: every limit the spec puts on what a request carries, as one table.

The limits (`maxLength`, `minLength`, `pattern`, `enum`, `maximum`, `minimum`, `maxItems`,
`minItems`, `maxProperties`) are facts of the spec the generated models do not check: this
writes them down once, for the client (checked before sending) and for the local server
(checked as the API checks them), so neither lists them by hand.

    REQUEST_LIMITS["CreateRunRequest"] == (
        (("temperature",), {"maximum": 2, "minimum": 0}),
        (("metadata",), {"maxProperties": 16}),
        (("metadata", "*"), {"maxLength": 512}),      # each value of a map
        (("metadata", "~"), {"maxLength": 64}),       # each key of a map (propertyNames)
        (("tools", "[]", "function", "name"), {...}), # each item of an array
        ...
    )

A path names where in the body a limit applies: property names, `[]` for each item of an
array, `*` for each value and `~` for each key of a map. Where a value may take one of
several shapes (`anyOf`/`oneOf`), a limit is kept only as loose as every shape of the same
JSON type allows (a string limit of one branch does not bind another branch's strings; an
untyped branch frees the value of all limits). `PARAMETER_LIMITS` holds the same for each
operation's query and path parameters, by operationId and parameter name.
"""

from __future__ import annotations

import pprint
from pathlib import Path
from typing import Any

StrPath = tuple[str, ...]
Facet = tuple[str | None, dict[str, Any]]
"""What one shape of the spec says of a value at a path: its JSON type (None: any) and its limits."""

ITEM, VALUE, KEY = "[]", "*", "~"
_KINDS: dict[str, frozenset[str | None]] = {
    "maxLength": frozenset({"string"}),
    "minLength": frozenset({"string"}),
    "pattern": frozenset({"string"}),
    "maximum": frozenset({"number", "integer"}),
    "minimum": frozenset({"number", "integer"}),
    "maxItems": frozenset({"array"}),
    "minItems": frozenset({"array"}),
    "maxProperties": frozenset({"object"}),
}
ENUM = "enum"
_LOOSEST = {"maxLength": max, "maxItems": max, "maxProperties": max, "maximum": max}
_LOOSEST |= {"minLength": min, "minItems": min, "minimum": min}


def _ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref", "")
    return ref.rsplit("/", 1)[1] if isinstance(ref, str) and ref.startswith("#/components/schemas/") else None


def _json_types(schema: dict[str, Any]) -> list[str | None]:
    """The JSON types a schema allows (null left out); [None] when it does not say."""
    declared = schema.get("type")
    if isinstance(declared, list):
        types = [kind for kind in declared if kind != "null"]
        return list(types) or [None]
    if isinstance(declared, str):
        return [declared]
    if isinstance(schema.get(ENUM), list):
        kinds = {"string" if isinstance(value, str) else None for value in schema[ENUM] if value is not None}
        return [kinds.pop()] if len(kinds) == 1 else [None]
    if "properties" in schema or "additionalProperties" in schema:
        return ["object"]
    if "items" in schema:
        return ["array"]
    return [None]


class _Walk:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas

    def facets(self, schema: Any, path: StrPath, refs: tuple[str, ...] = ()) -> dict[StrPath, list[Facet]]:
        """Every path reachable from `schema` at `path`, with what each shape says there."""
        found: dict[StrPath, list[Facet]] = {}
        if not isinstance(schema, dict):
            return found
        name = _ref_name(schema)
        if name is not None:
            if name in refs:  # a recursive shape: its limits are listed once, where it first appears
                return found
            return self.facets(self.schemas.get(name, {}), path, (*refs, name))
        members = schema.get("anyOf") or schema.get("oneOf")
        if isinstance(members, list):
            for member in members:
                if isinstance(member, dict) and (member.get("type") == "null" or member.get(ENUM) == [None]):
                    continue
                _merge_into(found, self.facets(member, path, refs))
            return found
        limits = {key: schema[key] for key in (*_KINDS, ENUM) if key in schema}
        if ENUM in limits:
            limits[ENUM] = [value for value in limits[ENUM] if value is not None]
        found[path] = [(kind, limits) for kind in _json_types(schema)]
        for key, sub in (schema.get("properties") or {}).items():
            _merge_into(found, self.facets(sub, (*path, key), refs))
        if isinstance(schema.get("items"), dict):
            _merge_into(found, self.facets(schema["items"], (*path, ITEM), refs))
        if isinstance(schema.get("additionalProperties"), dict):
            _merge_into(found, self.facets(schema["additionalProperties"], (*path, VALUE), refs))
        if isinstance(schema.get("propertyNames"), dict):
            _merge_into(found, self.facets({"type": "string", **schema["propertyNames"]}, (*path, KEY), refs))
        return found


def _merge_into(found: dict[StrPath, list[Facet]], more: dict[StrPath, list[Facet]]) -> None:
    for path, facets in more.items():
        found.setdefault(path, []).extend(facets)


def binding(facets: list[Facet]) -> dict[str, Any]:
    """The limits every shape at one path agrees on, as loose as the loosest of them."""
    limits: dict[str, Any] = {}
    for key in (*_KINDS, ENUM):
        kinds: frozenset[str | None] = _KINDS.get(key) or frozenset(kind for kind, found in facets if ENUM in found)
        relevant = [found for kind, found in facets if kind is None or None in kinds or kind in kinds]
        if not relevant or any(key not in found for found in relevant):
            continue
        values = [found[key] for found in relevant]
        if key == ENUM:
            limits[key] = list(dict.fromkeys(value for listed in values for value in listed))
        elif key == "pattern":
            if len(set(values)) == 1:
                limits[key] = values[0]
        else:
            limits[key] = _LOOSEST[key](values)
    numeric = [kind for kind, _ in facets if kind in ("number", "integer", None)]
    if ("maximum" in limits or "minimum" in limits) and set(numeric) == {"integer"}:
        limits["type"] = "integer"  # the API words a limit on an integer otherwise than on a number
    return limits


def limits_of(schema: Any, schemas: dict[str, Any]) -> list[tuple[StrPath, dict[str, Any]]]:
    """The limits `schema` puts on a value, by path, in a stable order."""
    facets = _Walk(schemas).facets(schema, ())
    table = [(path, binding(found)) for path, found in facets.items()]
    return sorted(((path, limits) for path, limits in table if limits), key=lambda entry: entry[0])


def request_limits(document: dict[str, Any]) -> dict[str, list[tuple[StrPath, dict[str, Any]]]]:
    """Request body schema name -> its limits, for every JSON request body the operations take."""
    schemas = document.get("components", {}).get("schemas", {})
    tables: dict[str, list[tuple[StrPath, dict[str, Any]]]] = {}
    for operation in _operations(document):
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        name = _ref_name(body) if isinstance(body, dict) else None
        if name is not None and name not in tables:
            tables[name] = limits_of(body, schemas)
    return dict(sorted(tables.items()))


def parameter_limits(document: dict[str, Any]) -> dict[str, dict[str, list[tuple[StrPath, dict[str, Any]]]]]:
    """operationId -> parameter name -> its limits (a query array's items under `[]`)."""
    components = document.get("components", {})
    schemas = components.get("schemas", {})
    tables: dict[str, dict[str, list[tuple[StrPath, dict[str, Any]]]]] = {}
    for path_item, operation in _operations_with_paths(document):
        for parameter in [*path_item.get("parameters", []), *operation.get("parameters", [])]:
            ref = parameter.get("$ref", "")
            if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
                parameter = components.get("parameters", {}).get(ref.rsplit("/", 1)[1], {})
            limits = limits_of(parameter.get("schema", {}), schemas)
            if limits:
                tables.setdefault(operation["operationId"], {})[parameter["name"]] = limits
    return dict(sorted(tables.items()))


def _operations_with_paths(document: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    found = []
    for path_item in (document.get("paths") or {}).values():
        for method in ("get", "put", "post", "delete", "patch"):
            operation = path_item.get(method)
            if isinstance(operation, dict) and "operationId" in operation:
                found.append((path_item, operation))
    return found


def _operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [operation for _, operation in _operations_with_paths(document)]


_HEADER = '''"""The spec's limits on what requests carry (written by codegen/emit_limits.py).

A path names where a limit applies: property names, `[]` for each item of an array, `*` for
each value and `~` for each key of a map. `openai_client._limits.check_limits` reads them.
"""

from collections.abc import Mapping
from typing import Any, Final

LimitTable = tuple[tuple[tuple[str, ...], Mapping[str, Any]], ...]

'''


def _table(entries: list[tuple[StrPath, dict[str, Any]]]) -> tuple[tuple[StrPath, dict[str, Any]], ...]:
    return tuple((path, dict(sorted(limits.items()))) for path, limits in entries)


def limits_module(document: dict[str, Any]) -> str:
    bodies = {name: _table(entries) for name, entries in request_limits(document).items()}
    parameters = {
        operation: {name: _table(entries) for name, entries in sorted(by_name.items())}
        for operation, by_name in parameter_limits(document).items()
    }
    return (
        _HEADER
        + "REQUEST_LIMITS: Final[Mapping[str, LimitTable]] = "
        + pprint.pformat(bodies, width=110, sort_dicts=False)
        + '\n"""Request body schema (its model\'s class name) -> the limits on it."""\n\n'
        + "PARAMETER_LIMITS: Final[Mapping[str, Mapping[str, LimitTable]]] = "
        + pprint.pformat(parameters, width=110, sort_dicts=False)
        + '\n"""operationId -> parameter name -> the limits on it."""\n'
    )


def emit_limits(document: dict[str, Any], api: Path) -> None:
    """Write `_limits.py` into the generated `api/` package."""
    (api / "_limits.py").write_text(limits_module(document), encoding="utf-8")
