"""Regenerate the client package from an OpenAPI document, or check that it is up to date.

    python codegen/generate.py openapi.yaml --output openai_client   # regenerate in place
    python codegen/generate.py openapi.yaml --check openai_client    # fail if it would change

Runs the pinned openapi-python-client (from the same environment as this interpreter)
with generator-config.yaml and the templates in templates/, after
codegen/prepare_spec.py, then copies the runtime modules from codegen/runtime/.
Output goes to a temporary directory first; a warning from the
generator is an error, so nothing in the spec can be silently dropped.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from prepare_spec import prepare_file

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
RUNTIME = ROOT / "codegen" / "runtime"


def generate_into(spec: Path, destination: Path) -> None:
    """Generate the package from `spec` into `destination`, which must not exist yet."""
    prepared = destination.parent / "openapi.prepared.json"
    prepare_file(spec, prepared)
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
    # The runtime modules (client, errors, types, ...) have no template logic: they are
    # plain, linted and type-checked source, copied in over the generator's versions.
    for module in sorted(RUNTIME.glob("*.py")):
        shutil.copyfile(module, destination / module.name)
    # PEP 561 marker: the package ships its types (the generator writes it only with project metadata).
    (destination / "py.typed").write_text("", encoding="utf-8")


def _environment_with_tools() -> dict[str, str]:
    """The environment, with this interpreter's bin first so the post hooks run the pinned ruff."""
    environment = dict(os.environ)
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}"
    return environment


def differences(expected: Path, actual: Path) -> list[str]:
    """Paths (relative to `actual`) that are missing, extra or different in `actual`."""
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

    walk(filecmp.dircmp(expected, actual, ignore=["__pycache__"]), "")
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", type=Path)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--output", type=Path, help="package directory to (re)generate")
    mode.add_argument("--check", type=Path, help="package directory that must match a fresh generation")
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
        if arguments.output.exists():
            shutil.rmtree(arguments.output)
        shutil.copytree(generated, arguments.output, ignore=shutil.ignore_patterns("__pycache__"))
        print(f"generated {arguments.output} from {arguments.spec}")


if __name__ == "__main__":
    main()
