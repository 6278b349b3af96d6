"""What importing the package costs: the layers load lazily, so a script pays for what it uses.

Importing `openai_client` loads the client and httpx, not attrs or any model (the bench's
import row); importing one endpoint module, or the whole operations table, loads no model;
reading one model loads what it reaches, not every model of the spec. Each check runs in a
fresh interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

EVERY_MODEL = "import openai_client.models as m\nfor name in m.__all__: getattr(m, name)"


def _models_after(statement: str) -> list[str]:
    """The modules loaded by `statement`, in a fresh interpreter."""
    report = "import sys, json; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", f"{statement}\n{report}"], capture_output=True, text=True, check=True
    )
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def _models(loaded: list[str]) -> list[str]:
    return [name for name in loaded if name.startswith("openai_client.models.")]


def test_importing_the_package_loads_neither_attrs_nor_a_model() -> None:
    loaded = _models_after("import openai_client")
    assert not _models(loaded) and "attrs" not in loaded


@pytest.mark.parametrize("statement", ["import openai_client.api.runs.get_run", "import openai_client.api._operations"])
def test_importing_an_endpoint_or_the_operations_table_loads_no_model(statement: str) -> None:
    assert not _models(_models_after(statement))


def test_reading_one_model_loads_what_it_reaches_not_every_model() -> None:
    every = len(_models(_models_after(EVERY_MODEL)))
    one = len(_models(_models_after("from openai_client.models import RunObject")))
    assert 0 < one < every / 2
