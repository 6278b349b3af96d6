"""Write the helpers' sync twins from their async code, so that each twin is written once.

    python codegen/unasync.py            # rewrite the sync twins in openai_client_helpers/
    python codegen/unasync.py --check    # fail if a sync twin is not what its async code says

As httpcore does with unasync: the async code is the source, and its sync twin is derived
from it by rule. In each module listed in MODULES, the async code stands between the
`ASYNC_START` and `SYNC_START` markers, and what follows `SYNC_START` up to `END` is written
here, never by hand. The rules, applied to the async text:

- `async def`, `async for`, `async with` lose `async`; `await` goes;
- `Awaitable[X]` is `X`; `asyncio.sleep` is `time.sleep`; a `for` loop that only yields
  its items is `yield from`;
- the async names become their twins: names the async code defines lose their `a`/`_a`
  prefix or `Async` (`apoll_run` -> `poll_run`, `AsyncRunStream` -> `RunStream`), and so do
  those of the libraries (`AsyncIterator`, `__aenter__`, an endpoint's `.asyncio_detailed`,
  `.astream`, ...), in code and in docstrings alike.

Docstrings are written once too: the async code's docstrings say what both twins do, in
words that read right after the rules above (`async with astream_run(...)` reads
`with stream_run(...)` in the sync twin). The result is formatted with the pinned ruff.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELPERS = ROOT / "openai_client_helpers"
MODULES = ("paging.py", "lifecycle.py", "streaming.py")
ASYNC_START = "# -- async twins, written once: codegen/unasync.py derives the sync ones below from them --"
SYNC_START = "# -- sync twins, written by codegen/unasync.py from the async ones above (make unasync): do not edit --"
END = "# -- end of the twins --"

LIBRARY_NAMES = {
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
    "AsyncGenerator": "Generator",
    "AbstractAsyncContextManager": "AbstractContextManager",
    "AsyncRunEventStream": "RunEventStream",
    "StopAsyncIteration": "StopIteration",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
}
"""Names of the libraries (the standard library's, the generated client's) and their sync twins."""
ENDPOINT_CALLS = {"asyncio": "sync", "asyncio_detailed": "sync_detailed", "astream": "stream"}
"""A generated endpoint's async functions (`module.asyncio(...)`) and their sync twins."""


class TwinError(Exception):
    """A module whose markers are missing or out of order: the message names it."""


def _defined_names(source: str) -> dict[str, str]:
    """The async names `source` defines at its top level (def, async def, class), mapped to their sync twins."""
    names = {}
    for name in re.findall(r"^(?:async\s+)?(?:def|class)\s+(\w+)", source, re.MULTILINE):
        for prefix, twin in (("Async", ""), ("_a", "_"), ("a", "")):
            if name.startswith(prefix) and len(name) > len(prefix):
                names[name] = twin + name[len(prefix) :]
                break
    return names


def _strip_awaitable(source: str) -> str:
    """`Awaitable[X]` -> `X`, brackets matched."""
    while (start := source.find("Awaitable[")) != -1:
        depth, index = 0, start + len("Awaitable")
        for index in range(start + len("Awaitable"), len(source)):
            depth += {"[": 1, "]": -1}.get(source[index], 0)
            if depth == 0:
                break
        source = source[:start] + source[start + len("Awaitable[") : index] + source[index + 1 :]
    return source


def unasync(source: str, names: dict[str, str]) -> str:
    """The sync twin of async `source`, by the module docstring's rules; `names` maps async names to twins."""
    text = _strip_awaitable(source)
    text = re.sub(r"\basync\s+(def|for|with)\b", r"\1", text)
    text = re.sub(r"\bawait\s+", "", text)
    text = re.sub(r"\basyncio\.sleep\b", "time.sleep", text)
    for call, twin in ENDPOINT_CALLS.items():
        text = re.sub(rf"\.{call}\b", f".{twin}", text)
    # `async for` cannot `yield from`; its sync twin can, and ruff asks for it.
    text = re.sub(r"^( *)for (\w+) in (.+):\n\1    yield \2\n", r"\1yield from \3\n", text, flags=re.MULTILINE)
    every = {**LIBRARY_NAMES, **names}
    if every:
        pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, every), key=len, reverse=True)) + r")\b")
        text = pattern.sub(lambda found: every[found.group(1)], text)
    return text


def _split(path: Path, text: str) -> tuple[str, str, str, str]:
    """(before, async code, sync code, after) of a module, by its markers."""
    positions = [text.find(marker) for marker in (ASYNC_START, SYNC_START, END)]
    if -1 in positions or positions != sorted(positions):
        raise TwinError(f"{path}: the markers ASYNC_START, SYNC_START, END are missing or out of order")
    async_start, sync_start, end = positions
    before = text[: async_start + len(ASYNC_START)]
    async_code = text[async_start + len(ASYNC_START) : sync_start]
    sync_code = text[sync_start + len(SYNC_START) : end]
    return before, async_code, sync_code, text[end:]


def rewritten(modules: dict[Path, str]) -> dict[Path, str]:
    """Each module's text with its sync twins written from its async code, formatted."""
    names: dict[str, str] = {}
    for path, text in modules.items():
        names.update(_defined_names(_split(path, text)[1]))
    result = {}
    for path, text in modules.items():
        before, async_code, _, after = _split(path, text)
        result[path] = _formatted(f"{before}{async_code}{SYNC_START}\n{unasync(async_code, names)}{after}")
    return result


def _formatted(text: str) -> str:
    """`text` as the pinned ruff formats it with the project's settings (a module of the helpers)."""
    ruff = Path(sys.executable).parent / "ruff"
    command = [str(ruff), "format", "--quiet", "--stdin-filename", str(HELPERS / "twins.py"), "-"]
    return subprocess.run(command, cwd=ROOT, input=text, capture_output=True, text=True, check=True).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if a sync twin differs from what it would be")
    arguments = parser.parse_args(argv)
    modules = {HELPERS / name: (HELPERS / name).read_text(encoding="utf-8") for name in MODULES}
    try:
        wanted = rewritten(modules)
    except TwinError as error:
        sys.stderr.write(f"unasync: {error}\n")
        return 2
    stale = [path for path in modules if modules[path] != wanted[path]]
    if arguments.check:
        for path in stale:
            print(f"differs: {path.relative_to(ROOT)}")
        if stale:
            sys.stderr.write("the helpers' sync twins are out of date with their async code: run `make unasync`\n")
            return 1
        print(f"the sync twins of {', '.join(MODULES)} match their async code")
        return 0
    for path in stale:
        path.write_text(wanted[path], encoding="utf-8")
    print(f"wrote the sync twins of {', '.join(MODULES)}" if stale else "the sync twins were up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
