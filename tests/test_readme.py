"""The README's quick start runs as written."""

from __future__ import annotations

import re

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
