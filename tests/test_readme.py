"""The README's quick start and its SDK habits run as written."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT


def test_quick_start_snippet_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Quick start") :]
    snippet = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert snippet is not None
    namespace: dict[str, object] = {"__name__": "readme_quick_start"}
    exec(compile(snippet.group(1), "README.md", "exec"), namespace)
    run = namespace["run"]
    assert getattr(run, "status", None) == "completed"


def test_sdk_habits_snippet_runs(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Coming from the official SDK") : readme.index("### Building requests")]
    snippet = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert snippet is not None
    namespace: dict[str, object] = {"__name__": "readme_sdk_habits"}
    exec(compile(snippet.group(1), "README.md", "exec"), namespace)
    slip, wrong_kind = capsys.readouterr().out.splitlines()  # the two refusals it prints, as its comments say
    assert slip.startswith(
        "create_assistant.sync() got body fields as keyword arguments ('model'): pass the request in body="
    )
    assert wrong_kind == "object: expected 'thread.run', got 'thread.message'"
