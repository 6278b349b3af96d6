"""The generated code reads as if written by hand, and the templates stay close to the generator's.

These check behaviour of the pipeline (what it produces), not the text layout of the spec.
"""

from __future__ import annotations

import ast
import builtins
import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

PACKAGE = ROOT / "openai_client"
GENERATED = sorted((PACKAGE / "models").glob("*.py")) + sorted((PACKAGE / "api").rglob("*.py"))
ENDPOINTS = sorted(path for path in (PACKAGE / "api" / "runs").glob("*.py") if path.name != "__init__.py")
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


@pytest.mark.parametrize("path", GENERATED, ids=lambda path: path.name)
def test_generated_module_has_none_of_the_old_oddities(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert "TypeVar(" not in source
    assert "componentsschemas_" not in source
    assert "<= response.status_code <=" not in source
    lines = [line.strip() for line in source.splitlines()]
    for index, line in enumerate(lines[:-1]):
        assert not (line == "try:" and lines[index + 1] == ""), f"blank line opening a try block at {index + 1}"
    tree = ast.parse(source)
    for node in ast.walk(tree):
        for block in (getattr(node, name, None) for name in ("body", "orelse", "finalbody")):
            if isinstance(block, list):
                for first, second in itertools.pairwise(block):
                    same_test = isinstance(first, ast.If) and isinstance(second, ast.If)
                    assert not (same_test and ast.dump(first.test) == ast.dump(second.test)), "the same `if` twice"
        if isinstance(node, ast.Try):
            inner = [n for statement in node.body for n in ast.walk(statement) if isinstance(n, ast.Try)]
            assert not inner, "nested try blocks"


@pytest.mark.parametrize("path", GENERATED, ids=lambda path: path.name)
def test_generated_functions_do_not_shadow_builtins(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for function in (node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)):
        names = {argument.arg for argument in function.args.args + function.args.kwonlyargs}
        names |= {
            target.id
            for node in ast.walk(function)
            if isinstance(node, ast.Assign | ast.AnnAssign | ast.For)
            for target in ast.walk(node.target if not isinstance(node, ast.Assign) else node.targets[0])
            if isinstance(target, ast.Name)
        }
        assert not names & BUILTIN_NAMES, f"{function.name} shadows {names & BUILTIN_NAMES}"


@pytest.mark.parametrize("path", ENDPOINTS, ids=lambda path: path.stem)
def test_every_endpoint_documents_every_argument(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    public = [
        n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and not n.name.startswith("_")
    ]
    names = {function.name for function in public}
    streaming = path.stem in ("create_run", "create_thread_and_run", "submit_tool_outputs_to_run")
    assert names == {"sync", "sync_detailed", "asyncio", "asyncio_detailed"} | (
        {"stream", "astream"} if streaming else set()
    )
    for function in (function for function in public if "stream" not in function.name):
        docstring = ast.get_docstring(function) or ""
        documented = {
            line.strip().split(":", 1)[0]: line.split(":", 1)[1].strip()
            for line in docstring.split("Args:", 1)[1].split("Raises:", 1)[0].splitlines()
            if ":" in line and line.startswith("    ") and not line.startswith("     ")
        }
        for argument in function.args.args + function.args.kwonlyargs:
            assert documented.get(argument.arg), f"{function.name}: {argument.arg} has no description"
