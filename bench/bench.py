"""`make bench`: speed and memory of openai_client against baselines measured in the same run.

Prints the best of repeated timings (the one least disturbed by other load on the machine,
as `timeit` advises) and ratios; targets (issue "Speed you can measure") are shown beside each
ratio. Nothing here is a test: a slower machine changes the times, not the ratios much.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import timeit
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openai_client import AuthenticatedClient  # noqa: E402
from openai_client.api.runs import create_thread_and_run, get_run  # noqa: E402
from openai_client.models import CreateThreadAndRunRequest, ListRunsResponse, RunObject  # noqa: E402
from openai_client.streaming import EventStreamParser  # noqa: E402
from openai_client_helpers import LocalRunsServer  # noqa: E402
from tests.payloads import runs_in_every_status  # noqa: E402


def realistic_runs() -> list[dict[str, Any]]:
    """One run per status, with the tools, required actions, errors and usage each carries."""
    return runs_in_every_status()


def list_body(runs: list[dict[str, Any]]) -> bytes:
    page: dict[str, Any] = {"object": "list", "data": runs, "first_id": "a", "last_id": "b", "has_more": False}
    return json.dumps(page).encode()


def parse_list(body: bytes) -> ListRunsResponse:
    return ListRunsResponse.from_dict(json.loads(body))


def best_seconds(function: Callable[[], object], *, number: int, repeat: int = 7) -> float:
    """Seconds for one call: the fastest of `repeat` timings of `number` calls."""
    return min(timeit.repeat(function, number=number, repeat=repeat)) / number


def per_payload(function: Callable[[bytes], object], payloads: list[bytes], number: int) -> float:
    def run_all() -> None:
        for payload in payloads:
            function(payload)

    return best_seconds(run_all, number=number) / len(payloads)


def sdk_parse() -> Callable[[bytes], object] | None:
    """The official SDK's response path for a run: json.loads, then construct_type."""
    try:
        from openai._models import construct_type
        from openai.types.beta.threads import Run
    except ImportError:
        return None
    return lambda raw: construct_type(type_=Run, value=json.loads(raw))


DELTA_EVENT = (
    b"event: thread.message.delta\n"
    b'data: {"id":"msg_123","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text",'
    b'"text":{"value":"Hello, how can I help you today?","annotations":[]}}]}}\n\n'
)
STREAM_CHUNK = 16384


def delta_stream(count: int) -> bytes:
    return DELTA_EVENT * count + b"event: done\ndata: [DONE]\n\n"


def chunks_of(raw: bytes) -> Iterator[bytes]:
    """The bytes as a network read gives them: fixed-size chunks that cut events anywhere."""
    for start in range(0, len(raw), STREAM_CHUNK):
        yield raw[start : start + STREAM_CHUNK]


def stream_floor(raw: bytes) -> int:
    """The least any reader does: split the lines and json.loads each data line."""
    return sum(1 for line in raw.split(b"\n") if line.startswith(b"data: {") and json.loads(line[6:]))


def our_stream(chunks: Iterable[bytes]) -> int:
    parser = EventStreamParser()
    count = 0
    for chunk in chunks:
        parser.feed(chunk)
        count += sum(1 for _ in parser.events())
    return count


def sdk_stream() -> Callable[[bytes], int] | None:
    """The official SDK's `Stream` over the same bytes, yielding its typed AssistantStreamEvent."""
    try:
        import httpx2
        import openai
        from openai.types.beta import AssistantStreamEvent
    except ImportError:
        return None
    client = openai.OpenAI(api_key="sk-bench", base_url="http://127.0.0.1:9/v1")

    def read(raw: bytes) -> int:
        request = httpx2.Request("POST", "http://127.0.0.1:9/v1/threads/runs")
        response = httpx2.Response(200, content=raw, headers={"content-type": "text/event-stream"}, request=request)
        event_type: Any = AssistantStreamEvent
        stream: Any = openai.Stream(cast_to=event_type, response=response, client=client)
        return sum(1 for _ in stream)

    return read


def import_time(module: str) -> float:
    """Seconds to import `module` in a fresh interpreter (best of 7), interpreter start-up excluded."""

    def run(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        return time.perf_counter() - started

    samples = [run(f"import {module}") - run("pass") for _ in range(7)]
    return min(samples)


def peak_memory(function: Callable[[], object]) -> int:
    tracemalloc.start()
    kept = function()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    return peak


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


def _ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:.2f}x"


def main() -> None:
    table = Table()
    runs = realistic_runs()
    raw = [json.dumps(run).encode() for run in runs]

    floor = per_payload(json.loads, raw, 2000)
    ours = per_payload(lambda b: RunObject.from_dict(json.loads(b)), raw, 500)
    table.add("json.loads (floor)", _us(floor))
    table.add("bytes -> RunObject", _us(ours), _ratio(ours, floor) + " of json.loads", "<= 2.5x")
    sdk = sdk_parse()
    if sdk is not None:
        theirs = per_payload(sdk, raw, 200)
        table.add("bytes -> openai SDK Run", _us(theirs), f"ours {theirs / ours:.1f}x faster", ">= 4x faster")

    parsed = [RunObject.from_dict(run) for run in runs]
    dumps_floor = best_seconds(lambda: [json.dumps(run) for run in runs], number=500) / len(runs)
    dumps_ours = best_seconds(lambda: [json.dumps(run.to_dict()) for run in parsed], number=500) / len(runs)
    table.add("json.dumps(dict) (floor)", _us(dumps_floor))
    table.add("RunObject -> JSON", _us(dumps_ours), _ratio(dumps_ours, dumps_floor) + " of json.dumps", "<= 2.5x")

    per_run: list[float] = []
    for size in (10, 100, 1000):
        body = list_body((runs * (size // len(runs) + 1))[:size])
        number = max(1, 2000 // size)
        seconds = best_seconds(partial(parse_list, body), number=number, repeat=5)
        per_run.append(seconds / size)
        table.add(f"list of {size} runs", f"{seconds * 1e3:.3f} ms", f"{seconds / size * 1e6:.2f} us/run", "linear")
    table.add("growth 10 -> 1000 runs", "", f"{per_run[-1] / per_run[0]:.2f}x per run", "~1x")

    httpx_import = import_time("httpx")
    table.add("import httpx", f"{httpx_import * 1e3:.1f} ms")
    ours_import = import_time("openai_client")
    table.add("import openai_client", f"{ours_import * 1e3:.1f} ms", _ratio(ours_import, httpx_import), "<= 1.5x")
    if sdk is not None:
        openai_import = import_time("openai")
        table.add("import openai", f"{openai_import * 1e3:.1f} ms", _ratio(openai_import, httpx_import))

    with LocalRunsServer() as server, AuthenticatedClient(base_url=server.base_url, token="sk-bench") as client:
        run = create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id="a"))
        path = f"/threads/{run.thread_id}/runs/{run.id}"
        headers = {"Authorization": "Bearer sk-bench", "OpenAI-Beta": "assistants=v2"}
        with httpx.Client(base_url=server.base_url, headers=headers) as bare:
            bare_seconds = best_seconds(lambda: json.loads(bare.get(path).content), number=200)
        ours_seconds = best_seconds(lambda: get_run.sync(run.thread_id, run.id, client=client), number=200)
    table.add("loopback httpx get + json.loads", _us(bare_seconds))
    table.add("loopback get_run.sync", _us(ours_seconds), _ratio(ours_seconds, bare_seconds), "<= 1.15x")

    thousand = list_body((runs * 112)[:1000])
    ours_peak = peak_memory(lambda: ListRunsResponse.from_dict(json.loads(thousand)))
    table.add("peak memory, 1000 runs", f"{ours_peak / 1e6:.1f} MB")
    if sdk is not None:
        from openai._models import construct_type
        from openai.types.beta.threads import Run

        theirs_peak = peak_memory(lambda: [construct_type(type_=Run, value=r) for r in json.loads(thousand)["data"]])
        table.add("peak memory, 1000 runs, SDK", f"{theirs_peak / 1e6:.1f} MB", _ratio(ours_peak, theirs_peak))

    stream_rows(table)

    print(f"Python {sys.version.split()[0]} on {sys.platform}; best of repeated runs, same payloads for all.")
    table.print()


def stream_rows(table: Table) -> None:
    """10,000 `thread.message.delta` events from bytes to typed events, per event."""
    count = 10_000
    raw = delta_stream(count)
    pieces = list(chunks_of(raw))
    floor = best_seconds(lambda: stream_floor(raw), number=3, repeat=5) / count
    ours = best_seconds(lambda: our_stream(pieces), number=3, repeat=5) / count
    table.add("stream floor (split + json.loads)", _us(floor))
    table.add("stream -> typed events", _us(ours), _ratio(ours, floor) + " of the floor", "<= 3.5x")
    sdk = sdk_stream()
    if sdk is not None:
        theirs = best_seconds(lambda: sdk(raw), number=1, repeat=3) / count
        table.add("stream -> openai SDK events", _us(theirs), f"ours {theirs / ours:.1f}x faster", ">= 8x faster")
    small = peak_memory(lambda: our_stream(_lazy_chunks(10_000)))
    large = peak_memory(lambda: our_stream(_lazy_chunks(100_000)))
    table.add("peak memory, 10,000 events", f"{small / 1e6:.2f} MB")
    table.add("peak memory, 100,000 events", f"{large / 1e6:.2f} MB", _ratio(large, small), "flat (~1x)")


def _lazy_chunks(count: int) -> Iterator[bytes]:
    """`count` delta events as chunks made on the fly, so that the input is never all in memory."""
    per_chunk = max(1, STREAM_CHUNK // len(DELTA_EVENT))
    for _ in range(count // per_chunk):
        yield DELTA_EVENT * per_chunk
    yield DELTA_EVENT * (count % per_chunk) + b"event: done\ndata: [DONE]\n\n"


if __name__ == "__main__":
    main()
