"""Take a section of upstream's OpenAPI document as upstream writes it: operations and every component they reach.

    python codegen/take_section.py UPSTREAM.yaml --path /vector_stores/{vector_store_id}/files -o section.yaml
    python codegen/take_section.py UPSTREAM.yaml --tag "Vector stores" --into openapi.yaml

A section is the operations under a path prefix (`--path`, whole path segments: the prefix
itself and the paths below it) or with a tag (`--tag`), with every component they reach
through `$ref`s (schemas, parameters, responses, request bodies), followed to the end.
Nothing is restated: each node is upstream's, in upstream's order.

`-o FILE` writes the section as a YAML fragment (`paths` and `components`). `--into SPEC`
adds it to SPEC, keeping SPEC's own text and comments. A path SPEC already has is an error.
A component SPEC already has is kept as SPEC writes it when it means the same (compared as
`make spec-drift` compares: forms do not count), and listed; a schema of the same name
that means something else comes in under another name (the section's tag before it, as
`VectorStoresStaticChunkingStrategy`), with the section's `$ref`s to it, and is listed:
keeping ours would give upstream's fields the wrong shape. Nothing is written unless the
whole section goes in.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from spec_drift import Differ, Meaning

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
COMPONENT_SECTIONS = ("schemas", "parameters", "responses", "requestBodies", "headers")


class SectionError(Exception):
    """A section that cannot be taken or added: the message names why, in one line."""


def _under(path: str, prefix: str) -> bool:
    prefix = prefix.rstrip("/")
    return path == prefix or path.startswith(prefix + "/")


def select_paths(document: dict[str, Any], prefixes: Iterable[str], tags: Iterable[str]) -> dict[str, Any]:
    """The path items of the section: whole items under a prefix, and operations that carry a tag."""
    prefixes, tags = list(prefixes), set(tags)
    selected: dict[str, Any] = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        if any(_under(path, prefix) for prefix in prefixes):
            selected[path] = copy.deepcopy(item)
            continue
        tagged = {
            method: operation
            for method, operation in item.items()
            if method in METHODS and isinstance(operation, dict) and tags & set(operation.get("tags") or [])
        }
        if tagged:
            shared = {key: value for key, value in item.items() if key not in METHODS}
            selected[path] = copy.deepcopy({**shared, **tagged})
    if not selected:
        wanted = ", ".join([*prefixes, *(f"tag {tag!r}" for tag in sorted(tags))])
        raise SectionError(f"no operation of the document is under {wanted}")
    return selected


def _refs(node: Any) -> Iterator[str]:
    """Every local reference in `node`: `$ref`s, and the schemas a discriminator's mapping names."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            elif key == "discriminator" and isinstance(value, dict):
                yield from (target for target in (value.get("mapping") or {}).values() if isinstance(target, str))
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def reached_components(document: dict[str, Any], paths: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every component `paths` reaches, through any depth of references, by section and in upstream's order."""
    components = document.get("components") or {}
    reached: set[tuple[str, str]] = set()
    pending = list(_refs(paths))
    while pending:
        ref = pending.pop()
        parts = ref.split("/")
        if len(parts) != 4 or parts[:2] != ["#", "components"]:
            raise SectionError(f"cannot follow $ref {ref!r}: only refs to '#/components/<section>/<name>' are taken")
        section, name = parts[2], parts[3]
        if name not in (components.get(section) or {}):
            raise SectionError(f"$ref {ref!r} does not exist in the document")
        if (section, name) not in reached:
            reached.add((section, name))
            pending.extend(_refs(components[section][name]))
    return {
        section: {name: copy.deepcopy(node) for name, node in components[section].items() if (section, name) in reached}
        for section in components
        if any(reached_section == section for reached_section, _ in reached)
    }


def take(document: dict[str, Any], prefixes: Iterable[str] = (), tags: Iterable[str] = ()) -> dict[str, Any]:
    """The section as a fragment: `{"paths": ..., "components": ...}`."""
    paths = select_paths(document, prefixes, tags)
    return {"paths": paths, "components": reached_components(document, paths)}


def add_to(spec_path: Path, fragment: dict[str, Any]) -> list[str]:
    """Add `fragment` to the document at `spec_path`, in place; what it did beside adding, one line each.

    The spec's text is kept as it is, comments and layout included: new path items go at
    the end of `paths:`, new components at the end of their `components:` section, as YAML
    blocks of their own. The result is read back and must equal the merge, or nothing is written.

    A component the spec already has is kept as the spec writes it when it means the same
    (compared as `make spec-drift` compares). A schema of the same name that means something
    else is upstream's under another name (the section's tag before it), with every `$ref` of
    the section to it: component names are no fact of the API, shapes are.
    """
    text = spec_path.read_text(encoding="utf-8")
    spec = yaml.safe_load(text)
    paths, components = spec.get("paths") or {}, spec.get("components") or {}
    new_paths: dict[str, Any] = {}
    for path in fragment["paths"]:
        if path in paths:
            raise SectionError(f"paths.{path}: {spec_path} already has this path")
    notes: list[str] = []
    ours_schemas = components.get("schemas") or {}
    taken: set[str] = set(ours_schemas) | set(fragment["components"].get("schemas", {}))
    renames: dict[str, str] = {}
    for name, node in fragment["components"].get("schemas", {}).items():
        if name in ours_schemas and ours_schemas[name] != node:
            differences = _schema_differences(spec, fragment, name)
            if differences:
                renames[name] = _free_name(_section_prefix(fragment) + name, taken)
                taken.add(renames[name])
                shown = "; ".join(differences[:2]) + ("; ..." if len(differences) > 2 else "")
                notes.append(
                    f"renamed upstream's components.schemas.{name} to {renames[name]}: {spec_path} has a schema"
                    f" of that name that means something else ({shown})"
                )
    fragment = _renamed(fragment, renames)
    new_paths = dict(fragment["paths"])
    new_components: dict[str, dict[str, Any]] = {}
    for section, nodes in fragment["components"].items():
        ours = components.get(section) or {}
        for name, node in nodes.items():
            if name not in ours:
                new_components.setdefault(section, {})[name] = node
            elif ours[name] != node:
                notes.append(
                    f"kept as {spec_path} writes it (the same meaning in another form): components.{section}.{name}"
                )
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    lines = _append_block(lines, ["paths"], new_paths)
    for section, nodes in new_components.items():
        lines = _append_block(lines, ["components", section], nodes)
    merged = "".join(lines)
    expected = copy.deepcopy(spec)
    expected.setdefault("paths", {}).update(new_paths)
    for section, nodes in new_components.items():
        expected.setdefault("components", {}).setdefault(section, {}).update(nodes)
    if yaml.safe_load(merged) != expected:
        raise SectionError(f"could not add the section to {spec_path} as text (its layout is unusual); nothing written")
    spec_path.write_text(merged, encoding="utf-8")
    return notes


def _section_prefix(fragment: dict[str, Any]) -> str:
    """The section's first tag (or first path segment) in PascalCase: `Vector stores` -> `VectorStores`."""
    for item in fragment["paths"].values():
        for method, operation in item.items():
            if method in METHODS and isinstance(operation, dict) and operation.get("tags"):
                return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", operation["tags"][0]))
    first = next(iter(fragment["paths"])).strip("/").split("/", 1)[0]
    return "".join(word.capitalize() for word in re.split(r"[^A-Za-z0-9]+", first))


def _free_name(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    return next(f"{name}{index}" for index in range(2, 1000) if f"{name}{index}" not in taken)


def _renamed(fragment: dict[str, Any], renames: dict[str, str]) -> dict[str, Any]:
    """`fragment` with the schemas in `renames` under their new names, and every reference to them."""
    if not renames:
        return fragment
    refs = {f"#/components/schemas/{old}": f"#/components/schemas/{new}" for old, new in renames.items()}

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            result = {key: rewrite(value) for key, value in node.items()}
            if isinstance(result.get("$ref"), str):
                result["$ref"] = refs.get(result["$ref"], result["$ref"])
            mapping = (
                (result.get("discriminator") or {}).get("mapping")
                if isinstance(result.get("discriminator"), dict)
                else None
            )
            if isinstance(mapping, dict):
                result["discriminator"]["mapping"] = {tag: refs.get(target, target) for tag, target in mapping.items()}
            return result
        if isinstance(node, list):
            return [rewrite(value) for value in node]
        return node

    rewritten: dict[str, Any] = rewrite(fragment)
    schemas = rewritten["components"].get("schemas", {})
    rewritten["components"]["schemas"] = {renames.get(name, name): node for name, node in schemas.items()}
    return rewritten


def _schema_differences(spec: dict[str, Any], fragment: dict[str, Any], name: str) -> list[str]:
    """How upstream's schema `name` differs in meaning from the spec's of that name ([] if only in form)."""
    reference = {"$ref": f"#/components/schemas/{name}"}
    ours, theirs = Meaning(spec), Meaning(fragment)
    return list(dict.fromkeys(Differ().diff(ours.shape(reference), theirs.shape(reference), name)))


def _append_block(lines: list[str], keys: list[str], nodes: dict[str, Any]) -> list[str]:
    """`lines` with `nodes` added at the end of the block mapping at `keys`, which is made if missing."""
    if not nodes:
        return lines
    start, end, indent = 0, len(lines), 0
    for depth, key in enumerate(keys):
        found = _find_key(lines, key, indent, start, end)
        if found is None:
            missing: Any = nodes
            for outer in reversed(keys[depth:]):
                missing = {outer: missing}
            return [*lines[:end], *_indented(_dump(missing), indent), *lines[end:]]
        start, end = found, _block_end(lines, found, indent)
        indent += 2
    return [*lines[:end], *_indented(_dump(nodes), indent), *lines[end:]]


def _dump(node: Any) -> str:
    return yaml.safe_dump(node, sort_keys=False, allow_unicode=True, width=100)


def _find_key(lines: list[str], key: str, indent: int, start: int, end: int) -> int | None:
    prefix = " " * indent + f"{key}:"
    for index in range(start, end):
        if lines[index].startswith(prefix):
            return index
    return None


def _block_end(lines: list[str], start: int, indent: int) -> int:
    """The index after the last line of the block whose key is at `start` (trailing blanks and comments excluded)."""
    last = start + 1
    for index in range(start + 1, len(lines)):
        stripped = lines[index].strip()
        if not stripped or stripped.startswith("#"):
            continue
        if len(lines[index]) - len(lines[index].lstrip(" ")) <= indent:
            break
        last = index + 1
    return last


def _indented(block: str, indent: int) -> list[str]:
    return [(" " * indent + line) if line.strip() else line for line in block.splitlines(keepends=True)]


def load(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SectionError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        raise SectionError(f"{path} is not valid YAML or JSON: {str(error).splitlines()[0]}") from None
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise SectionError(f"{path} is not an OpenAPI document (no `paths`)")
    return document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("upstream", type=Path, help="upstream's document (YAML or JSON)")
    parser.add_argument("--path", action="append", default=[], help="a path prefix to take (repeatable)")
    parser.add_argument("--tag", action="append", default=[], help="an operation tag to take (repeatable)")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", type=Path, help="write the section as a YAML fragment here")
    where.add_argument("--into", type=Path, help="add the section to this spec (openapi.yaml), in place")
    arguments = parser.parse_args(argv)
    if not arguments.path and not arguments.tag:
        parser.error("name the section: --path PREFIX or --tag TAG")
    try:
        fragment = take(load(arguments.upstream), arguments.path, arguments.tag)
        operations = sum(1 for item in fragment["paths"].values() for method in item if method in METHODS)
        reached = sum(len(nodes) for nodes in fragment["components"].values())
        if arguments.output is not None:
            arguments.output.write_text(yaml.safe_dump(fragment, sort_keys=False, allow_unicode=True), "utf-8")
            print(f"{arguments.output}: {operations} operation(s) and the {reached} component(s) they reach")
            return 0
        notes = add_to(arguments.into, fragment)
    except SectionError as error:
        sys.stderr.write(f"take_section: {error}\n")
        return 2
    print(f"{arguments.into}: added {operations} operation(s) and the {reached} component(s) they reach")
    for note in notes:
        print(f"  {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
