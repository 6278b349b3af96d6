"""Emit the operations table: `api/_operations.py`, every operation's row by operationId.

Each generated endpoint module declares its operation's row (`OPERATION`, written by
templates/endpoint_module.py.jinja with the generator's names); this indexes them, so that
whatever needs every operation (the local server's routing, generic tests) reads one
table. Endpoint modules import no model at run time, so importing the table imports no model.

The table must hold exactly the spec's operations: an operationId without a module, a
module whose row names no operation of the spec, or two rows with one id fail generation.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def spec_operations(document: dict[str, Any]) -> dict[str, str]:
    """operationId -> `paths.<path>.<method>`, for every operation of the spec."""
    found: dict[str, str] = {}
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = f"paths.{path}.{method}"
    return found


FOUNDRY_ONLY_MARK = "x-openai-client-foundry-only"
"""The spec's mark on an operation only Foundry Agent Service has (`GET /threads`)."""


def foundry_only(document: dict[str, Any]) -> list[str]:
    """The operationIds the spec marks as Foundry Agent Service's alone."""
    return sorted(
        operation["operationId"]
        for item in document.get("paths", {}).values()
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(operation := item.get(method), dict) and operation.get(FOUNDRY_ONLY_MARK)
    )


def _row_id(module: Path) -> str:
    """The `id=` of the module's `OPERATION = Operation(...)` row."""
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0]
            if isinstance(target, ast.Name) and target.id == "OPERATION" and isinstance(node.value, ast.Call):
                for keyword in node.value.keywords:
                    if keyword.arg == "id" and isinstance(keyword.value, ast.Constant):
                        return str(keyword.value.value)
    raise SystemExit(f"emit_operations: {module} declares no OPERATION row with an id")


def rows(api: Path) -> dict[str, tuple[str, str]]:
    """operationId -> (tag package, module name), for every endpoint module under `api`."""
    found: dict[str, tuple[str, str]] = {}
    for module in sorted(api.glob("*/*.py")):
        if module.name.startswith("_"):
            continue
        operation_id = _row_id(module)
        if operation_id in found:
            raise SystemExit(f"emit_operations: two endpoint modules declare operation {operation_id!r}")
        found[operation_id] = (module.parent.name, module.stem)
    return found


def emit_operations(document: dict[str, Any], api: Path) -> None:
    """Write `api/_operations.py` for the endpoint modules in `api`, checked against the spec."""
    found = rows(api)
    expected = spec_operations(document)
    missing = sorted(set(expected) - set(found))
    if missing:
        raise SystemExit(
            "emit_operations: no endpoint module for " + ", ".join(f"{expected[name]} ({name})" for name in missing)
        )
    extra = sorted(set(found) - set(expected))
    if extra:
        raise SystemExit(f"emit_operations: rows for operations the spec does not have: {', '.join(extra)}")
    tags = sorted({tag for tag, _ in found.values()})
    lines = [
        '"""Every operation of the spec by operationId (written by codegen/emit_operations.py).',
        "",
        "Each row is declared by its endpoint module (`OPERATION`); see openai_client/_operation.py.",
        '"""',
        "",
        "from collections.abc import Mapping",
        "from types import MappingProxyType",
        "from typing import Any, Final",
        "",
        "from .._operation import Operation",
        *(
            f"from .{tag} import {', '.join(sorted(module for t, module in found.values() if t == tag))}"
            for tag in tags
        ),
        "",
        "OPERATIONS: Final[Mapping[str, Operation[Any, Any]]] = MappingProxyType(",
        "    {",
        *(f'        "{name}": {module}.OPERATION,' for name, (_, module) in sorted(found.items())),
        "    }",
        ")",
        '"""operationId -> its Operation (method, path, parameters, models, streams, resend safety)."""',
        "",
        f"FOUNDRY_ONLY: Final[frozenset[str]] = frozenset(({''.join(f'{n!r}, ' for n in foundry_only(document))}))",
        f'"""The operations the spec marks `{FOUNDRY_ONLY_MARK}`: Foundry Agent Service has them, OpenAI does not."""',
        "",
        '__all__ = ["FOUNDRY_ONLY", "OPERATIONS"]',
        "",
    ]
    (api / "_operations.py").write_text("\n".join(lines), encoding="utf-8")
