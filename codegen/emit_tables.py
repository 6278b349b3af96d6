"""Emit what the generator's one-file-at-a-time templates cannot see: the spec as a whole.

openapi-python-client renders each model and endpoint on its own and writes unions
inline, so the spec's named unions (`AssistantTool`, `AssistantStreamEvent`, ...) and the
table of stream events exist nowhere in its output. After it ran, this writes:

- `models/_tables.py`: each named union of the spec as a type alias; `StreamEvent`, the
  union of the events a run stream yields (every member of `AssistantStreamEvent` but the
  protocol's `done` and `error`, plus `UnknownStreamEvent`); `STREAM_EVENTS`, event
  name -> (event class, model of its data), which the stream reader looks events up in;
  and `UNION_READERS`, union name -> its `union_of(...)`, for each union an operation
  answers with (marked `x-openai-client-union` by prepare_spec), read through it by the
  runtime (`_operation.ModelRef(..., union=True)`).
- `models/__init__.py`: every generated class, and the names above.

Class names are the generator's, found in the modules it wrote: a union member or event
whose class is missing fails generation rather than emitting a table that lies.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName

PROTOCOL_EVENTS = ("done", "error")
"""Stream events that end a stream (`done`) or fail it (`error`) instead of being yielded."""
STREAM_UNION = "AssistantStreamEvent"
CATCH_ALL_EVENT = "UnknownStreamEvent"
_JSON_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
_SCALAR_CODECS = {"str": "STRING", "int": "INTEGER", "float": "NUMBER", "bool": "BOOLEAN"}
UNION_ANSWER = "x-openai-client-union"
TAGS = "x-openai-client-tags"
CATCH_ALL = "x-openai-client-catch-all"


def _ref_name(member: dict[str, Any]) -> str | None:
    """The class name of a $ref'd component: the generator's own `ClassName` of its key (titles were moved aside
    by prepare_spec, so the key alone names the class)."""
    ref = member.get("$ref", "")
    return class_name(ref.rsplit("/", 1)[1]) if ref.startswith("#/components/schemas/") else None


def class_name(component: str) -> str:
    return str(ClassName(component, ""))


def _union_members(schema: dict[str, Any]) -> list[dict[str, Any]] | None:
    members = schema.get("oneOf") or schema.get("anyOf")
    return members if isinstance(members, list) and schema.get("type") in (None, "object") else None


def named_unions(schemas: dict[str, Any]) -> dict[str, list[str]]:
    """Union name -> member spellings (class names, aliases of other unions, or scalar types).

    Only unions whose every member is a `$ref` or a bare JSON scalar type are named here; in
    dependency order, so that an alias is defined before a union that names it.
    """
    unions: dict[str, list[str]] = {}
    for key, schema in schemas.items():
        name = class_name(key)
        members = _union_members(schema)
        if not members:
            continue
        spelled = []
        for member in members:
            ref = _ref_name(member)
            if ref is not None:
                spelled.append(_spelled_component(member["$ref"].rsplit("/", 1)[1], schemas) or ref)
            elif set(member) <= {"type", "description"} and member.get("type") in _JSON_SCALARS:
                spelled.append(_JSON_SCALARS[member["type"]])
            else:
                break
        else:
            unions[name] = spelled
    ordered: dict[str, list[str]] = {}

    def visit(name: str) -> None:
        if name in ordered:
            return
        for member in unions[name]:
            for named in names_in(member):
                if named in unions:
                    visit(named)
        ordered[name] = unions[name]

    for name in unions:
        visit(name)
    return ordered


def _spelled_component(key: str, schemas: dict[str, Any]) -> str | None:
    """How a union member that is a component of no class of its own is spelled: a plain scalar
    (`type: string` with no enum) as its Python type, an array as `list[...]` of its items;
    None for a component the generator makes a class (or a union alias) of."""
    schema = schemas.get(key, {})
    kind = schema.get("type")
    if _union_members(schema) or "enum" in schema or "const" in schema:
        return None
    if kind in _JSON_SCALARS:
        return _JSON_SCALARS[kind]
    if kind == "array":
        items = schema.get("items", {})
        ref = _ref_name(items) if isinstance(items, dict) else None
        if ref is not None:
            return f"list[{_spelled_component(items['$ref'].rsplit('/', 1)[1], schemas) or ref}]"
        return "list[Any]"
    return None


def names_in(spelled: str) -> list[str]:
    """The names a member's spelling refers to: `Foo` in `Foo` and in `list[Foo]` (none in `str`, `list[Any]`)."""
    inner = spelled
    while inner.startswith("list[") and inner.endswith("]"):
        inner = inner[len("list[") : -1]
    return [] if inner in _JSON_SCALARS.values() or inner == "Any" else [inner]


def stream_events(schemas: dict[str, Any], unions: dict[str, list[str]]) -> dict[str, tuple[str, str]]:
    """Event name -> (event schema, data schema) for every event a stream yields."""
    events: dict[str, tuple[str, str]] = {}

    def leaves(name: str) -> list[str]:
        return [leaf for member in unions[name] for leaf in leaves(member)] if name in unions else [name]

    if STREAM_UNION not in unions:
        return events
    by_class = {class_name(key): schema for key, schema in schemas.items()}
    for leaf in leaves(STREAM_UNION):
        properties = by_class[leaf].get("properties", {})
        event, data = properties.get("event", {}).get("const"), _ref_name(properties.get("data", {}))
        if event in PROTOCOL_EVENTS:
            continue
        if not isinstance(event, str) or data is None:
            raise SystemExit(f"emit_tables: {leaf} has no constant `event` and `data` $ref")
        events[event] = (leaf, data)
    return events


def answered_unions(document: dict[str, Any]) -> list[str]:
    """The unions some operation answers with (prepare_spec marked those answers), sorted."""
    return sorted(
        {
            answer[UNION_ANSWER]
            for path_item in document.get("paths", {}).values()
            for operation in path_item.values()
            if isinstance(operation, dict)
            for answer in operation.get("responses", {}).values()
            if isinstance(answer, dict) and UNION_ANSWER in answer
        }
    )


def union_reader(name: str, unions: dict[str, list[str]], schemas: dict[str, Any]) -> str:
    """`union_of(...)` for the union `name`, from the tags prepare_spec left on its members (as the
    model template writes a union field: the catch-all's key, else the first tagged member's)."""
    by_class = {class_name(key): schema for key, schema in schemas.items()}

    def leaves(member: str) -> list[str]:
        return [leaf for inner in unions[member] for leaf in leaves(inner)] if member in unions else [member]

    members = list(dict.fromkeys(leaf for leaf in leaves(name) if leaf != "None"))
    models = [member for member in members if member not in _SCALAR_CODECS]
    marks = {member: by_class[member] for member in models}
    key = next((str(m[CATCH_ALL]) for m in marks.values() if m.get(CATCH_ALL)), None)
    if key is None:
        key = next((str(tag) for m in marks.values() for tag in m.get(TAGS, {})), None)
    tags: dict[str, list[str]] = {}
    shapes: list[str] = []
    fallback = None
    for member, schema in marks.items():
        values = schema.get(TAGS, {}).get(key, []) if key else []
        if schema.get(CATCH_ALL):
            fallback = member
        elif values:
            for value in values:
                tags.setdefault(value, []).append(member)
        else:
            shapes.append(member)
    spelled = ", ".join(
        f"{json.dumps(value)}: {group[0] if len(group) == 1 else '(' + ', '.join(group) + ')'}"
        for value, group in tags.items()
    )
    parts = [json.dumps(key) if key else "None", "{" + spelled + "}"]
    if shapes:
        parts.append(f"shapes=({', '.join(shapes)},)")
    if fallback:
        parts.append(f"fallback={fallback}")
    others = [_SCALAR_CODECS[member] for member in members if member in _SCALAR_CODECS]
    if others:
        parts.append(f"others=({', '.join(others)},)")
    return f"union_of({', '.join(parts)})"


def _reader_imports(readers: dict[str, str]) -> list[str]:
    used = {codec for codec in _SCALAR_CODECS.values() if any(f"{codec}," in reader for reader in readers.values())}
    return [*sorted(used), "UnionOf", "union_of"]


def generated_classes(models: Path) -> dict[str, str]:
    """Public name -> module name, for every top-level class and type alias the generator wrote."""
    classes = {}
    for module in sorted(models.glob("*.py")):
        if module.name.startswith("_"):
            continue
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                classes[node.name] = module.stem
            elif (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and ast.unparse(node.annotation) == "TypeAlias"
            ):
                classes[node.target.id] = module.stem
    return classes


def _tables_module(
    unions: dict[str, list[str]],
    events: dict[str, tuple[str, str]],
    classes: dict[str, str],
    readers: dict[str, str],
) -> tuple[str, list[str]]:
    streams = STREAM_UNION in unions
    used = sorted(
        {named for members in unions.values() for member in members for named in names_in(member)}
        | {name for pair in events.values() for name in pair}
        | ({CATCH_ALL_EVENT} if streams else set())
    )
    missing = [name for name in used if name not in classes and name not in unions]
    if missing:
        raise SystemExit(f"emit_tables: no generated class for {', '.join(missing)}")
    used = [name for name in used if name in classes]
    yielded = [member for member in unions.get(STREAM_UNION, []) if member in unions] + [CATCH_ALL_EVENT]
    lines = [
        '"""The spec\'s named unions and the table of stream events (written by codegen/emit_tables.py)."""',
        "",
        "from collections.abc import Callable, Mapping",
        "from typing import Any, Final, TypeAlias",
        "",
        "from .._model import Model",
        *([f"from .._fields import {', '.join(_reader_imports(readers))}"] if readers else []),
        *(f"from .{classes[name]} import {name}" for name in used),
        "",
    ]
    for name, members in unions.items():
        lines.append(f"{name}: TypeAlias = {' | '.join(members)}")
    lines += [
        "",
        f"StreamEvent: TypeAlias = {' | '.join(yielded) if streams else 'Any'}",
        '"""What a run stream yields: every event of the spec but `done` and `error`, or an event',
        'this client does not know yet (UnknownStreamEvent)."""',
        "",
        "STREAM_EVENTS: Final[Mapping[str, tuple[type[StreamEvent], type[Model]]]] = {",
        *(f'    "{event}": ({cls}, {data}),' for event, (cls, data) in events.items()),
        "}",
        '"""Event name -> (event class, model of the event\'s data)."""',
        "",
        *(
            [
                "UNION_READERS: Final[Mapping[str, UnionOf]] = {",
                *(f'    "{name}": {reader},' for name, reader in readers.items()),
                "}",
                '"""Union name -> what an answer of that schema is read with (see `_operation.ModelRef`)."""',
                "",
            ]
            if readers
            else []
        ),
        "__all__ = [",
        *(f'    "{name}",' for name in sorted([*unions, "STREAM_EVENTS", "StreamEvent"])),
        "]",
        "",
    ]
    return "\n".join(lines), [*unions, "STREAM_EVENTS", "StreamEvent"]


def _init_module(classes: dict[str, str], table_names: list[str]) -> str:
    """`models/__init__.py`: every name, imported for type checkers and, at run time, on first use.

    A model module imports the models it refers to itself, so importing the package imports
    none: `from openai_client.models import RunObject` loads `run_object.py` and what it reaches,
    not every model of the spec (which a spec with a few upstream sections makes hundreds).
    """
    modules = {**classes, **{name: "_tables" for name in table_names}}
    lines = ['"""Every model and enum of the spec, and its named unions (each imported on first use)."""', ""]
    lines += ["import importlib", "from typing import TYPE_CHECKING, Any", "", "if TYPE_CHECKING:"]
    lines += [f"    from .{module} import {name}" for name, module in sorted(classes.items(), key=lambda item: item[1])]
    lines += [f"    from ._tables import {', '.join(sorted(table_names))}"] if table_names else []
    lines += ["", "_MODULES = {"]
    lines += [f'    "{name}": "{module}",' for name, module in sorted(modules.items())]
    lines += ["}", "", "__all__ = ("]
    lines += [f'    "{name}",' for name in sorted(modules)]
    lines += [")", ""]
    lines += [
        "",
        "def __getattr__(name: str) -> Any:",
        "    module = _MODULES.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(importlib.import_module(f".{module}", __name__), name)',
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return [*globals(), *__all__]",
        "",
    ]
    return "\n".join(lines)


def emit_tables(document: dict[str, Any], models: Path) -> None:
    """Write models/_tables.py and models/__init__.py for the generated models in `models`."""
    schemas: dict[str, Any] = document["components"]["schemas"]
    unions = named_unions(schemas)
    classes = generated_classes(models)
    answered = answered_unions(document)
    missing = [name for name in answered if name not in unions]
    if missing:
        raise SystemExit(f"emit_tables: the answer union {', '.join(missing)} has a member neither a $ref nor a scalar")
    readers = {name: union_reader(name, unions, schemas) for name in answered}
    tables, table_names = _tables_module(unions, stream_events(schemas, unions), classes, readers)
    (models / "_tables.py").write_text(tables, encoding="utf-8")
    (models / "__init__.py").write_text(_init_module(classes, table_names), encoding="utf-8")
