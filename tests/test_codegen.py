"""The generated code reads as if written by hand, and the templates stay close to the generator's.

These check behaviour of the pipeline (what it produces), not the text layout of the spec.
"""

from __future__ import annotations

import ast
import builtins
import itertools
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jinja2
import pytest
import yaml
from openapi_python_client.parser.errors import ParseError

from .conftest import ROOT

PACKAGE = ROOT / "openai_client"
GENERATED = sorted((PACKAGE / "models").glob("*.py")) + sorted((PACKAGE / "api").rglob("*.py"))
ENDPOINTS = sorted(path for path in (PACKAGE / "api").rglob("*.py") if not path.name.startswith("_"))
BUILTIN_NAMES = set(dir(builtins))

sys.path.insert(0, str(ROOT / "codegen"))
from generate import crash_summary, generator_problem, verify  # noqa: E402
from template_diff import count_verbatim  # noqa: E402
from unasync import MODULES, rewritten, unasync  # noqa: E402


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
                and isinstance(target.ctx, ast.Store)  # bound, not read (globals()[k] =)
            }
            found += [f"{path.name}: {function.name} shadows {name}" for name in sorted(names & BUILTIN_NAMES)]
    assert not found


def _undescribed_parameters(spec: dict[str, Any]) -> dict[str, set[str]]:
    """Endpoint module -> argument names of its parameters that the spec gives no description.

    `make generate` warns of each (codegen/validate_spec.py); upstream leaves some undescribed,
    and a section added as upstream writes it must not fail a test for that.
    """
    shared = spec.get("components", {}).get("parameters", {})
    undescribed: dict[str, set[str]] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                if "$ref" in parameter:
                    parameter = shared[parameter["$ref"].rsplit("/", 1)[-1]]
                if not str(parameter.get("description") or "").strip():
                    module = undescribed.setdefault(_snake(operation["operationId"]), set())
                    module.add(re.sub(r"\W", "_", _snake(parameter["name"])))
    return undescribed


def test_every_endpoint_has_the_four_calls_and_documents_every_argument(spec: dict[str, Any]) -> None:
    """Every argument is explained in its docstring, but for parameters the spec leaves undescribed."""
    undescribed = _undescribed_parameters(spec)
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
                if not documented.get(argument.arg) and argument.arg not in undescribed.get(path.stem, set())
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


def _body_schema(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    reference = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    if "$ref" not in reference:
        return {}
    schema: dict[str, Any] = spec["components"]["schemas"][reference["$ref"].rsplit("/", 1)[-1]]
    return schema


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _tiny_package(tmp_path: Path, models_source: str) -> tuple[Path, Path]:
    """A handwritten package `tinypkg`, and generated trees whose one model module is `models_source`."""
    package = tmp_path / "tinypkg"
    package.mkdir()
    (package / "__init__.py").write_text('"""Handwritten."""\n', encoding="utf-8")
    generated = tmp_path / "generated"
    for tree in ("api", "models"):
        (generated / tree).mkdir(parents=True)
        (generated / tree / "__init__.py").write_text("", encoding="utf-8")
    (generated / "models" / "thing.py").write_text(models_source, encoding="utf-8")
    return generated, package


BROKEN_OUTPUT = [
    ("names = undefined_name\n", ["the generated package does not lint:", "F821"]),
    (
        'raise RuntimeError("boom")\n',
        ["the generated package does not import:", "tinypkg.models.thing: RuntimeError: boom"],
    ),
    pytest.param(
        'count: int = "one"\n',
        ["the generated package does not type-check (mypy --strict):", "thing.py:1: error"],
        marks=pytest.mark.slow,  # mypy takes a second or more
    ),
]


@pytest.mark.parametrize(("source", "says"), BROKEN_OUTPUT, ids=["lint", "import", "mypy"])
def test_generated_output_that_does_not_work_is_named(tmp_path: Path, source: str, says: list[str]) -> None:
    generated, package = _tiny_package(tmp_path, source)
    problems = verify(generated, package, tmp_path / "workspace")
    assert problems[0] == says[0]
    assert says[1] in "\n".join(problems[1:])
    assert sorted(path.name for path in package.iterdir()) == ["__init__.py"], "verify touched the package"


@pytest.mark.slow
def test_generated_output_that_works_has_no_problem(tmp_path: Path) -> None:
    generated, package = _tiny_package(tmp_path, '"""A model."""\n\ncount: int = 1\n')
    assert verify(generated, package, tmp_path / "workspace") == []


def test_a_template_crash_names_the_template_line_and_the_schema(tmp_path: Path) -> None:
    (tmp_path / "model.py.jinja").write_text("class {{ model.class_info.name }}:\n    {{ model.billing.prop }}\n")
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path))

    def build(model: Any) -> str:
        return environment.get_template("model.py.jinja").render(model=model)

    rendered = SimpleNamespace(name="RunObject", class_info=SimpleNamespace(name="RunObject"))
    with pytest.raises(jinja2.UndefinedError) as raised:
        build(rendered)
    summary = crash_summary(raised.value, log=tmp_path / "traceback.txt")
    assert summary == (
        "generation failed: the generator crashed in model.py.jinja line 2, rendering schema RunObject "
        "(class RunObject): UndefinedError: 'types.SimpleNamespace object' has no attribute 'billing' "
        f"(traceback in {tmp_path / 'traceback.txt'})"
    )
    assert "model.py.jinja" in (tmp_path / "traceback.txt").read_text()


def test_a_generator_warning_is_one_line_with_the_part_it_is_about() -> None:
    warning = ParseError(header="Problem creating a Property: ", detail="Could not find reference")
    assert generator_problem(warning) == "warning: Problem creating a Property: Could not find reference"
    tool = SimpleNamespace(header="ruff failed", detail="x.py:1: F821\ny.py:2: E999", level=None, data=None)
    assert generator_problem(tool) == "error: ruff failed\n    x.py:1: F821\n    y.py:2: E999"


def _repository_copy(tmp_path: Path) -> Path:
    """What `make generate` needs of the repository, in a scratch copy whose templates a test may break."""
    copy = tmp_path / "repository"
    for name in ("codegen", "templates", "openai_client"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("generator-config.yaml", "openapi.yaml"):
        shutil.copy(ROOT / name, copy / name)
    return copy


def _generate(copy: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(copy / "codegen" / "generate.py"), "openapi.yaml", "--output", "openai_client"]
    return subprocess.run(command, cwd=copy, capture_output=True, text=True, check=False)


def _tree_bytes(package: Path) -> dict[str, bytes]:
    return {str(path.relative_to(package)): path.read_bytes() for path in sorted(package.rglob("*.py"))}


@pytest.mark.slow
def test_make_generate_names_a_template_crash_and_changes_nothing(tmp_path: Path) -> None:
    copy = _repository_copy(tmp_path)
    template = copy / "templates" / "endpoint_module.py.jinja"
    template.write_text(
        template.read_text().replace("{% set method = endpoint.method | upper %}", "{{ endpoint.nothing.prop }}")
    )
    before = _tree_bytes(copy / "openai_client")
    result = _generate(copy)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("generation failed: the generator crashed in endpoint_module.py.jinja line ")
    assert ", rendering operation " in last and "UndefinedError" in last
    assert "Traceback" not in result.stderr and "generated " not in result.stdout
    assert _tree_bytes(copy / "openai_client") == before


@pytest.mark.slow
def test_generator_warnings_are_shown_even_when_a_template_then_crashes(tmp_path: Path) -> None:
    copy = _repository_copy(tmp_path)
    spec = yaml.safe_load((copy / "openapi.yaml").read_text(encoding="utf-8"))
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
    body = {"content": {"application/xml": {"schema": {"type": "string"}}}}
    operation = {"operationId": "zzFutureXml", "summary": "s", "requestBody": body, "responses": ok}
    spec["paths"]["/zz_future_xml"] = {"post": operation}
    (copy / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    template = copy / "templates" / "endpoint_module.py.jinja"
    template.write_text(
        template.read_text().replace("{% set method = endpoint.method | upper %}", "{{ endpoint.nothing.prop }}")
    )
    result = _generate(copy)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == (
        "generator: warning: parsing POST /zz_future_xml within default. Endpoint will not be generated.:"
        " Unsupported content type application/xml"
    )
    assert lines[-1].startswith("generation failed: the generator crashed in endpoint_module.py.jinja line ")


@pytest.mark.slow
def test_make_generate_never_installs_a_package_that_does_not_import(tmp_path: Path) -> None:
    copy = _repository_copy(tmp_path)
    template = copy / "templates" / "str_enum.py.jinja"
    template.write_text(template.read_text() + "\nraise ImportError('zz_future_broken_template')\n")
    before = _tree_bytes(copy / "openai_client")
    result = _generate(copy)
    assert result.returncode == 1
    assert "the generated package does not import:" in result.stderr
    assert "ImportError: zz_future_broken_template" in result.stderr
    assert "openai_client is unchanged; the broken package is in" in result.stderr
    assert _tree_bytes(copy / "openai_client") == before


ASYNC_SOURCE = """
async def apoll(client: Client, fetch: Callable[[], Awaitable[Page[Item]]]) -> AsyncIterator[Item]:
    \"\"\"Each item; `async for item in apoll(...)` reads them.\"\"\"
    async with AsyncStream(client) as stream:
        page = await get_run.asyncio_detailed("t", client=client)
        await asyncio.sleep(1)
        for item in page.data:
            yield item
        await stream.__aexit__(None, None, None)
"""


def test_unasync_writes_the_sync_twin_by_rule() -> None:
    assert (
        unasync(ASYNC_SOURCE, {"apoll": "poll", "AsyncStream": "Stream"})
        == """
def poll(client: Client, fetch: Callable[[], Page[Item]]) -> Iterator[Item]:
    \"\"\"Each item; `for item in poll(...)` reads them.\"\"\"
    with Stream(client) as stream:
        page = get_run.sync_detailed("t", client=client)
        time.sleep(1)
        yield from page.data
        stream.__exit__(None, None, None)
"""
    )


def test_the_helpers_sync_twins_are_what_their_async_code_says() -> None:
    modules = {
        ROOT / "openai_client_helpers" / name: (ROOT / "openai_client_helpers" / name).read_text() for name in MODULES
    }
    assert rewritten(modules) == modules
