"""`openai_client_helpers.archive`: archives read back typed and streaming, written back exactly, never a crash."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from openai_client.models import MessageObject, RunObject, RunStepObject, ThreadObject
from openai_client_helpers import archive
from openai_client_helpers.archive import ArchiveWarning
from openai_client_helpers.export import DONE_FILE, KINDS
from openai_client_helpers.local_server import LocalRunsServer
from tests.archive_seed import seed
from tests.test_export import lines, run_export


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    with LocalRunsServer(manual_clock=True) as server:
        _, thread_ids = seed(server, 16)
        run_export(server, folder, thread_ids, assistants=True)
    return folder


def test_every_line_reads_as_its_model_and_writes_back_exactly(exported: Path) -> None:
    opened = archive.open(exported)
    for kind in KINDS:
        records = list(opened.records(kind))
        assert [record.raw for record in records] == lines(exported, kind)
        for record in records:
            assert record.model.to_dict() == json.loads(record.raw)
    assert opened.skipped == []


def test_the_iterators_are_typed_and_give_each_thread_its_own_objects_in_order(exported: Path) -> None:
    opened = archive.open(exported)
    threads = list(opened.threads())
    assert all(isinstance(thread, ThreadObject) for thread in threads) and len(threads) == 16
    every_message = list(opened.messages())
    for thread in threads:
        messages = list(opened.messages(thread.id))
        assert all(isinstance(message, MessageObject) for message in messages)
        assert messages == [message for message in every_message if message.thread_id == thread.id]
        assert [message.created_at for message in messages] == sorted(message.created_at for message in messages)
        runs = list(opened.runs(thread.id))
        assert all(isinstance(run, RunObject) and run.thread_id == thread.id for run in runs)
        for run in runs:
            steps = list(opened.steps(thread.id, run_id=run.id))
            assert all(isinstance(step, RunStepObject) and step.run_id == run.id for step in steps)
    assert list(opened.messages("thread_not_in_the_archive")) == []
    assert [assistant.name for assistant in opened.assistants()] == ["Plain", "Weather"]
    assert opened.manifest is not None and opened.manifest["counts"]["threads"] == 16


def test_an_archive_without_done_lines_is_scanned_to_the_same_answers(exported: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(exported, copy)
    (copy / DONE_FILE).unlink()
    indexed, scanned = archive.open(exported), archive.open(copy)
    for thread_id in indexed.thread_ids():
        assert list(scanned.messages(thread_id)) == list(indexed.messages(thread_id))
        assert list(scanned.steps(thread_id)) == list(indexed.steps(thread_id))


def test_a_cut_last_line_and_a_body_of_another_kind_are_skipped_and_reported(exported: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(exported, copy)
    (copy / DONE_FILE).unlink()
    messages = copy / "messages.jsonl"
    good = messages.read_bytes()
    run_line = lines(copy, "runs")[0]
    messages.write_bytes(good + run_line.encode() + b"\n" + b'{"id": "msg_cut", "object": "thread.mess')
    opened = archive.open(copy)
    with pytest.warns(ArchiveWarning) as warned:
        read = list(opened.messages())
    assert len(read) == len(lines(exported, "messages"))
    assert [(skipped.file, skipped.offset) for skipped in opened.skipped] == [
        ("messages.jsonl", len(good)),
        ("messages.jsonl", len(good) + len(run_line) + 1),
    ]
    assert "cut short" in opened.skipped[1].reason and len(warned) == 2


def test_what_an_unfinished_export_wrote_past_its_last_done_thread_is_reported_not_read(
    exported: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(exported, copy)
    extra = lines(copy, "threads")[0].replace('"id": "thread_', '"id": "thread_unfinished_') + "\n"
    with (copy / "threads.jsonl").open("a") as file:
        file.write(extra)
    opened = archive.open(copy)
    with pytest.warns(ArchiveWarning, match="past the last done thread"):
        assert len(opened.thread_ids()) == 16
    assert opened.skipped[0].file == "threads.jsonl"
