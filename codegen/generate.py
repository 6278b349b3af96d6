"""Regenerate the generated parts of the client package from an OpenAPI document, or check them.

    python codegen/generate.py openapi.yaml --output openai_client   # regenerate in place
    python codegen/generate.py openapi.yaml --check openai_client    # fail if it would change

The package is two kinds of file. `api/` and `models/` are generated: the pinned
openapi-python-client renders them from the spec (after codegen/prepare_spec.py) with
generator-config.yaml and the templates in templates/, and codegen/emit_tables.py adds
what the generator's templates cannot see whole (the spec's named unions and the stream
event table). Everything else in the package (client, errors, sending, streaming, model
support) is handwritten source that generation never touches.

Generation fails loudly, never with success on a package that does not work:

1. codegen/validate_spec.py reads the spec first: a `$ref` to nothing, a misspelt type,
   a duplicate operationId is one line naming where it is, and nothing is generated.
   codegen/prepare_spec.py then prepares it for the generator; what it changes that users
   see (a schema named like the runtime's `Response` becomes `ResponseObject`) is printed
   as a `note:` line.
2. The generator runs; each of its warnings is printed as one line, and any warning is an
   error, so nothing in the spec can be silently dropped. A template that crashes is
   summarized as the template line and the schema or operation it was rendering.
3. The output, in a temporary directory, is put together with the package's handwritten
   modules and must import (every module), lint (ruff, the generated code's rules) and
   type-check (`mypy --strict`, cached in build/) before it replaces anything.

`--check` compares only the generated trees; it skips step 3, since the committed trees
it compares with are what `make lint` and `make typecheck` check.
"""

from __future__ import annotations

import argparse
import contextlib
import filecmp
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from emit_limits import emit_limits
from emit_operations import emit_operations
from emit_tables import emit_tables
from prepare_spec import prepare_file
from validate_spec import load as load_spec
from validate_spec import validate

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
GENERATED = ("api", "models")
"""The package's generated subtrees; every other file in it is handwritten."""
BUILD = ROOT / "build"
MYPY_CACHE = BUILD / "mypy-generate-cache"
"""mypy's cache for checking generated packages: kept between runs, so only what changed is checked."""
CRASH_LOG = BUILD / "generate-traceback.txt"
LINT_RULES = ("--select", "E,F,I", "--ignore", "E501,E402")
"""The generated code's rules: pyproject.toml's, less those it waives for api/ and models/."""
_SHOWN_LINES = 20
_UNTRUSTED_REPR = re.compile(r"<openapi_python_client\S* object at 0x[0-9a-f]+>")


def generate_into(spec: Path, destination: Path) -> None:
    """Generate the package's generated subtrees from `spec` into `destination`, which must not exist yet.

    `destination` then also holds the generator's own versions of the handwritten modules
    (client, errors, types); callers take only GENERATED from it.
    """
    prepared = destination.parent / "openapi.prepared.json"
    _validate(spec)
    notes: list[str] = []
    document = prepare_file(spec, prepared, notes)
    for note in notes:  # what prepare_spec changed that users see (a schema renamed): said, never silent
        print(f"note: {note}")
    _run_generator(prepared, destination)
    prepared.unlink()
    emit_tables(document, destination / "models")
    emit_operations(document, destination / "api")
    emit_limits(document, destination / "api")
    _format(destination)


def _validate(spec: Path) -> None:
    """Stop, with one line per mistake, before the generator sees a spec it would crash on."""
    problems = validate(load_spec(spec))
    for problem in problems:
        sys.stderr.write(f"{problem}\n")
    errors = [problem for problem in problems if not problem.warning]
    if errors:
        raise SystemExit(f"{spec}: {len(errors)} error(s) above; nothing generated")


def _run_generator(prepared: Path, destination: Path) -> None:
    """Run the pinned openapi-python-client on `prepared`: each warning one line, any warning an error.

    In this process rather than through its CLI, for two things the CLI cannot give: the
    parser's warnings when a template then crashes (the CLI prints only the traceback), and
    the schema or operation being rendered when it crashed (the locals of its render loop).
    `_get_project_for_url_or_path` is the generator's own entry point; the version is pinned.
    """
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, prepared, "utf-8", False, output_path=destination
    )
    chatter = io.StringIO()
    with _tools_on_path(), contextlib.redirect_stdout(chatter):
        try:
            project = _get_project_for_url_or_path(config=config, custom_template_path=TEMPLATES)
        except Exception as error:
            raise SystemExit(crash_summary(error)) from None
        if isinstance(project, GeneratorError):
            problems: list[Any] = [project]
        else:
            try:
                problems = list(project.build())
            except Exception as error:
                # What the parser warned of first is often why a template then crashed.
                _show(project._get_errors())
                raise SystemExit(crash_summary(error)) from None
    _show(problems)
    if problems:
        raise SystemExit(f"generation failed: the generator reported {len(problems)} problem(s) above")


def _show(problems: list[Any]) -> None:
    for problem in problems:
        sys.stderr.write(f"generator: {generator_problem(problem)}\n")


def generator_problem(problem: Any) -> str:
    """One of the generator's warnings or errors, as one line (a tool's output, indented below it)."""
    header = " ".join(str(problem.header).split()).rstrip(": ").removeprefix("WARNING ")
    # The pinned generator formats some spec strings as their wrapper's repr.
    detail = _UNTRUSTED_REPR.sub("?", str(problem.detail or "")).strip()
    level = getattr(problem.level, "value", "ERROR").lower()
    line = f"{level}: {header}"
    if detail and "\n" not in detail:
        line += f": {detail}"
    data = getattr(problem, "data", None)
    if data is not None:
        dumped = data.model_dump_json(exclude_unset=True, by_alias=True)
        line += f" (in {dumped[:200]}{'...' if len(dumped) > 200 else ''})"
    if detail and "\n" in detail:
        line += "".join(f"\n    {text}" for text in detail.splitlines()[:_SHOWN_LINES])
    return line


def crash_summary(error: BaseException, log: Path = CRASH_LOG) -> str:
    """What crashed, where in which template, and which schema or operation it was rendering.

    The whole traceback goes to build/generate-traceback.txt; the summary names what a user
    can act on: the template line and the spec's name for what was being rendered.
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
    template, rendering = None, None
    for frame, line in _frames(error.__traceback__):
        filename = frame.f_code.co_filename
        if filename.endswith(".jinja"):
            template = f"{Path(filename).name} line {line}"
        rendering = _rendered(frame.f_locals) or rendering
    where = ", ".join(part for part in (f"in {template}" if template else None, rendering) if part)
    message = " ".join(str(error).split()) or "(no message)"
    return (
        f"generation failed: {_culprit(error)} crashed{' ' + where if where else ''}: "
        f"{type(error).__name__}: {message} (traceback in {log})"
    )


def _culprit(error: BaseException) -> str:
    """`the generator` when the crash is inside it, else the codegen step whose code raised (`emit_tables.py`, ...)."""
    files = [Path(frame.f_code.co_filename) for frame, _ in _frames(error.__traceback__)]
    if any("openapi_python_client" in file.parts for file in files):
        return "the generator"
    ours = [file.name for file in files if file.parent == ROOT / "codegen" and file.name != "generate.py"]
    return ours[-1] if ours else "the generator"


def _frames(tb: TracebackType | None) -> Iterator[tuple[Any, int]]:
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _rendered(names: dict[str, Any]) -> str | None:
    """The schema or operation the generator's loop was rendering, from its loop variable."""
    endpoint: Any = names.get("endpoint")
    if hasattr(endpoint, "path") and hasattr(endpoint, "method"):
        path = _plain(endpoint.path)
        return f"rendering operation {_plain(endpoint.name)} ({str(endpoint.method).upper()} {path})"
    for kind in ("model", "enum"):
        item = names.get(kind)
        class_info = getattr(item, "class_info", None)
        if class_info is not None:
            return f"rendering schema {_plain(getattr(item, 'name', class_info.name))} (class {class_info.name})"
    return None


def _plain(text: Any) -> str:
    """The generator's wrapped spec strings (UntrustedString) as the text the spec has."""
    value = getattr(text, "get_untrusted_value", None)
    return str(value() if callable(value) else text)


@contextlib.contextmanager
def _tools_on_path() -> Iterator[None]:
    """This interpreter's bin first on PATH while the generator runs its post hooks (the pinned ruff)."""
    saved = os.environ.get("PATH", "")
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{saved}"
    try:
        yield
    finally:
        os.environ["PATH"] = saved


def verify(generated: Path, package: Path, workspace: Path) -> list[str]:
    """Problems of the package `package` would become with the trees of `generated`: [] if it works.

    The handwritten modules of `package` and the generated trees are put together in
    `workspace`, which must not exist yet; then every generated module must import, lint
    and type-check there. Nothing of `package` is touched.
    """
    assembled = workspace / package.name
    shutil.copytree(package, assembled, ignore=_handwritten_only(package))
    for tree in GENERATED:
        shutil.copytree(generated / tree, assembled / tree, ignore=shutil.ignore_patterns("__pycache__"))
    ruff = str(Path(sys.executable).parent / "ruff")
    lint = [ruff, "check", "--isolated", "--no-cache", *LINT_RULES, "--line-length=120", "--target-version=py311"]
    mypy = [sys.executable, "-m", "mypy", "--strict", "--python-version=3.11", f"--cache-dir={MYPY_CACHE}"]
    environment = {key: value for key, value in _environment_with_tools().items() if key != "PYTHONPATH"}
    checks = [
        (
            "does not lint",
            [*lint, "--output-format=concise", "--quiet", *GENERATED],
            assembled,
        ),
        ("does not import", [sys.executable, "-c", _IMPORT_ALL, package.name, *GENERATED], workspace),
        (
            "does not type-check (mypy --strict)",
            [*mypy, "--no-error-summary", "-p", package.name],
            workspace,
        ),
    ]
    for failure, command, cwd in checks:
        result = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            lines = (result.stdout + result.stderr).strip().splitlines() or [f"exit status {result.returncode}"]
            shown = [f"    {line}" for line in lines[:_SHOWN_LINES]]
            more = [f"    ... and {len(lines) - _SHOWN_LINES} more lines"] if len(lines) > _SHOWN_LINES else []
            return [f"the generated package {failure}:", *shown, *more]
    return []


_IMPORT_ALL = """
import importlib, pathlib, sys, traceback
package, trees = sys.argv[1], sys.argv[2:]
failed = 0
for tree in trees:
    for path in sorted(pathlib.Path(package, tree).rglob("*.py")):
        parts = path.with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        try:
            importlib.import_module(name)
        except Exception as error:
            failed += 1
            where = traceback.extract_tb(error.__traceback__)[-1]
            print(f"{name}: {type(error).__name__}: {error} ({where.filename}:{where.lineno})")
sys.exit(1 if failed else 0)
"""


def _handwritten_only(package: Path) -> Any:
    """copytree's ignore: the package's generated trees (at its top) and caches."""

    def ignore(directory: str, names: list[str]) -> set[str]:
        skipped = {name for name in names if name == "__pycache__"}
        if Path(directory) == package:
            skipped |= set(GENERATED) & set(names)
        return skipped

    return ignore


def _format(package: Path) -> None:
    """Run the generator's post hooks (ruff, pinned and isolated) again, over what emit_tables wrote."""
    hooks = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))["post_hooks"]
    for hook in hooks:
        subprocess.run(shlex.split(hook), cwd=package, check=True, capture_output=True, env=_environment_with_tools())


def _environment_with_tools() -> dict[str, str]:
    """The environment, with this interpreter's bin first so the post hooks run the pinned ruff."""
    environment = dict(os.environ)
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}"
    return environment


def differences(expected: Path, actual: Path) -> list[str]:
    """Generated paths (relative to the package) missing, extra or different in `actual`."""
    found: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"missing: {prefix}{name}" for name in comparison.left_only)
        found.extend(f"not generated: {prefix}{name}" for name in comparison.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        found.extend(f"differs: {prefix}{name}" for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    for tree in GENERATED:
        if not (actual / tree).is_dir():
            found.append(f"missing: {tree}/")
            continue
        walk(filecmp.dircmp(expected / tree, actual / tree, ignore=["__pycache__"]), f"{tree}/")
    return sorted(found)


def install(generated: Path, package: Path) -> None:
    """Replace the generated subtrees of `package` with those of `generated`; nothing else is touched."""
    if not (package / "__init__.py").is_file():
        raise SystemExit(f"{package} is not the package (no __init__.py): copy openai_client/ there first")
    for tree in GENERATED:
        target = package / tree
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(generated / tree, target, ignore=shutil.ignore_patterns("__pycache__"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", type=Path)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--output", type=Path, help="package whose generated subtrees are regenerated")
    mode.add_argument("--check", type=Path, help="package whose generated subtrees must match a fresh generation")
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="openai-client-gen-") as scratch:
        generated = Path(scratch) / "package"
        try:
            generate_into(arguments.spec, generated)
        except Exception as error:  # codegen's own steps (prepare_spec, emit_tables): summarized, not a traceback
            raise SystemExit(crash_summary(error)) from None
        if arguments.check is not None:
            # Same bytes as the committed trees, which `make lint` and `make typecheck` check.
            found = differences(generated, arguments.check)
            if found:
                print("\n".join(found))
                raise SystemExit(f"{arguments.check} is out of date with {arguments.spec}: run `make generate`")
            print(f"{arguments.check} matches {arguments.spec}")
            return
        problems = verify(generated, arguments.output, Path(scratch) / "verify")
        if problems:
            kept = BUILD / "generate-failed"
            shutil.rmtree(kept, ignore_errors=True)
            shutil.copytree(Path(scratch) / "verify", kept)
            sys.stderr.write("\n".join(problems) + "\n")
            broken = kept / arguments.output.name
            raise SystemExit(f"generation failed: {arguments.output} is unchanged; the broken package is in {broken}")
        install(generated, arguments.output)
        print(f"generated {', '.join(f'{arguments.output}/{tree}/' for tree in GENERATED)} from {arguments.spec}")


if __name__ == "__main__":
    main()
