"""`make` says in one line when Python is too old, and rebuilds a .venv made by another Python.

Run in a scratch copy of the Makefile with stand-in interpreters, so nothing is installed.
"""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def _script(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(ROOT / "Makefile", project / "Makefile")
    shutil.copytree(ROOT / "requirements", project / "requirements")
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    return project


def _make(project: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "--no-print-directory", *arguments], cwd=project, capture_output=True, text=True)


def test_an_old_python_is_named_in_one_line(tmp_path: Path) -> None:
    old = _script(
        tmp_path / "python3.9",
        f'exec {sys.executable} -c "import sys; sys.version_info = (3, 9, 18); '
        f'import platform; platform.python_version = lambda: \'3.9.18\'; exec(sys.argv[2])" "$@"\n',
    )
    result = _make(_project(tmp_path), "setup", f"PYTHON={old}")
    assert result.returncode != 0
    lines = [line for line in result.stdout.splitlines() if "3.11" in line]
    assert lines == [
        f"openai_client needs Python 3.11 or newer; '{old}' is Python 3.9.18: run make PYTHON=python3.11 (or newer)"
    ]


def test_a_venv_made_by_another_python_is_rebuilt(tmp_path: Path) -> None:
    project = _project(tmp_path)
    # The old .venv: its python answers as another installation.
    _script(project / ".venv" / "bin" / "python", 'echo "/elsewhere (3, 12, 0)"\n')
    (project / ".venv" / "stale-marker").write_text("", encoding="utf-8")
    # PYTHON makes venvs whose python runs `-c` for real and takes `-m pip install` as done.
    venv_python = f'case "$1" in -c) exec {sys.executable} "$@";; *) exit 0;; esac\n'
    python = _script(
        tmp_path / "python-shim",
        f'if [ "$1 $2" = "-m venv" ]; then mkdir -p "$3/bin"; cat > "$3/bin/python" <<\'EOF\'\n#!/bin/sh\n'
        f'{venv_python}EOF\nchmod +x "$3/bin/python"; exit 0; fi\nexec {sys.executable} "$@"\n',
    )
    result = _make(project, "setup", f"PYTHON={python}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "rebuilding .venv: it was made by another Python" in result.stdout
    assert not (project / ".venv" / "stale-marker").exists() and (project / ".venv" / ".installed").exists()
    again = _make(project, "setup", f"PYTHON={python}")
    assert again.returncode == 0 and "rebuilding" not in again.stdout
