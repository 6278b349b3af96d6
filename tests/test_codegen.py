"""The generated code reads as if written by hand, and the templates stay close to the generator's.

These check behaviour of the pipeline (what it produces), not the text layout of the spec.
"""

from __future__ import annotations

import ast
import builtins
import itertools
import re
import subprocess
import sys
from typing import Any

from .conftest import ROOT

PACKAGE = ROOT / "openai_client"
GENERATED = sorted((PACKAGE / "models").glob("*.py")) + sorted((PACKAGE / "api").rglob("*.py"))
ENDPOINTS = sorted(path for path in (PACKAGE / "api").rglob("*.py") if not path.name.startswith("_"))
BUILTIN_NAMES = set(dir(builtins))

sys.path.insert(0, str(ROOT / "codegen"))
from template_diff import count_verbatim  # noqa: E402


def test_templates_copy_at_most_100_lines_of_the_generator_defaults() -> None:
    counts = count_verbatim()
    assert {"model.py.jinja", "endpoint_module.py.jinja"} <= set(counts)
    assert sum(meaningful for meaningful, _ in counts.values()) <= 100


def test_template_diff_shows_each_override_against_its_default() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "codegen" / "template_diff.py")], capture_output=True, text=True, check=True
    )
    assert "--- default/model.py.jinja" in result.stdout and "+++ templates/model.py.jinja" in result.stdout
    assert "verbatim lines in all custom templates:" in result.stdout


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]


def test_no_generated_module_has_the_old_generator_oddities() -> None:
    oddities = ("TypeVar(", "componentsschemas_", "<= response.status_code <=")
    found = [f"{path.name}: {text}" for path in GENERATED for text in oddities if text in path.read_text()]
    assert not found


def test_no_generated_block_repeats_an_if_or_nests_a_try() -> None:
    found: list[str] = []
    for path in GENERATED:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for block in (getattr(node, name, None) for name in ("body", "orelse", "finalbody")):
                for first, second in itertools.pairwise(block if isinstance(block, list) else []):
                    same = isinstance(first, ast.If) and isinstance(second, ast.If)
                    if same and ast.dump(first.test) == ast.dump(second.test):
                        found.append(f"{path.name}:{second.lineno}: the same `if` twice")
            if isinstance(node, ast.Try):
                inner = [n for statement in node.body for n in ast.walk(statement) if isinstance(n, ast.Try)]
                found += [f"{path.name}:{n.lineno}: a try inside a try" for n in inner]
    assert not found


def test_no_generated_function_shadows_a_builtin() -> None:
    found: list[str] = []
    for path in GENERATED:
        for function in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            names = {argument.arg for argument in function.args.args + function.args.kwonlyargs}
            names |= {
                target.id
                for node in ast.walk(function)
                if isinstance(node, ast.Assign | ast.AnnAssign | ast.For)
                for target in ast.walk(node.target if not isinstance(node, ast.Assign) else node.targets[0])
                if isinstance(target, ast.Name)
            }
            found += [f"{path.name}: {function.name} shadows {name}" for name in sorted(names & BUILTIN_NAMES)]
    assert not found


def test_every_endpoint_has_the_four_calls_and_documents_every_argument() -> None:
    found: list[str] = []
    for path in ENDPOINTS:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        public = [n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name[0] != "_"]
        names = {function.name for function in public}
        if not {"sync", "sync_detailed", "asyncio", "asyncio_detailed"} <= names:
            found.append(f"{path.stem}: has only {sorted(names)}")
        for function in (function for function in public if "stream" not in function.name):
            docstring = ast.get_docstring(function) or ""
            arguments_section = docstring.split("Args:", 1)[-1].split("Raises:", 1)[0]
            documented = {
                line.strip().split(":", 1)[0]: line.split(":", 1)[1].strip()
                for line in arguments_section.splitlines()
                if ":" in line and line.startswith("    ") and not line.startswith("     ")
            }
            found += [
                f"{path.stem}.{function.name}: {argument.arg} has no description"
                for argument in function.args.args + function.args.kwonlyargs
                if not documented.get(argument.arg)
            ]
    assert not found


def test_exactly_the_operations_that_take_stream_have_stream_functions(spec: dict[str, Any]) -> None:
    streaming = {
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if "stream" in _body_schema(spec, operation).get("properties", {})
    }
    with_stream = {
        path.stem
        for path in ENDPOINTS
        if {"stream", "astream"} <= {node.name for node in ast.parse(path.read_text()).body if hasattr(node, "name")}
    }
    assert with_stream == {_snake(operation_id) for operation_id in streaming}
    assert len(with_stream) == 3


def _body_schema(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    reference = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    if "$ref" not in reference:
        return {}
    schema: dict[str, Any] = spec["components"]["schemas"][reference["$ref"].rsplit("/", 1)[-1]]
    return schema


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
