"""`make setup` installs the package into .venv (editable), so the venv's Python imports it from anywhere."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_venv_python_imports_the_package_outside_the_checkout(tmp_path: Path) -> None:
    script = tmp_path / "my_script.py"
    script.write_text("import openai_client, openai_client_helpers\nprint(openai_client.__file__)\n", encoding="utf-8")
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=environment, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == ROOT / "openai_client" / "__init__.py"
