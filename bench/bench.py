"""`make bench`: speed and memory of openai_client, each row against a baseline measured in the same run.

Every comparison puts both sides on the same path: the same bytes, and where a client is
involved, the same kind of transport (an in-memory transport that answers with those bytes,
or the same local server in its own process). Rows marked "parser only" time the sans-I/O
stream parser alone. Times are the best of repeated timings (the one least disturbed by
other load, as `timeit` advises); ratios are what to read. Nothing here is a test.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
import time
import timeit
import tracemalloc
import warnings
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx2  # noqa: E402 - the official SDK's HTTP library, and the SDK itself (pinned in requirements/dev.txt)
import openai  # noqa: E402
from openai._models import construct_type  # noqa: E402
from openai.types.beta.threads import Run as SdkRun  # noqa: E402

from openai_client import AuthenticatedClient  # noqa: E402
from openai_client.api.assistants import create_assistant  # noqa: E402
from openai_client.api.runs import create_run, create_thread_and_run, get_run  # noqa: E402
from openai_client.models import (  # noqa: E402
    CreateMessageRequest,
    CreateMessageRoleLiteral,
    CreateRunRequest,
    ListRunsResponse,
    RunObject,
)
from openai_client.streaming import EventStreamParser  # noqa: E402
from tests.payloads import runs_in_every_status  # noqa: E402

STREAM_CHUNK = 16384
DELTA_EVENT = (
    b"event: thread.message.delta\n"
    b'data: {"id":"msg_123","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text",'
    b'"text":{"value":"Hello, how can I help you today?","annotations":[]}}]}}\n\n'
)


# -- measuring -------------------------------------------------------------------------
def best_seconds(function: Callable[[], object], *, number: int, repeat: int = 7) -> float:
    """Seconds for one call: the fastest of `repeat` timings of `number` calls."""
    return min(timeit.repeat(function, number=number, repeat=repeat)) / number


def peak_memory(function: Callable[[], object]) -> tuple[int, object]:
    """Peak bytes allocated while `function` runs, and what it returned (kept alive to be counted)."""
    gc.collect()
    tracemalloc.start()
    kept = function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, kept


def import_time(module: str) -> float:
    """Seconds to import `module` in a fresh interpreter (best of 9), interpreter start-up excluded.

    Bytecode is cached first, as an installed package's is (PYTHONDONTWRITEBYTECODE would
    otherwise make every import of this checkout compile it from source).
    """
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}

    def run(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=environment)
        return time.perf_counter() - started

    run(f"import {module}")
    return min(run(f"import {module}") - run("pass") for _ in range(9))


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, what: str, value: str, ratio: str = "", target: str = "") -> None:
        self.rows.append((what, value, ratio, target))

    def print(self) -> None:
        header = ("measurement", "best", "ratio", "target")
        widths = [max(len(row[i]) for row in [header, *self.rows]) for i in range(4)]
        for row in [header, tuple("-" * w for w in widths), *self.rows]:
            print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.2f} us"


def _x(value: float, baseline: float, of: str) -> str:
    return f"{value / baseline:.2f}x {of}"


# -- bytes -> models ------------------------------------------------------------------
def parse_rows(table: Table) -> None:
    runs = runs_in_every_status()
    raw = [json.dumps(run).encode() for run in runs]

    def each(function: Callable[[bytes], object]) -> Callable[[], None]:
        def run_all() -> None:
            for payload in raw:
                function(payload)

        return run_all

    floor = best_seconds(each(json.loads), number=2000) / len(raw)
    ours = best_seconds(each(RunObject.from_json), number=500) / len(raw)
    strict = best_seconds(each(lambda b: RunObject.from_json(b, strict=True)), number=500) / len(raw)
    table.add("one run: json.loads (baseline)", _us(floor))
    table.add("one run: bytes -> RunObject", _us(ours), _x(ours, floor, "json.loads"), "<= 2.0x")
    table.add("one run: bytes -> RunObject, strict", _us(strict), _x(strict, floor, "json.loads"), "")
    theirs = best_seconds(each(lambda b: construct_type(type_=SdkRun, value=json.loads(b))), number=200) / len(raw)
    table.add("one run: bytes -> SDK Run", _us(theirs), f"ours {theirs / ours:.1f}x faster", "")

    page = json.dumps(_page((runs * 12)[:100])).encode()
    floor = best_seconds(lambda: json.loads(page), number=200)
    ours = best_seconds(lambda: ListRunsResponse.from_json(page), number=100)
    table.add("list of 100 runs: json.loads (baseline)", _us(floor))
    table.add("list of 100 runs: bytes -> ListRunsResponse", _us(ours), _x(ours, floor, "json.loads"), "<= 2.0x")

    parsed = [RunObject.from_dict(run) for run in runs]
    floor = best_seconds(lambda: [json.dumps(run) for run in runs], number=500) / len(runs)
    ours = best_seconds(lambda: [json.dumps(run.to_dict()) for run in parsed], number=500) / len(runs)
    table.add("one run: json.dumps(dict) (baseline)", _us(floor))
    table.add("one run: RunObject -> JSON", _us(ours), _x(ours, floor, "json.dumps"), "")


def _page(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {"object": "list", "data": runs, "first_id": runs[0]["id"], "last_id": runs[-1]["id"], "has_more": False}


def request_rows(table: Table) -> None:
    """A CreateRunRequest carrying 1,000 additional messages, to JSON."""
    roles: list[CreateMessageRoleLiteral] = ["assistant", "user"]
    models = [CreateMessageRequest(role=roles[i % 2], content=f"Message number {i}: " + "x" * 80) for i in range(1000)]
    messages = [{"role": roles[i % 2], "content": f"Message number {i}: " + "x" * 80} for i in range(1000)]
    as_dict = {"assistant_id": "asst_1", "additional_messages": messages, "metadata": {"k": "v"}}
    request = CreateRunRequest(assistant_id="asst_1", additional_messages=models, metadata={"k": "v"})
    assert request.to_dict() == as_dict
    floor = best_seconds(lambda: json.dumps(as_dict), number=50)
    ours = best_seconds(lambda: json.dumps(request.to_dict()), number=50)
    table.add("1,000 messages: json.dumps(dict) (baseline)", _us(floor))
    table.add("1,000 messages: CreateRunRequest -> JSON", _us(ours), _x(ours, floor, "json.dumps"), "<= 2.0x")


# -- streams ---------------------------------------------------------------------------
def delta_stream(count: int) -> bytes:
    return DELTA_EVENT * count + b"event: done\ndata: [DONE]\n\n"


def chunks_of(raw: bytes) -> list[bytes]:
    """The bytes as a network read gives them: fixed-size chunks that cut events anywhere."""
    return [raw[start : start + STREAM_CHUNK] for start in range(0, len(raw), STREAM_CHUNK)]


def stream_floor(raw: bytes) -> int:
    """The least any reader does: split the lines and json.loads each data line."""
    return sum(1 for line in raw.split(b"\n") if line.startswith(b"data: {") and json.loads(line[6:]))


def parser_only(chunks: list[bytes]) -> int:
    parser = EventStreamParser()
    count = 0
    for chunk in chunks:
        parser.feed(chunk)
        count += sum(1 for _ in parser.events())
    parser.end_of_input()
    return count + sum(1 for _ in parser.events())


class _Replay(httpx.BaseTransport):
    """Answers every request with the same server-sent events, chunk by chunk (no network)."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=_Chunks(self.chunks))


class _Chunks(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.chunks)


def stream_rows(table: Table) -> None:
    count = 10_000
    raw = delta_stream(count)
    chunks = chunks_of(raw)
    floor = best_seconds(lambda: stream_floor(raw), number=3, repeat=7) / count
    parser = best_seconds(lambda: parser_only(chunks), number=3, repeat=7) / count
    table.add("stream: split + json.loads (baseline)", _us(floor))
    table.add("stream: parser only (sans-I/O)", _us(parser), _x(parser, floor, "baseline"), "<= 1.6x")

    body = CreateRunRequest(assistant_id="asst_1")
    with AuthenticatedClient(
        base_url="http://api.local/v1", token="sk-bench", httpx_args={"transport": _Replay(chunks)}
    ) as client:

        def ours_through_the_client() -> int:
            with create_run.stream("thread_1", client=client, body=body) as events:
                return sum(1 for _ in events)

        ours = best_seconds(ours_through_the_client, number=3, repeat=7) / count
    table.add("stream: transport -> typed events, client", _us(ours), _x(ours, floor, "baseline"), "<= 2.5x")
    transport = httpx2.MockTransport(
        lambda request: httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=iter(chunks))
    )
    with openai.OpenAI(
        api_key="sk-bench", base_url="http://api.local/v1", http_client=httpx2.Client(transport=transport)
    ) as sdk:

        def theirs_through_the_sdk() -> int:
            stream = sdk.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)
            return sum(1 for _ in stream)

        theirs = best_seconds(theirs_through_the_sdk, number=1, repeat=3) / count
    table.add("stream: transport -> typed events, SDK", _us(theirs), f"ours {theirs / ours:.1f}x faster", ">= 8x")


# -- many calls at once, against a server in its own process ------------------------
@contextmanager
def local_server_process() -> Iterator[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "openai_client_helpers.local_server", "--quiet"],  # no request log
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert process.stdout is not None
        yield process.stdout.readline().split(" at ", 1)[1].strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def concurrency_rows(table: Table) -> None:
    with local_server_process() as base_url:
        headers = {"Authorization": "Bearer sk-bench", "OpenAI-Beta": "assistants=v2"}
        with AuthenticatedClient(base_url=base_url, token="sk-bench") as client:
            assistant = create_assistant.sync(client=client, body={"model": "gpt-4o"})
            run = create_thread_and_run.sync(client=client, body={"assistant_id": assistant.id})
        path = f"/threads/{run.thread_id}/runs/{run.id}"
        for calls in (50, 200):
            bare = _cpu_per_call(calls, partial(_bare_calls, base_url, headers, path, calls))
            ours = _cpu_per_call(calls, partial(_our_calls, base_url, run.thread_id, run.id, calls))
            table.add(f"{calls} concurrent async get_run: httpx + json.loads (baseline)", _us(bare), "CPU/call")
            table.add(f"{calls} concurrent async get_run: client", _us(ours), _x(ours, bare, "baseline"), "<= 1.05x")
            theirs = _cpu_per_call(calls, partial(_sdk_calls, base_url, run.thread_id, run.id, calls))
            table.add(f"{calls} concurrent async get_run: SDK", _us(theirs), _x(theirs, bare, "baseline"), "")


def _cpu_per_call(calls: int, one_round: Callable[[], Coroutine[Any, Any, float]]) -> float:
    """CPU seconds of this process per call: the best of 6 rounds of `calls` concurrent calls.

    Each round opens its client and makes one call first (connections and TLS-free set-up are
    not what is compared), then times the concurrent calls alone.
    """
    return min(asyncio.run(one_round()) for _ in range(6)) / calls


async def _timed(calls: Callable[[], Any]) -> float:
    started = time.process_time()
    await calls()
    return time.process_time() - started


async def _bare_calls(base_url: str, headers: dict[str, str], path: str, calls: int) -> float:
    async with httpx.AsyncClient(base_url=base_url, headers=headers) as http:

        async def one() -> object:
            return json.loads((await http.get(path)).content)

        await one()
        return await _timed(lambda: asyncio.gather(*(one() for _ in range(calls))))


async def _our_calls(base_url: str, thread_id: str, run_id: str, calls: int) -> float:
    async with AuthenticatedClient(base_url=base_url, token="sk-bench") as client:
        await get_run.asyncio(thread_id, run_id, client=client)
        return await _timed(
            lambda: asyncio.gather(*(get_run.asyncio(thread_id, run_id, client=client) for _ in range(calls)))
        )


async def _sdk_calls(base_url: str, thread_id: str, run_id: str, calls: int) -> float:
    async with openai.AsyncOpenAI(api_key="sk-bench", base_url=base_url) as sdk:
        await sdk.beta.threads.runs.retrieve(run_id, thread_id=thread_id)
        return await _timed(
            lambda: asyncio.gather(*(sdk.beta.threads.runs.retrieve(run_id, thread_id=thread_id) for _ in range(calls)))
        )


# -- import and memory ----------------------------------------------------------------
def import_rows(table: Table) -> None:
    httpx_import = import_time("httpx")
    ours = import_time("openai_client")
    table.add("import httpx (baseline)", f"{httpx_import * 1e3:.1f} ms")
    table.add("import openai_client", f"{ours * 1e3:.1f} ms", _x(ours, httpx_import, "httpx"), "<= 1.1x")
    theirs = import_time("openai")
    table.add("import openai (SDK)", f"{theirs * 1e3:.1f} ms", _x(theirs, httpx_import, "httpx"), "")


def memory_rows(table: Table) -> None:
    runs = runs_in_every_status()
    page = json.dumps(_page((runs * 1112)[:10_000])).encode()
    raw_peak, _ = peak_memory(lambda: json.loads(page))
    ours_peak, _ = peak_memory(lambda: ListRunsResponse.from_json(page))
    table.add("10,000 runs in memory: json.loads (baseline)", f"{raw_peak / 1e6:.1f} MB")
    table.add("10,000 runs in memory: client", f"{ours_peak / 1e6:.1f} MB", _x(ours_peak, raw_peak, "baseline"), "")
    theirs_peak, _ = peak_memory(lambda: [construct_type(type_=SdkRun, value=r) for r in json.loads(page)["data"]])
    table.add("10,000 runs in memory: SDK", f"{theirs_peak / 1e6:.1f} MB", _x(theirs_peak, raw_peak, "baseline"), "")


def _archive_of_messages(folder: Path, count: int) -> Path:
    """An export archive whose messages.jsonl holds `count` messages (one thread's worth, repeated ids apart)."""
    message = {
        "id": "msg_0",
        "object": "thread.message",
        "created_at": 1_700_000_000,
        "assistant_id": None,
        "thread_id": "thread_bench",
        "run_id": None,
        "role": "user",
        "content": [{"type": "text", "text": {"value": "What is the weather in Paris today?", "annotations": []}}],
        "attachments": [],
        "metadata": {},
        "status": "completed",
        "incomplete_details": None,
        "completed_at": 1_700_000_000,
        "incomplete_at": None,
    }
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "messages.jsonl").open("w", encoding="utf-8") as file:
        for index in range(count):
            file.write(json.dumps({**message, "id": f"msg_{index:06d}"}) + "\n")
    return folder


def archive_rows(table: Table) -> None:
    """Reading an archive streams: its peak memory stays that of a line at a time, whatever the file holds.

    Both archives are read once before measuring, so the peak counts the reading, not the
    first import of the models it reads into.
    """
    import tempfile

    from openai_client_helpers import archive

    with tempfile.TemporaryDirectory() as directory:
        small = _archive_of_messages(Path(directory) / "small", 1_000)
        large = _archive_of_messages(Path(directory) / "large", 100_000)

        def line_by_line() -> int:
            with (large / "messages.jsonl").open("rb") as file:
                return sum(1 for line in file if json.loads(line))

        def typed(folder: Path) -> int:
            return sum(1 for _ in archive.open(folder).messages())

        typed(small)
        baseline_peak, counted = peak_memory(line_by_line)
        small_peak, _ = peak_memory(lambda: typed(small))
        large_peak, large_counted = peak_memory(lambda: typed(large))
        assert counted == large_counted == 100_000
        table.add("100,000 archived messages: json.loads line by line", f"{baseline_peak / 1e6:.2f} MB")
        table.add("1,000 archived messages: archive.messages() (baseline)", f"{small_peak / 1e6:.2f} MB")
        table.add(
            "100,000 archived messages: archive.messages()",
            f"{large_peak / 1e6:.2f} MB",
            _x(large_peak, small_peak, "baseline"),
            "flat (<= 1.5x)",
        )


def main() -> None:
    warnings.filterwarnings("ignore", category=DeprecationWarning)  # the SDK warns on every Assistants call
    table = Table()
    parse_rows(table)
    request_rows(table)
    stream_rows(table)
    concurrency_rows(table)
    import_rows(table)
    memory_rows(table)
    archive_rows(table)
    print(f"Python {sys.version.split()[0]} on {sys.platform}, openai {openai.__version__}; best of repeated runs.")
    table.print()


if __name__ == "__main__":
    main()
