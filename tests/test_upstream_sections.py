"""The README's "Updating the spec" walk, done: sections of upstream's document added as upstream writes them.

In a scratch copy of the repository, each section under tests/fixtures/upstream_sections/
(vendored from OpenAI's published document, see its README) is added to openapi.yaml with
codegen/take_section.py, exactly as the README says, and `make generate`'s command runs.
Then, in the generated package (tests/upstream_sections_check.py, its own interpreter):
every published example of the sections' operations is read and written back exactly, and
a hand-made payload for every member of every union the sections hold (one per tag value)
lands in that member, leniently and strictly.

Slow (a generation of a few hundred more models, and mypy over them): `make test-deep`.
The copy and its generation are made once and shared by the tests here, across xdist workers.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT

SECTIONS_DIR = ROOT / "tests" / "fixtures" / "upstream_sections"
SECTIONS = {
    "vector_store_files.yaml": "/vector_stores/{vector_store_id}/files",
    "vector_store_search.yaml": "/vector_stores/{vector_store_id}/search",
    "conversation_items.yaml": "/conversations/{conversation_id}/items",
}
"""Each vendored section, and the path prefix it was taken with (`take_section.py --path`)."""

pytestmark = pytest.mark.slow


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def _walk(copy: Path) -> dict[str, Any]:
    """The README walk in `copy`: take each section into openapi.yaml, generate, check the package."""
    for name in ("codegen", "templates", "openai_client"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("generator-config.yaml", "openapi.yaml"):
        shutil.copy(ROOT / name, copy / name)
    taken = []
    ours = yaml.safe_load((copy / "openapi.yaml").read_text(encoding="utf-8"))
    for fixture, prefix in SECTIONS.items():
        if prefix in ours["paths"]:  # openapi.yaml took this section already: its checks below still run
            taken.append({"returncode": 0, "output": f"{fixture}: added to openapi.yaml already"})
            continue
        command = [sys.executable, "codegen/take_section.py", str(SECTIONS_DIR / fixture), "--path", prefix]
        result = _run([*command, "--into", "openapi.yaml"], copy)
        taken.append({"returncode": result.returncode, "output": result.stdout + result.stderr})
    if any(step["returncode"] != 0 for step in taken):
        return {"taken": taken, "generate": {"returncode": None, "output": "not run: a section was not taken"}}
    generated = _run([sys.executable, "codegen/generate.py", "openapi.yaml", "--output", "openai_client"], copy)
    walk: dict[str, Any] = {
        "taken": taken,
        "generate": {"returncode": generated.returncode, "output": generated.stdout + generated.stderr},
    }
    if generated.returncode == 0:
        checker = [sys.executable, str(ROOT / "tests" / "upstream_sections_check.py"), str(copy)]
        checked = _run([*checker, *(str(SECTIONS_DIR / fixture) for fixture in SECTIONS)], copy)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        walk["check"] = json.loads(checked.stdout)
    return walk


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The walk's results, made by the first worker that asks and read by the others."""
    session = tmp_path_factory.getbasetemp()
    shared = (session.parent if os.environ.get("PYTEST_XDIST_WORKER") else session) / "upstream_sections_walk"
    shared.mkdir(exist_ok=True)
    results = shared / "walk.json"
    with (shared / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not results.exists():
            copy = shared / "repository"
            shutil.rmtree(copy, ignore_errors=True)
            results.write_text(json.dumps(_walk(copy)), encoding="utf-8")
    loaded: dict[str, Any] = json.loads(results.read_text(encoding="utf-8"))
    return loaded


def test_the_fixtures_are_the_sections_take_section_takes() -> None:
    """Each vendored section is what take_section.py takes of it: its operations and every component they reach."""
    sys.path.insert(0, str(ROOT / "codegen"))
    from take_section import take

    for fixture, prefix in SECTIONS.items():
        section = yaml.safe_load((SECTIONS_DIR / fixture).read_text(encoding="utf-8"))
        assert take(section, [prefix]) == section, fixture
        assert all(path.startswith(prefix) for path in section["paths"])


def test_each_section_is_added_to_the_spec_as_upstream_writes_it(walk: dict[str, Any]) -> None:
    assert [step["returncode"] for step in walk["taken"]] == [0] * len(SECTIONS), walk["taken"]
    assert all("added" in step["output"] for step in walk["taken"])


def test_the_spec_with_the_sections_generates_a_package_that_imports_lints_and_type_checks(
    walk: dict[str, Any],
) -> None:
    """`make generate` succeeds only once the package imports, lints and passes mypy --strict."""
    assert walk["generate"]["returncode"] == 0, walk["generate"]["output"]
    assert "generated openai_client/api/, openai_client/models/" in walk["generate"]["output"]


def _check(walk: dict[str, Any]) -> dict[str, Any]:
    if "check" not in walk:
        pytest.fail("the sections did not generate (see the generation test): nothing to read")
    check: dict[str, Any] = walk["check"]
    return check


def test_every_schema_of_the_sections_has_its_generated_class(walk: dict[str, Any]) -> None:
    assert _check(walk)["failures"]["names"] == []


def test_every_published_example_of_their_operations_is_read_and_written_back_exactly(walk: dict[str, Any]) -> None:
    check = _check(walk)
    assert check["checked"]["examples"] > 0
    assert check["failures"]["examples"] == []


def test_a_payload_for_every_member_of_every_union_lands_in_that_member(walk: dict[str, Any]) -> None:
    """One hand-made payload per member and tag value, in a container; read leniently and strictly."""
    check = _check(walk)
    assert check["checked"]["unions"] > 0
    assert check["failures"]["unions"] == []
