"""Export assistants and threads (messages, runs, run steps) to an archive folder, resumably.

The API cannot list threads: their ids live in the application's own database, so the
export takes them as a list. Each object is written as the exact JSON text the server
sent (one object a line, one file per kind), never a model written back.

How a re-run after a crash or Ctrl-C neither duplicates nor loses a line:

- A thread is fetched whole (thread, messages, runs, each run's steps) before any of it is
  written; then its lines are appended, each with a single write of a full line.
- Only then is the thread marked done: one line in `done.jsonl` naming it and the size of
  every data file after its lines, written after the data files are flushed to disk
  (fsync; done lines are written in small groups, one fsync per file per group). One
  writer appends at a time, so whatever lies beyond the sizes of the last done line
  belongs to a thread that was not finished.
- On resume the files are cut back to those sizes (a half-written thread, a truncated
  last line, vanish), done threads are skipped, and the others are fetched again.

Threads are fetched concurrently (`concurrency` at a time) through the client's own
retries and rate-limit handling. `manifest.json` (server, API version, time, counts, a
sha256 per file) is written when a run ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import hashlib
import json
import os
import sys
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import IO, Any, Final

import attrs

from openai_client import AuthenticatedClient
from openai_client.api.assistants import list_assistants
from openai_client.api.messages import list_messages
from openai_client.api.runs import list_run_steps, list_runs
from openai_client.api.threads import get_thread
from openai_client.errors import InvalidOptionError
from openai_client.types import UNSET, Response, Unset

from ._rawjson import one_line, page_items

KINDS = ("assistants", "threads", "messages", "runs", "run_steps")
"""The data files of an archive, `<kind>.jsonl` each."""
DONE_FILE = "done.jsonl"
MANIFEST_FILE = "manifest.json"
FORMAT = "openai-client-archive/1"
FILE_SEARCH_CONTENT: Final = "step_details.tool_calls[*].file_search.results[*].content"
"""The `include[]` value that makes run steps carry their file-search results' text."""
DEFAULT_CONCURRENCY = 4
GROUP_COMMIT = 16
"""Done lines written (and files flushed to disk) together; an interrupted run refetches at most this many."""
_PAGE = 100


class ArchiveError(Exception):
    """The archive folder cannot be exported into (files cut shorter than its done lines say, ...)."""


def data_file(kind: str) -> str:
    return f"{kind}.jsonl"


@attrs.define
class ThreadExport:
    """Everything of one thread, as raw JSON lines per kind, fetched before any is written."""

    thread_id: str
    lines: dict[str, list[str]] = attrs.field(factory=dict)
    missing: bool = False


class ArchiveWriter:
    """Appends to an archive folder; made by `ArchiveWriter.resume`, which first cuts back unfinished work."""

    def __init__(self, folder: Path, sizes: dict[str, int], done: list[dict[str, Any]]) -> None:
        self.folder = folder
        self.sizes = sizes
        self.done_threads = {entry["thread_id"] for entry in done if "thread_id" in entry}
        self.missing_threads: set[str] = set()
        """Threads the server answered 404 for in this run: reported, never marked done (a wrong base URL
        answers 404 too, so a re-run asks again)."""
        self.assistants_done = any(entry.get("assistants") for entry in done)
        self._files: dict[str, IO[bytes]] = {}
        self._pending: list[bytes] = []
        self._lock: IO[bytes] | None = None
        self._broken = False
        self._closed = False

    @classmethod
    def resume(cls, folder: Path) -> ArchiveWriter:
        """Open `folder` (made if new) for appending, after cutting each file back to its last done size.

        The folder is locked while the writer is open: a second export into it is an ArchiveError.
        """
        folder.mkdir(parents=True, exist_ok=True)
        lock = _lock(folder)
        try:
            writer = cls._resume(folder)
        except BaseException:
            lock.close()
            raise
        writer._lock = lock
        return writer

    @classmethod
    def _resume(cls, folder: Path) -> ArchiveWriter:
        done_path = folder / DONE_FILE
        done: list[dict[str, Any]] = []
        kept = 0
        if done_path.exists():
            with done_path.open("rb") as file:
                for line in file:
                    if not line.endswith(b"\n"):
                        break  # the done line itself was cut short: that unit is not done
                    try:
                        done.append(json.loads(line))
                    except ValueError:
                        raise ArchiveError(f"{done_path} has a line that is not JSON at byte {kept}") from None
                    kept += len(line)
        sizes = dict.fromkeys(KINDS, 0)
        if done:
            sizes.update(done[-1]["sizes"])
        for kind in KINDS:
            path = folder / data_file(kind)
            actual = path.stat().st_size if path.exists() else 0
            if actual < sizes[kind]:
                raise ArchiveError(
                    f"{path} has {actual} bytes but {DONE_FILE} says {sizes[kind]} were written: "
                    "the archive lost data after it was exported; export into a new folder"
                )
            with path.open("ab") as file:
                file.truncate(sizes[kind])
        with done_path.open("ab") as file:
            file.truncate(kept)
        return cls(folder, sizes, done)

    def commit(self, lines: dict[str, list[str]], entry: dict[str, Any]) -> None:
        """Append `lines` (kind -> JSON lines); `entry` goes to done.jsonl at the next `flush`.

        Done lines are written in groups (every `GROUP_COMMIT` entries, and when the export
        stops), each group after one fsync of every data file: whatever a done line
        names is on disk before the done line is, at a few fsyncs per group, not per thread.
        After a failed write the writer refuses to write again (what follows a partial line
        would be misplaced); the next run's resume cuts the files back.
        """
        self._check_usable()
        try:
            for kind, kind_lines in lines.items():
                if kind_lines:
                    file = self._file(kind)
                    for line in kind_lines:
                        self.sizes[kind] += _write_all(file, line.encode() + b"\n")
            self._pending.append(json.dumps({**entry, "sizes": self.sizes}, separators=(",", ":")).encode() + b"\n")
        except BaseException:
            self._broken = True
            raise
        if len(self._pending) >= GROUP_COMMIT:
            self.flush()

    def flush(self) -> None:
        """Put every data line on disk, then the pending done lines (one write), then those too."""
        self._check_usable()
        if not self._pending:
            return
        try:
            for file in self._files.values():
                os.fsync(file.fileno())
            done = self._file(DONE_FILE)
            _write_all(done, b"".join(self._pending))
            os.fsync(done.fileno())
        except BaseException:
            self._broken = True
            raise
        self._pending.clear()

    def close(self) -> None:
        """Flush (unless a write failed), then close the files; the writer is unusable after."""
        try:
            if not self._broken and not self._closed:
                self.flush()
        finally:
            self._closed = True
            for file in self._files.values():
                file.close()
            self._files.clear()
            if self._lock is not None:
                self._lock.close()  # closing the file releases its lock
                self._lock = None

    def _check_usable(self) -> None:
        if self._closed:
            raise ArchiveError("the archive writer is closed")
        if self._broken:
            raise ArchiveError("an earlier write to the archive failed; run the export again to resume")

    def _file(self, kind: str) -> IO[bytes]:
        if kind not in self._files:
            name = kind if kind == DONE_FILE else data_file(kind)
            self._files[kind] = (self.folder / name).open("ab", buffering=0)
        return self._files[kind]

    def commit_thread(self, thread: ThreadExport) -> None:
        if thread.missing:
            self.missing_threads.add(thread.thread_id)
            return
        self.commit(thread.lines, {"thread_id": thread.thread_id})
        self.done_threads.add(thread.thread_id)

    def write_manifest(self, server: str, api_version: str | None, failed: Iterable[str]) -> dict[str, Any]:
        """Write manifest.json (atomically: a temporary file renamed over it) and return it."""
        files: dict[str, Any] = {}
        for kind in (*KINDS, DONE_FILE.removesuffix(".jsonl")):
            name = data_file(kind)
            path = self.folder / name
            digest, count = hashlib.sha256(), 0
            if path.exists():
                with path.open("rb") as file:
                    for line in file:
                        digest.update(line)
                        count += 1
            files[name] = {"lines": count, "sha256": digest.hexdigest()}
        manifest = {
            "format": FORMAT,
            "server": server,
            "api_version": api_version,
            "exported_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "counts": {kind: files[data_file(kind)]["lines"] for kind in KINDS},
            "files": files,
            "threads": {
                "done": len(self.done_threads),
                "missing": sorted(self.missing_threads),
                "failed": sorted(failed),
            },
        }
        temporary = self.folder / f".{MANIFEST_FILE}.tmp"
        temporary.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        os.replace(temporary, self.folder / MANIFEST_FILE)
        return manifest


def _write_all(file: IO[bytes], data: bytes) -> int:
    """Write all of `data` (an unbuffered write may take only part of it); its length."""
    view = memoryview(data)
    while view:
        view = view[file.write(view) or 0 :]
    return len(data)


def _lock(folder: Path) -> IO[bytes]:
    """An open `.lock` file in `folder`, locked for this process (where the OS has flock)."""
    file = (folder / ".lock").open("ab")
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks here; one export per folder is then the caller's rule
        return file
    try:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        file.close()
        raise ArchiveError(f"another export is writing to {folder}; wait for it, or stop it first") from None
    return file


PageFetch = Callable[[str | Unset], Awaitable[Response[Any]]]


async def _all_items(fetch: PageFetch) -> list[tuple[str, dict[str, Any]]]:
    """Every object of a list, page after page, as (raw line, decoded)."""
    items: list[tuple[str, dict[str, Any]]] = []
    after: str | Unset = UNSET
    while True:
        response = await fetch(after)
        listed = response.parse()  # the page, read (or the typed error of a non-2xx answer)
        page = page_items(response.content.decode("utf-8"))  # its objects as the server wrote them
        items.extend(page)
        if not page or not listed.has_more:
            return items
        after = page[-1][1]["id"]


async def fetch_thread(client: AuthenticatedClient, thread_id: str) -> ThreadExport:
    """The thread, its messages and runs (oldest first) and each run's steps (with file-search content)."""
    export = ThreadExport(thread_id)
    response = await get_thread.asyncio_detailed(thread_id, client=client)
    if response.status_code == 404:
        export.missing = True
        return export
    response.parse()
    export.lines["threads"] = [one_line(response.content.decode("utf-8"))]
    messages = await _all_items(
        lambda after: list_messages.asyncio_detailed(thread_id, client=client, order="asc", limit=_PAGE, after=after)
    )
    export.lines["messages"] = [line for line, _ in messages]
    runs = await _all_items(
        lambda after: list_runs.asyncio_detailed(thread_id, client=client, order="asc", limit=_PAGE, after=after)
    )
    export.lines["runs"] = [line for line, _ in runs]
    steps: list[str] = []
    for _, run in runs:
        run_id: str = run["id"]

        def fetch_steps(after: str | Unset, run_id: str = run_id) -> Awaitable[Response[Any]]:
            return list_run_steps.asyncio_detailed(
                thread_id, run_id, client=client, order="asc", limit=_PAGE, after=after, include=[FILE_SEARCH_CONTENT]
            )

        steps.extend(line for line, _ in await _all_items(fetch_steps))
    export.lines["run_steps"] = steps
    return export


class Progress:
    """A progress bar on a terminal (with the optional `tqdm`), else one plain line per step of progress."""

    def __init__(self, total: int, stream: IO[str] | None = None, *, bar: bool | None = None) -> None:
        self.total = total
        self.count = 0
        self.stream = stream if stream is not None else sys.stderr
        self._bar: Any = None
        if bar is None:
            bar = self.stream.isatty()
        if bar:
            with contextlib.suppress(ImportError):
                from tqdm import tqdm  # type: ignore[import-untyped]

                self._bar = tqdm(total=total, unit="thread", file=self.stream)
        self._every = max(1, total // 100)

    def start(self, total: int, done_before: int) -> None:
        """The number of threads this run fetches (those done before are not counted)."""
        self.total, self._every = total, max(1, total // 100)
        if self._bar is not None:
            self._bar.reset(total=total)
        elif done_before:
            print(f"{done_before} threads exported before; {total} to go", file=self.stream, flush=True)

    def advance(self, thread_id: str, what: str) -> None:
        self.count += 1
        if self._bar is not None:
            self._bar.update(1)
        elif self.count % self._every == 0 or self.count == self.total:
            print(f"[{self.count}/{self.total}] {thread_id}: {what}", file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


@attrs.define
class ExportResult:
    """What one run of `export_archive` did."""

    exported: int
    """Threads exported by this run."""
    skipped: int
    """Threads an earlier run had exported whole."""
    failed: dict[str, str]
    """Thread id -> the error that stopped it (after the client's retries); a re-run tries again."""
    missing: list[str]
    """Threads the server answered 404 for; a re-run asks again."""
    manifest: dict[str, Any]


def read_thread_ids(lines: Iterable[str]) -> list[str]:
    """Thread ids, one a line (blank lines and `#` comments skipped), first occurrence kept."""
    ids = (line.strip() for line in lines)
    return list(dict.fromkeys(line for line in ids if line and not line.startswith("#")))


async def export_archive(
    client: AuthenticatedClient,
    folder: Path,
    thread_ids: Iterable[str],
    *,
    assistants: bool = False,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
    api_version: str | None = None,
) -> ExportResult:
    """Export into `folder`, resuming what an earlier run left; see the module docstring."""
    if not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidOptionError(f"concurrency must be a positive int, not {concurrency!r}")
    writer = ArchiveWriter.resume(folder)
    try:
        return await _export_into(writer, client, thread_ids, assistants, concurrency, progress, api_version)
    finally:
        writer.close()


async def _export_into(
    writer: ArchiveWriter,
    client: AuthenticatedClient,
    thread_ids: Iterable[str],
    assistants: bool,
    concurrency: int,
    progress: Progress | None,
    api_version: str | None,
) -> ExportResult:
    if assistants and not writer.assistants_done:
        listed = await _all_items(
            lambda after: list_assistants.asyncio_detailed(client=client, order="asc", limit=_PAGE, after=after)
        )
        writer.commit({"assistants": [line for line, _ in listed]}, {"assistants": True})
        writer.assistants_done = True
    ids = list(thread_ids)
    pending = [thread_id for thread_id in ids if thread_id not in writer.done_threads]
    if progress is not None:
        progress.start(len(pending), len(ids) - len(pending))
    queue: asyncio.Queue[str] = asyncio.Queue()
    for thread_id in pending:
        queue.put_nowait(thread_id)
    failed: dict[str, str] = {}

    async def work() -> None:
        while True:
            try:
                thread_id = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                thread = await fetch_thread(client, thread_id)
            except Exception as error:  # reported, not fatal: a re-run fetches it again
                failed[thread_id] = f"{type(error).__name__}: {error}"
                if progress is not None:
                    progress.advance(thread_id, f"FAILED ({type(error).__name__})")
                continue
            writer.commit_thread(thread)  # synchronous: one writer at a time
            if progress is not None:
                counts = ", ".join(f"{len(thread.lines.get(kind, []))} {kind}" for kind in KINDS[2:])
                progress.advance(thread_id, "not found (404; listed in the manifest)" if thread.missing else counts)

    try:
        async with asyncio.TaskGroup() as workers:  # one worker's crash cancels the others before they write
            for _ in range(min(concurrency, max(1, len(pending)))):
                workers.create_task(work())
    except BaseExceptionGroup as group:  # what stopped the export, as itself (the workers catch the rest)
        raise group.exceptions[0] from None
    writer.flush()
    manifest = writer.write_manifest(client.base_url, api_version, failed)
    missing = sorted(writer.missing_threads)
    exported = len(pending) - len(failed) - len(missing)
    return ExportResult(exported, len(ids) - len(pending), failed, missing, manifest)
