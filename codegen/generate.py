"""Regenerate the generated parts of the client package from an OpenAPI document, or check them.

    python codegen/generate.py openapi.yaml --output openai_client   # regenerate in place
    python codegen/generate.py openapi.yaml --check openai_client    # fail if it would change

The package is two kinds of file. `api/` and `models/` are generated: the pinned
openapi-python-client renders them from the spec (after codegen/prepare_spec.py) with
generator-config.yaml and the templates in templates/, and codegen/emit_tables.py adds
what the generator's templates cannot see whole (the spec's named unions and the stream
event table). Everything else in the package (client, errors, sending, streaming, model
support) is handwritten source that generation never touches.

Output goes to a temporary directory first; a warning from the generator is an error, so
nothing in the spec can be silently dropped. `--check` compares only the generated trees.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from emit_limits import emit_limits
from emit_operations import emit_operations
from emit_tables import emit_tables
from prepare_spec import prepare_file

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
GENERATED = ("api", "models")
"""The package's generated subtrees; every other file in it is handwritten."""


def generate_into(spec: Path, destination: Path) -> None:
    """Generate the package's generated subtrees from `spec` into `destination`, which must not exist yet.

    `destination` then also holds the generator's own versions of the handwritten modules
    (client, errors, types); callers take only GENERATED from it.
    """
    prepared = destination.parent / "openapi.prepared.json"
    document = prepare_file(spec, prepared)
    generator = Path(sys.executable).parent / "openapi-python-client"
    result = subprocess.run(
        [
            str(generator),
            "generate",
            "--path",
            str(prepared),
            "--config",
            str(CONFIG),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--fail-on-warning",
            "--output-path",
            str(destination),
        ],
        capture_output=True,
        text=True,
        check=False,
        env=_environment_with_tools(),
    )
    output = result.stdout + result.stderr
    if result.returncode != 0 or "Warning" in output or "Error" in output:
        sys.stderr.write(output)
        raise SystemExit(f"generation failed (exit {result.returncode})")
    prepared.unlink()
    emit_tables(document, destination / "models")
    emit_operations(document, destination / "api")
    emit_limits(document, destination / "api")
    _format(destination)


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
        generate_into(arguments.spec, generated)
        if arguments.check is not None:
            found = differences(generated, arguments.check)
            if found:
                print("\n".join(found))
                raise SystemExit(f"{arguments.check} is out of date with {arguments.spec}: run `make generate`")
            print(f"{arguments.check} matches {arguments.spec}")
            return
        install(generated, arguments.output)
        print(f"generated {', '.join(f'{arguments.output}/{tree}/' for tree in GENERATED)} from {arguments.spec}")


if __name__ == "__main__":
    main()
