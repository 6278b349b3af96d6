"""Read an export archive back: typed, streaming, lenient, and exact when written back.

    archive = openai_client_helpers.archive.open("ARCHIVE")
    for thread in archive.threads():
        for message in archive.messages(thread.id):
            ...

Every iterator reads its file a line at a time, so memory stays flat however large the
archive. Each line is read as the client reads a response (`Model.from_json`: leniently, any
API version's body); `records(kind)` gives the raw line beside the model, to write back
byte for byte.

A line that cannot be read (a last line cut short by a crash mid-write, or a body of another
kind) is skipped, never raised: it is listed in `archive.skipped` and reported with a
warning. The per-thread iterators find a thread's lines through `done.jsonl` (an export
writes a thread's lines together and records the file sizes after them), so reading one
thread costs only its lines; archives without it are scanned.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

import attrs

from openai_client.errors import InvalidPayloadError
from openai_client.models import AssistantObject, MessageObject, RunObject, RunStepObject, ThreadObject

from .export import DONE_FILE, KINDS, MANIFEST_FILE, data_file

M = TypeVar("M", AssistantObject, ThreadObject, MessageObject, RunObject, RunStepObject)

MODELS: dict[str, type[Any]] = {
    "assistants": AssistantObject,
    "threads": ThreadObject,
    "messages": MessageObject,
    "runs": RunObject,
    "run_steps": RunStepObject,
}


class ArchiveWarning(UserWarning):
    """A line of an archive was skipped (see `Archive.skipped`)."""


@attrs.frozen
class SkippedLine:
    """What could not be read: the file, the byte offset where it starts, and why."""

    file: str
    offset: int
    reason: str


@attrs.frozen
class Record(Generic[M]):
    """One archived object: the line as the server sent it, and its model."""

    raw: str
    model: M
    offset: int
    """Where the line starts in its file, in bytes."""


class Archive:
    """An archive folder, read lazily. Made by `open`."""

    def __init__(self, folder: Path) -> None:
        if not folder.is_dir():
            raise FileNotFoundError(f"no archive folder at {folder}")
        self.folder = folder
        self.skipped: list[SkippedLine] = []
        self._ranges: dict[str, dict[str, tuple[int, int]]] | None = None
        self._done_sizes: dict[str, int] | None = None

    @property
    def manifest(self) -> dict[str, Any] | None:
        """The manifest the last export run wrote (None if it never finished one)."""
        path = self.folder / MANIFEST_FILE
        if not path.exists():
            return None
        manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return manifest

    def records(self, kind: str, *, thread_id: str | None = None) -> Iterator[Record[Any]]:
        """Every readable line of `<kind>.jsonl` (only `thread_id`'s lines when given), with its model."""
        if kind not in MODELS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        span = None if thread_id is None else self._thread_ranges().get(thread_id, {}).get(kind)
        if thread_id is not None and span is None and self._ranges:
            return  # a thread the archive does not hold (or holds no lines of this kind for)
        yield from self._read(kind, span, thread_id)

    def _read(self, kind: str, span: tuple[int, int] | None, thread_id: str | None) -> Iterator[Record[Any]]:
        path = self.folder / data_file(kind)
        if not path.exists():
            return
        model = MODELS[kind]
        start, end = span if span is not None else (0, self._done_size(kind, path))
        with path.open("rb") as file:
            file.seek(start)
            offset = start
            for line in file:
                if end is not None and offset >= end:
                    return
                line_offset, offset = offset, offset + len(line)
                if not line.endswith(b"\n"):
                    self._skip(path.name, line_offset, "the last line is cut short (a crash mid-write?)")
                    return
                try:
                    value = model.from_json(line)
                except InvalidPayloadError as error:  # a body of another kind (its `object` says so) too
                    self._skip(path.name, line_offset, str(error))
                    continue
                if thread_id is not None and span is None and _thread_of(kind, value) != thread_id:
                    continue
                yield Record(line.decode("utf-8").rstrip("\n"), value, line_offset)

    def _skip(self, file: str, offset: int, reason: str) -> None:
        skipped = SkippedLine(file, offset, reason)
        if skipped not in self.skipped:
            self.skipped.append(skipped)
            warnings.warn(f"{file} at byte {offset}: skipped, {reason}", ArchiveWarning, stacklevel=4)

    def _done_size(self, kind: str, path: Path) -> int | None:
        """How much of `path` finished threads hold, per done.jsonl (None: no done.jsonl, read it all).

        Bytes past it are what an interrupted export wrote for threads it never finished; a
        re-run of the export cuts them off. They are reported, not read.
        """
        self._thread_ranges()
        if self._done_sizes is None:
            return None
        size = self._done_sizes.get(kind, 0)
        extra = path.stat().st_size - size
        if extra > 0:
            self._skip(path.name, size, f"{extra} bytes past the last done thread (an unfinished export; re-run it)")
        return size

    def _thread_ranges(self) -> dict[str, dict[str, tuple[int, int]]]:
        """Thread id -> kind -> (start, end) byte offsets, from done.jsonl (empty when there is none)."""
        if self._ranges is None:
            self._ranges = {}
            path = self.folder / DONE_FILE
            if path.exists():
                before = dict.fromkeys(KINDS, 0)
                with path.open("rb") as file:
                    for line in file:
                        if not line.endswith(b"\n"):
                            break
                        entry = json.loads(line)
                        sizes = {kind: entry["sizes"].get(kind, 0) for kind in KINDS}
                        if "thread_id" in entry:
                            self._ranges[entry["thread_id"]] = {
                                kind: (before[kind], sizes[kind]) for kind in KINDS if sizes[kind] > before[kind]
                            }
                        before = sizes
                self._done_sizes = before
        return self._ranges

    def _models(self, kind: str, thread_id: str | None) -> Iterator[Any]:
        return (record.model for record in self.records(kind, thread_id=thread_id))

    def assistants(self) -> Iterator[AssistantObject]:
        return self._models("assistants", None)

    def threads(self) -> Iterator[ThreadObject]:
        return self._models("threads", None)

    def thread_ids(self) -> list[str]:
        """The ids of the threads exported whole (those the API answered 404 for are not among them)."""
        return [thread.id for thread in self.threads()]

    def messages(self, thread_id: str | None = None) -> Iterator[MessageObject]:
        """The messages of `thread_id` (every thread's when None), oldest first, as exported."""
        return self._models("messages", thread_id)

    def runs(self, thread_id: str | None = None) -> Iterator[RunObject]:
        return self._models("runs", thread_id)

    def steps(self, thread_id: str | None = None, *, run_id: str | None = None) -> Iterator[RunStepObject]:
        """The run steps of a thread (or of every thread), only those of `run_id` when given."""
        steps: Iterator[RunStepObject] = self._models("run_steps", thread_id)
        return steps if run_id is None else (step for step in steps if step.run_id == run_id)


def _thread_of(kind: str, value: Any) -> str | None:
    if kind == "threads":
        thread_id: str = value.id
        return thread_id
    return getattr(value, "thread_id", None)


def open(folder: str | Path) -> Archive:
    """The archive in `folder` (see `Archive`)."""
    return Archive(Path(folder))


__all__ = ["Archive", "ArchiveWarning", "Record", "SkippedLine", "open"]
