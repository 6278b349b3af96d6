"""Find the mistakes in an OpenAPI document that a generator turns into a traceback or wrong code.

    python codegen/validate_spec.py openapi.yaml     # one line per problem; exit 1 on an error

`make generate` runs this before the generator: a `$ref` to a schema that does not exist
otherwise ends in a hundred lines of Jinja traceback that name neither the ref nor where it
is, and a misspelt type name (`strng`) in a field that is then silently typed `Any`. Each
problem here is one line that starts with where it is in the document, as a dotted path:

    components.schemas.RunObject.properties.billing: $ref '#/components/schemas/RunBiling' does not exist

Errors (generation stops): a `$ref` that does not resolve, or that names the wrong kind of
thing (a schema where a parameter belongs); a `type` that is not a JSON Schema type, or an
enum value not of its type; an operationId used twice; a path parameter the path template
names but no parameter declares; a discriminator mapping to a schema that does not exist;
a `$recursiveRef` other than `'#'` in a component schema (prepare_spec.py reads that one as
the `$ref` to the component).

Warnings (shown, generation goes on): a parameter without a description, whose argument
the endpoint's docstring then cannot explain.

The walk knows where schemas are (properties, items, allOf, ...), so the data inside
`example`, `default`, `enum` or `x-` extensions is never mistaken for a schema.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

JSON_TYPES = ("string", "number", "integer", "boolean", "array", "object", "null")
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONE = (
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedProperties",
    "unevaluatedItems",
    "additionalItems",
)
_REF_KINDS = {
    "schema": "#/components/schemas/",
    "parameter": "#/components/parameters/",
    "response": "#/components/responses/",
    "request body": "#/components/requestBodies/",
    "header": "#/components/headers/",
}


@dataclass(frozen=True)
class Problem:
    """One mistake in the document: where it is (a dotted path) and what is wrong."""

    where: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{'warning: ' if self.warning else ''}{self.where}: {self.message}"


class _Walk:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, ref: str) -> Any:
        """The node `ref` points at, or None when it points at nothing."""
        if not ref.startswith("#/"):
            return None
        node: Any = self.document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
        return node

    def ref(self, node: dict[str, Any], where: str, kind: str) -> Iterator[Problem]:
        """Problems of the `$ref` of `node`, which stands where a `kind` belongs."""
        ref = node["$ref"]
        if not isinstance(ref, str):
            yield Problem(where, f"$ref must be a string, not {type(ref).__name__}")
        elif not ref.startswith("#/"):
            yield Problem(where, f"$ref '{ref}' points outside this document; only local refs ('#/...') are supported")
        elif self.resolve(ref) is None:
            yield Problem(where, f"$ref '{ref}' does not exist")
        elif not ref.startswith(_REF_KINDS[kind]):
            yield Problem(where, f"$ref '{ref}' is not a {kind} (a {kind} $ref starts with '{_REF_KINDS[kind]}')")

    def schema(self, node: Any, where: str) -> Iterator[Problem]:
        if isinstance(node, bool):
            return
        if not isinstance(node, dict):
            yield Problem(where, f"a schema must be a mapping, not {type(node).__name__}")
            return
        if "$ref" in node:
            yield from self.ref(node, where, "schema")
        if "$recursiveRef" in node and (node["$recursiveRef"] != "#" or not where.startswith("components.schemas.")):
            yield Problem(
                where, "$recursiveRef is supported only as '#' inside a component schema (the component itself)"
            )
        yield from _type_problems(node, where)
        for keyword in _SCHEMA_MAPS:
            children = node.get(keyword)
            if isinstance(children, dict):
                for name, child in children.items():
                    yield from self.schema(child, f"{where}.{keyword}.{name}")
        for keyword in _SCHEMA_LISTS:
            children = node.get(keyword)
            if isinstance(children, list):
                for index, child in enumerate(children):
                    yield from self.schema(child, f"{where}.{keyword}[{index}]")
            elif children is not None:
                yield Problem(f"{where}.{keyword}", f"must be a list of schemas, not {type(children).__name__}")
        for keyword in _SCHEMA_ONE:
            child = node.get(keyword)
            if isinstance(child, list) and keyword == "items":
                for index, item in enumerate(child):
                    yield from self.schema(item, f"{where}.items[{index}]")
            elif child is not None:
                yield from self.schema(child, f"{where}.{keyword}")
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict):
            for tag, target in (discriminator.get("mapping") or {}).items():
                if not isinstance(target, str) or self.resolve(target) is None:
                    yield Problem(f"{where}.discriminator.mapping.{tag}", f"'{target}' does not exist")

    def content(self, node: Any, where: str) -> Iterator[Problem]:
        if isinstance(node, dict):
            for media_type, media in node.items():
                if isinstance(media, dict) and "schema" in media:
                    yield from self.schema(media["schema"], f"{where}.{media_type}.schema")

    def parameter(self, node: Any, where: str) -> Iterator[Problem]:
        if not isinstance(node, dict):
            yield Problem(where, "a parameter must be a mapping")
            return
        if "$ref" in node:
            yield from self.ref(node, where, "parameter")
            return
        if "schema" in node:
            yield from self.schema(node["schema"], f"{where}.schema")
        yield from self.content(node.get("content"), f"{where}.content")
        if not str(node.get("description") or "").strip():
            name = node.get("name", "?")
            explain = f"parameter '{name}' has no description: the endpoint's docstring cannot explain it"
            yield Problem(where, explain, warning=True)

    def request_body(self, node: Any, where: str) -> Iterator[Problem]:
        if isinstance(node, dict):
            if "$ref" in node:
                yield from self.ref(node, where, "request body")
            else:
                yield from self.content(node.get("content"), f"{where}.content")

    def response(self, node: Any, where: str) -> Iterator[Problem]:
        if not isinstance(node, dict):
            return
        if "$ref" in node:
            yield from self.ref(node, where, "response")
            return
        yield from self.content(node.get("content"), f"{where}.content")
        for name, header in (node.get("headers") or {}).items():
            if isinstance(header, dict) and "$ref" in header:
                yield from self.ref(header, f"{where}.headers.{name}", "header")
            elif isinstance(header, dict) and "schema" in header:
                yield from self.schema(header["schema"], f"{where}.headers.{name}.schema")

    def operation(self, path: str, method: str, node: dict[str, Any], shared: list[Any]) -> Iterator[Problem]:
        where = f"paths.{path}.{method}"
        parameters = node.get("parameters") or []
        for index, parameter in enumerate(parameters):
            yield from self.parameter(parameter, f"{where}.parameters[{index}]")
        if "requestBody" in node:
            yield from self.request_body(node["requestBody"], f"{where}.requestBody")
        for status, response in (node.get("responses") or {}).items():
            yield from self.response(response, f"{where}.responses.{status}")
        declared = set()
        for parameter in [*shared, *parameters]:
            if isinstance(parameter, dict) and "$ref" in parameter:
                parameter = self.resolve(str(parameter["$ref"]))
                if parameter is None:
                    return  # that $ref is the mistake to fix; no second line about what it would declare
            if isinstance(parameter, dict) and parameter.get("in") == "path":
                declared.add(parameter.get("name"))
        for name in re.findall(r"\{([^}]+)\}", path):
            if name not in declared:
                yield Problem(where, f"path parameter '{name}' is in the path but no parameter declares it")

    def document_problems(self) -> Iterator[Problem]:
        components = self.document.get("components") or {}
        walkers = {
            "schemas": self.schema,
            "parameters": self.parameter,
            "responses": self.response,
            "requestBodies": self.request_body,
        }
        for section, walker in walkers.items():
            for name, node in (components.get(section) or {}).items():
                yield from walker(node, f"components.{section}.{name}")
        seen: dict[str, str] = {}
        for path, item in (self.document.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            shared = item.get("parameters") or []
            for index, parameter in enumerate(shared):
                yield from self.parameter(parameter, f"paths.{path}.parameters[{index}]")
            for method in METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict):
                    continue
                yield from self.operation(path, method, operation, shared)
                operation_id = operation.get("operationId")
                if isinstance(operation_id, str):
                    where = f"paths.{path}.{method}.operationId"
                    if operation_id in seen:
                        yield Problem(where, f"'{operation_id}' is already the operationId of {seen[operation_id]}")
                    else:
                        seen[operation_id] = f"paths.{path}.{method}"


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _type_problems(node: dict[str, Any], where: str) -> Iterator[Problem]:
    if "type" not in node:
        return
    names = node["type"] if isinstance(node["type"], list) else [node["type"]]
    for name in names:
        if name in JSON_TYPES:
            continue
        close = difflib.get_close_matches(str(name), JSON_TYPES, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        yield Problem(where, f"type '{name}' is not a JSON Schema type{hint}; one of {', '.join(JSON_TYPES)}")
    allowed = tuple(kind for name in names for kind in _PYTHON_TYPES.get(name, ()))
    if "null" in names or not allowed or not isinstance(node.get("enum"), list):
        return
    for value in node["enum"]:
        wrong_bool = isinstance(value, bool) and bool not in allowed
        if value is not None and (wrong_bool or not isinstance(value, allowed)):
            yield Problem(where, f"enum value {value!r} is not of its type {'/'.join(names)}")


def validate(document: Any) -> list[Problem]:
    """Every problem of `document`, errors and warnings, in document order."""
    if not isinstance(document, dict) or "openapi" not in document:
        return [Problem("(document)", "not an OpenAPI document (no `openapi` version)")]
    if not isinstance(document.get("paths", {}), dict):
        return [Problem("paths", "must be a mapping of paths to operations")]
    return list(_Walk(document).document_problems())


def load(path: Path) -> Any:
    """The document at `path` (YAML or JSON), or SystemExit with one line saying why not."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SystemExit(f"cannot read {path}: {error.strerror or error}") from None
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise SystemExit(f"{path} is not valid YAML{at}: {problem}") from None


def report(problems: list[Problem], spec: Path, stream: Any = sys.stderr) -> bool:
    """Print each problem as one line; True when none is an error."""
    for problem in problems:
        stream.write(f"{problem}\n")
    return not any(not problem.warning for problem in problems)


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if len(arguments) != 1:
        sys.stderr.write("usage: python codegen/validate_spec.py openapi.yaml\n")
        return 2
    spec = Path(arguments[0])
    return 0 if report(validate(load(spec)), spec) else 1


if __name__ == "__main__":
    raise SystemExit(main())
