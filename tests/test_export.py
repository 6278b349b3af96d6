"""`openai-client export`: every object as the server sent it, resumable after a kill, bounded, reported."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from openai_client import AuthenticatedClient
from openai_client_helpers import cli
from openai_client_helpers._rawjson import page_items
from openai_client_helpers.export import (
    DONE_FILE,
    KINDS,
    ArchiveError,
    ArchiveWriter,
    ExportResult,
    Progress,
    export_archive,
)
from openai_client_helpers.local_server import LocalRunsServer
from tests.archive_seed import call, seed

TOKEN = "sk-export-test"


def run_export(server: LocalRunsServer, folder: Path, thread_ids: list[str], **options: Any) -> ExportResult:
    async def run() -> ExportResult:
        async with AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as client:
            return await export_archive(client, folder, thread_ids, **options)

    return asyncio.run(run())


def lines(folder: Path, kind: str) -> list[str]:
    path = folder / f"{kind}.jsonl"
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def by_thread(folder: Path) -> dict[str, dict[str, list[str]]]:
    """kind -> thread id -> its lines, for comparing two archives whose threads finished in other orders."""
    grouped: dict[str, dict[str, list[str]]] = {}
    for kind in KINDS:
        for line in lines(folder, kind):
            value = json.loads(line)
            owner = value["id"] if kind in ("threads", "assistants") else value["thread_id"]
            grouped.setdefault(kind, {}).setdefault(owner, []).append(line)
    return grouped


def test_every_object_is_written_as_the_server_sent_it(tmp_path: Path) -> None:
    with LocalRunsServer(manual_clock=True) as server:
        assistant_ids, thread_ids = seed(server, 24)
        result = run_export(server, tmp_path, thread_ids, assistants=True)
        assert result.exported == 24 and not result.failed
        for kind, operation, key in (
            ("threads", "getThread", "thread_id"),
            ("messages", "getMessage", "message_id"),
            ("runs", "getRun", "run_id"),
        ):
            for line in lines(tmp_path, kind):
                value = json.loads(line)
                params = {"thread_id": value.get("thread_id", value["id"]), key: value["id"]}
                assert call(server, operation, params) == value  # the clock stands still: runs too
        steps = [json.loads(line) for line in lines(tmp_path, "run_steps")]
        assert {step["step_details"]["type"] for step in steps} == {"message_creation", "tool_calls"}
        assert [json.loads(line)["id"] for line in lines(tmp_path, "assistants")] == assistant_ids
        step_requests = [request for request in server.requests if request.operation == "listRunSteps"]
        assert step_requests and all(
            request.query["include[]"] == ["step_details.tool_calls[*].file_search.results[*].content"]
            for request in step_requests
        )
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["server"] == server.base_url and manifest["counts"]["threads"] == 24
    for name, facts in manifest["files"].items():
        content = (tmp_path / name).read_bytes()
        assert facts == {"lines": content.count(b"\n"), "sha256": hashlib.sha256(content).hexdigest()}


def test_page_items_are_cut_from_the_response_text_exactly() -> None:
    page = (
        '{\n  "object": "list",\n  "data": [\n'
        '    {"id": "a", "n": 1.0E2, "s": "caf\\u00e9", "z": 1, "a": [1,\n 2]},\n    {"id": "b"}\n'
        '  ],\n  "has_more": false\n}'
    )
    items = page_items(page)
    assert [text for text, _ in items] == [
        '{"id": "a", "n": 1.0E2, "s": "caf\\u00e9", "z": 1, "a": [1,  2]}',
        '{"id": "b"}',
    ]
    assert items[0][1]["s"] == "café"


class _Crash(BaseException):
    """A crash in the middle of a write (BaseException: nothing in the export catches it)."""


@pytest.mark.parametrize(("crashing", "at_write"), [("runs", 20), (DONE_FILE, 2)], ids=["data line", "done line"])
def test_an_export_that_crashes_mid_write_resumes_without_duplicating_or_losing_a_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crashing: str, at_write: int
) -> None:
    real_file = ArchiveWriter._file
    writes = 0

    class CrashingFile:
        def __init__(self, file: Any, kind: str) -> None:
            self._file, self._kind = file, kind

        def write(self, data: bytes) -> int:
            nonlocal writes
            writes += self._kind == crashing
            if self._kind == crashing and writes == at_write:  # a line cut short reaches the disk, then it dies
                self._file.write(bytes(data[:-3]))  # never at a line boundary
                raise _Crash
            written: int = self._file.write(data)
            return written

        def __getattr__(self, name: str) -> Any:
            return getattr(self._file, name)

    with LocalRunsServer(manual_clock=True) as server:
        _, thread_ids = seed(server, 40)
        folder = tmp_path / "archive"
        monkeypatch.setattr(ArchiveWriter, "_file", lambda self, kind: CrashingFile(real_file(self, kind), kind))
        with pytest.raises(_Crash):
            run_export(server, folder, thread_ids)
        monkeypatch.undo()
        done = (folder / DONE_FILE).read_bytes()
        assert not done.endswith(b"\n") if crashing == DONE_FILE else done.endswith(b"\n")
        finished_before = done.count(b"\n")
        assert 0 < finished_before < len(thread_ids)
        result = run_export(server, folder, thread_ids)
        assert (result.skipped, result.exported) == (finished_before, len(thread_ids) - finished_before)
        fresh = tmp_path / "fresh"
        run_export(server, fresh, thread_ids)
    assert by_thread(folder) == by_thread(fresh)
    for kind in KINDS[1:]:
        assert sorted(lines(folder, kind)) == sorted(lines(fresh, kind))


@pytest.mark.slow
def test_a_killed_export_resumes_without_duplicating_or_losing_a_line(tmp_path: Path) -> None:
    """The command itself, killed (SIGKILL) midway through a few hundred threads, then run again."""
    with LocalRunsServer(token=TOKEN, manual_clock=True) as server:
        _, thread_ids = seed(server, 320)
        ids_file = tmp_path / "ids.txt"
        ids_file.write_text("\n".join(thread_ids) + "\n")
        folder = tmp_path / "archive"
        command = [str(Path(sys.executable).parent / "openai-client"), "export", "--threads", str(ids_file)]
        command += ["--out", str(folder), "--base-url", server.base_url, "--concurrency", "2"]
        environment = {**os.environ, "OPENAI_API_KEY": TOKEN}  # the console script `make setup` installed
        process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            done = folder / DONE_FILE
            while time.monotonic() < deadline and process.poll() is None:
                if done.exists() and done.stat().st_size > 0:
                    break
                time.sleep(0.002)
            process.send_signal(signal.SIGKILL)
        finally:
            process.wait()
        assert process.returncode == -signal.SIGKILL, process.stderr.read() if process.stderr else ""
        finished_before = len(done.read_text().splitlines())
        assert 0 < finished_before < len(thread_ids)
        result = run_export(server, folder, thread_ids)
        assert result.skipped == finished_before and result.exported == len(thread_ids) - finished_before
        fresh = tmp_path / "fresh"
        run_export(server, fresh, thread_ids)
    assert by_thread(folder) == by_thread(fresh)
    for kind in KINDS[1:]:
        assert sorted(lines(folder, kind)) == sorted(lines(fresh, kind))


def test_a_resume_cuts_off_what_an_unfinished_thread_and_a_cut_line_left(tmp_path: Path) -> None:
    with LocalRunsServer(manual_clock=True) as server:
        _, thread_ids = seed(server, 6)
        run_export(server, tmp_path, thread_ids[:3])
        before = {kind: lines(tmp_path, kind) for kind in KINDS}
        with (tmp_path / "messages.jsonl").open("a") as file:  # a crash in the middle of a fourth thread
            file.write(lines(tmp_path, "messages")[0] + "\n" + '{"id": "msg_half", "obj')
        with (tmp_path / DONE_FILE).open("a") as file:
            file.write('{"thread_id": "thread_x", "si')
        result = run_export(server, tmp_path, thread_ids)
        assert (result.skipped, result.exported) == (3, 3)
    after = {kind: lines(tmp_path, kind) for kind in KINDS}
    for kind in KINDS[1:]:
        assert after[kind][: len(before[kind])] == before[kind]
        assert len(after[kind]) == len(set(after[kind]))
    done = [json.loads(line)["thread_id"] for line in lines(tmp_path, "done")]
    assert sorted(done) == sorted(thread_ids)


def test_unknown_and_failed_threads_are_reported_and_asked_again_by_the_next_run(tmp_path: Path) -> None:
    with LocalRunsServer(manual_clock=True) as server:
        _, thread_ids = seed(server, 3)
        server.inject(500, count=1, operation="listRuns")
        first = run_export(server, tmp_path, [*thread_ids, "thread_gone"], concurrency=1)
        assert list(first.failed) == [thread_ids[0]] and "InternalServerError" in first.failed[thread_ids[0]]
        assert first.manifest["threads"]["missing"] == ["thread_gone"]
        assert first.manifest["threads"]["failed"] == [thread_ids[0]]
        assert first.missing == ["thread_gone"] and first.exported == 2
        second = run_export(server, tmp_path, [*thread_ids, "thread_gone"])
        assert (second.exported, second.skipped, second.failed, second.missing) == (1, 2, {}, ["thread_gone"])
    assert sorted(json.loads(line)["id"] for line in lines(tmp_path, "threads")) == sorted(thread_ids)


def test_the_cli_reads_ids_from_stdin_and_prints_plain_progress_off_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with LocalRunsServer(manual_clock=True) as server:
        _, thread_ids = seed(server, 3)
        monkeypatch.setenv("OPENAI_API_KEY", TOKEN)
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setattr(sys, "stdin", io.StringIO("# ids\n" + "\n".join(thread_ids) + "\n\n"))
        assert cli.main(["export", "--threads", "-", "--assistants", "--out", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert f"[3/3] {thread_ids[-1]}" in captured.err or "[3/3]" in captured.err
    assert "exported 3 threads" in captured.out and "2 assistants" in captured.out
    assert len(lines(tmp_path, "threads")) == 3


def test_progress_is_one_plain_line_per_step_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(2, stream)
    progress.advance("thread_a", "1 messages")
    progress.advance("thread_b", "2 messages")
    progress.close()
    assert stream.getvalue().splitlines() == ["[1/2] thread_a: 1 messages", "[2/2] thread_b: 2 messages"]


def test_export_refuses_a_concurrency_below_one(tmp_path: Path) -> None:
    from openai_client.errors import InvalidOptionError

    with LocalRunsServer() as server, pytest.raises(InvalidOptionError, match="concurrency"):
        run_export(server, tmp_path, [], concurrency=0)


def test_the_cli_exports_from_azures_dated_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with LocalRunsServer(azure=True, token="azure-key", manual_clock=True) as server:
        _, thread_ids = seed(server, 2)
        (tmp_path / "ids.txt").write_text("\n".join(thread_ids))
        monkeypatch.setenv("AZURE_OPENAI_API_KEY", "azure-key")
        arguments = ["export", "--threads", str(tmp_path / "ids.txt"), "--out", str(tmp_path / "archive"), "--azure"]
        arguments += ["--base-url", server.endpoint, "--api-version", "2024-05-01-preview"]
        assert cli.main(arguments) == 0, capsys.readouterr().err
        assert {request.query["api-version"][0] for request in server.requests} == {"2024-05-01-preview"}
    manifest = json.loads((tmp_path / "archive" / "manifest.json").read_text())
    assert manifest["api_version"] == "2024-05-01-preview" and manifest["counts"]["threads"] == 2


def test_the_cli_exports_from_foundry_with_a_token_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with LocalRunsServer(foundry=True, token="entra-token", manual_clock=True) as server:
        _, thread_ids = seed(server, 2)
        (tmp_path / "ids.txt").write_text("\n".join(thread_ids))
        monkeypatch.setenv("FOUNDRY_TOKEN", "entra-token")
        arguments = ["export", "--threads", str(tmp_path / "ids.txt"), "--out", str(tmp_path / "archive"), "--foundry"]
        assert cli.main([*arguments, "--base-url", server.project_endpoint]) == 0, capsys.readouterr().err
        assert {request.header("authorization", reveal=True) for request in server.requests} == {"Bearer entra-token"}
        assert {request.query["api-version"][0] for request in server.requests} == {"v1"}
    manifest = json.loads((tmp_path / "archive" / "manifest.json").read_text())
    assert manifest["api_version"] == "v1" and manifest["counts"]["threads"] == 2


def test_the_cli_without_a_foundry_token_says_how_to_get_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("FOUNDRY_TOKEN", raising=False)
    monkeypatch.setitem(sys.modules, "azure.identity", None)  # not installed
    arguments = [
        "export",
        "--assistants",
        "--out",
        str(tmp_path),
        "--foundry",
        "--base-url",
        "https://x.test/api/projects/p",
    ]
    assert cli.main(arguments) == 1
    assert "FOUNDRY_TOKEN" in capsys.readouterr().err


def test_a_second_export_into_a_folder_being_written_is_refused(tmp_path: Path) -> None:
    writer = ArchiveWriter.resume(tmp_path)
    try:
        with pytest.raises(ArchiveError, match="another export"):
            ArchiveWriter.resume(tmp_path)
    finally:
        writer.close()
    ArchiveWriter.resume(tmp_path).close()


def test_rate_limits_are_waited_out_through_the_clients_retries(tmp_path: Path) -> None:
    with LocalRunsServer(manual_clock=True) as server:
        _, thread_ids = seed(server, 3)
        server.inject(429, count=2, operation="listMessages", retry_after=0)

        async def run() -> ExportResult:
            async with AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client:  # default retries
                return await export_archive(client, tmp_path, thread_ids)

        result = asyncio.run(run())
        statuses = [request.operation for request in server.requests].count("listMessages")
    assert (result.exported, result.failed) == (3, {}) and statuses == 3 + 2


def test_a_thread_longer_than_a_page_is_exported_whole_and_in_order(tmp_path: Path) -> None:
    with LocalRunsServer(manual_clock=True) as server:
        thread = call(server, "createThread", body={})
        for index in range(230):
            call(server, "createMessage", {"thread_id": thread["id"]}, {"role": "user", "content": f"m{index}"})
        run_export(server, tmp_path, [thread["id"]])
        pages = [request for request in server.requests if request.operation == "listMessages"]
    texts = [json.loads(line)["content"][0]["text"]["value"] for line in lines(tmp_path, "messages")]
    assert texts == [f"m{index}" for index in range(230)] and len(pages) == 3


def test_on_a_terminal_the_progress_bar_of_the_optional_extra_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    updates: list[int] = []

    class FakeBar:
        def __init__(self, total: int, unit: str, file: Any) -> None:
            self.total = total

        def update(self, count: int) -> None:
            updates.append(count)

        def reset(self, total: int) -> None:
            self.total = total

        def close(self) -> None:
            updates.append(-1)

    fake = type(sys)("tqdm")
    fake.tqdm = FakeBar  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tqdm", fake)
    stream = io.StringIO()
    progress = Progress(2, stream, bar=True)
    progress.start(2, 0)
    progress.advance("thread_a", "1 messages")
    progress.close()
    assert updates == [1, -1] and stream.getvalue() == ""
