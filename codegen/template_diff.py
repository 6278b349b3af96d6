"""Show how each custom template differs from the pinned generator's default of the same name.

    python codegen/template_diff.py            # unified diffs, then the counts
    python codegen/template_diff.py --count    # only the counts

Upgrading openapi-python-client is then a reviewed merge: regenerate, run this, and read
what the new defaults changed beside what we override. It also counts the lines of our
templates copied verbatim from the defaults (non-blank lines that stand, stripped, in
the default of the same name): the fewer, the less an upgrade can silently diverge.
Bare closers and punctuation (`{% endif %}`, `{% else %}`, `)`) are counted apart: any
template has them. Templates with no default counterpart (wire.jinja) are ours alone.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from pathlib import Path

import openapi_python_client

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
DEFAULTS = Path(openapi_python_client.__file__).parent / "templates"


_BARE = re.compile(r"^(\{%-?\s*(end\w+|else)\s*-?%\}|[()\[\]{},:]+)$")


def verbatim_lines(ours: str, default: str) -> tuple[list[str], list[str]]:
    """Our non-blank lines that appear, stripped, among the default's: (meaningful, bare closers)."""
    default_lines = {line.strip() for line in default.splitlines() if line.strip()}
    copied = [line.strip() for line in ours.splitlines() if line.strip() and line.strip() in default_lines]
    return [line for line in copied if not _BARE.match(line)], [line for line in copied if _BARE.match(line)]


def count_verbatim() -> dict[str, tuple[int, int]]:
    """For each custom template with a default namesake: (meaningful, bare) verbatim lines."""
    counts = {}
    for template in sorted(TEMPLATES.rglob("*.jinja")):
        default_path = DEFAULTS / template.relative_to(TEMPLATES)
        if default_path.exists():
            meaningful, bare = verbatim_lines(
                template.read_text(encoding="utf-8"), default_path.read_text(encoding="utf-8")
            )
            counts[str(template.relative_to(TEMPLATES))] = (len(meaningful), len(bare))
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", action="store_true", help="print only the verbatim-line counts")
    arguments = parser.parse_args()
    total = 0
    for template in sorted(TEMPLATES.rglob("*.jinja")):
        name = template.relative_to(TEMPLATES)
        default_path = DEFAULTS / name
        ours = template.read_text(encoding="utf-8")
        if not default_path.exists():
            print(f"{name}: ours alone (no default of that name)")
            continue
        default = default_path.read_text(encoding="utf-8")
        if not arguments.count:
            sys.stdout.writelines(
                difflib.unified_diff(
                    default.splitlines(keepends=True),
                    ours.splitlines(keepends=True),
                    fromfile=f"default/{name}",
                    tofile=f"templates/{name}",
                )
            )
        meaningful, bare = verbatim_lines(ours, default)
        total += len(meaningful)
        print(
            f"{name}: {len(meaningful)} of {len(ours.splitlines())} lines verbatim from the default"
            f" (and {len(bare)} bare closers)"
        )
    print(f"verbatim lines in all custom templates: {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
