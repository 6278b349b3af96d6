"""Streamed runs as the official SDK's stream helper offers them, plus tool calls answered mid-stream.

    with stream_thread_and_run(client, body, tools={"get_weather": get_weather}) as stream:
        for text in stream.text_deltas:
            print(text, end="", flush=True)
    run = stream.get_final_run()

One loop goes from question to answer: when the run asks for tool outputs, the functions
in `tools` are called, the outputs are submitted with a stream, and the same iteration
goes on with the new stream's events, however many tool rounds it takes. With
`resume=True`, a stream cut off mid-way is not the end: the run is polled to its end.

`RunSnapshots` holds what the events say so far: each delta is merged into the message or
step it changes, key by key and indexed list by indexed list (`merge_delta`), and the full
object replaces the merged one when `*.completed` arrives. It does no I/O; the sync
`RunStream` and async `AsyncRunStream` are thin loops around it.

Each sync helper is written once, as its async twin: codegen/unasync.py derives the sync
code from the async code by rule (`make unasync`), and `make check` fails if they differ.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from functools import partial
from typing import Any, Generic, TypeVar

import attrs

from openai_client import Client, errors
from openai_client.api.runs import create_run, create_thread_and_run, submit_tool_outputs_to_run
from openai_client.models import (
    CreateRunRequest,
    CreateRunRequestParam,
    CreateThreadAndRunRequest,
    CreateThreadAndRunRequestParam,
    MessageDeltaObject,
    MessageObject,
    RunObject,
    RunStatus,
    RunStepDeltaObject,
    RunStepObject,
    StreamEvent,
    SubmitToolOutputsRunRequest,
)
from openai_client.streaming import AsyncRunEventStream, RunEventStream

from .lifecycle import (
    ApprovalFunction,
    OnToolError,
    ToolFunction,
    apoll_run,
    arun_tool_loop,
    check_on_error,
    next_submission,
    poll_run,
    run_tool_loop,
)

JSON = dict[str, Any]
SnapshotT = TypeVar("SnapshotT", MessageObject, RunStepObject)


class RunSnapshots:
    """What a run's events say so far: the run, its messages and its steps (no I/O here).

    A `*.created`, `*.in_progress` or `*.completed` event gives the whole object; a delta is
    merged into what is known (see `merge_delta`). The objects are built from the merged
    data once per change, not on every read.
    """

    def __init__(self) -> None:
        self.run: RunObject | None = None
        self._messages = _Snapshots(MessageObject)
        self._steps = _Snapshots(RunStepObject)

    def apply(self, event: StreamEvent) -> list[str]:
        """Take in one event; return the pieces of answer text it carries (for `text_deltas`)."""
        data = event.data
        if isinstance(data, RunObject):
            self.run = data
        elif isinstance(data, MessageObject):
            self._messages.replace(data.id, data)
        elif isinstance(data, RunStepObject):
            self._steps.replace(data.id, data)
        elif isinstance(data, MessageDeltaObject):
            delta = data.delta.to_dict()
            self._messages.merge(data.id, delta)
            return _texts(delta)
        elif isinstance(data, RunStepDeltaObject):
            self._steps.merge(data.id, data.delta.to_dict())
        return []

    def messages(self) -> list[MessageObject]:
        return self._messages.objects()

    def steps(self) -> list[RunStepObject]:
        return self._steps.objects()


class _Snapshots(Generic[SnapshotT]):
    """Objects of one kind by id, each as merged JSON and, once asked for, as its model."""

    def __init__(self, model: type[SnapshotT]) -> None:
        self._model: type[SnapshotT] = model
        # What a snapshot known only from deltas starts from: its id and its kind (the model's
        # fixed `object`, which the model requires), as the `created` event would have said.
        self._kind: str = str(attrs.fields_dict(model)["object"].default)
        self._data: dict[str, JSON] = {}
        self._built: dict[str, SnapshotT] = {}

    def replace(self, object_id: str, whole: SnapshotT) -> None:
        self._data[object_id] = whole.to_dict()
        self._built[object_id] = whole

    def merge(self, object_id: str, delta: JSON) -> None:
        merge_delta(self._data.setdefault(object_id, {"id": object_id, "object": self._kind}), delta)
        self._built.pop(object_id, None)

    def objects(self) -> list[SnapshotT]:
        for object_id, data in self._data.items():
            if object_id not in self._built:
                self._built[object_id] = self._model.from_dict(data)
        return [self._built[object_id] for object_id in self._data]


def merge_delta(target: JSON, delta: Mapping[str, Any]) -> None:
    """Merge a streamed delta into what is known of an object, whatever its keys.

    Text arrives in pieces, so a string is appended to the string already there (but `type`,
    which every piece repeats, is replaced); objects merge key by key; a list whose items
    carry an `index` (content parts, tool calls, annotations, search results, code outputs,
    any added tomorrow) merges each item into the one at that position, which is created
    the first time (without its `index`); other values replace what was there.
    """
    for key, value in delta.items():
        current = target.get(key)
        if isinstance(value, str) and isinstance(current, str) and key != "type":
            target[key] = current + value
        elif isinstance(value, Mapping) and isinstance(current, dict):
            merge_delta(current, value)
        elif isinstance(value, list) and isinstance(current, list):
            _merge_indexed(current, value)
        elif isinstance(value, Mapping):
            target[key] = {}
            merge_delta(target[key], value)
        elif isinstance(value, list):
            target[key] = []
            _merge_indexed(target[key], value)
        else:
            target[key] = value


def _merge_indexed(items: list[Any], pieces: list[Any]) -> None:
    for piece in pieces:
        index = piece.get("index") if isinstance(piece, Mapping) else None
        if not isinstance(index, int) or isinstance(index, bool):
            items.append(copy.deepcopy(piece))
            continue
        while len(items) <= index:
            items.append(None)
        if not isinstance(items[index], dict):
            items[index] = {}
        merge_delta(items[index], {key: value for key, value in piece.items() if key != "index"})


def _texts(delta: JSON) -> list[str]:
    """The pieces of answer text in a message delta."""
    return [
        part["text"]["value"]
        for part in delta.get("content") or []
        if isinstance(part, dict)
        and part.get("type") == "text"
        and isinstance(part.get("text"), dict)
        and isinstance(part["text"].get("value"), str)
        and part["text"]["value"]
    ]


class _StreamSteps:
    """What the sync and async streams share, without I/O: their state, the decision of what
    to do when a stream ends, and the final answers."""

    def __init__(
        self,
        client: Client,
        tools: Mapping[str, ToolFunction] | None,
        on_error: OnToolError,
        resume: bool,
        interval: float | None,
        approvals: ApprovalFunction | None = None,
    ) -> None:
        check_on_error(on_error)
        self.approvals = approvals
        self.client = client
        self.tools = tools
        self.on_error = on_error
        self.resume = resume
        self.interval = interval
        self.snapshots = RunSnapshots()
        self.final_run: RunObject | None = None
        self.last_texts: list[str] = []

    def take(self, event: StreamEvent) -> StreamEvent:
        """Record one event (its text pieces become `last_texts`) and hand it on."""
        self.last_texts = self.snapshots.apply(event)
        return event

    def run(self) -> RunObject:
        run = self.final_run or self.snapshots.run
        if run is None:
            raise errors.IncompleteStreamError("the stream carried no run")
        return run

    def next_submission(self) -> tuple[RunObject, SubmitToolOutputsRunRequest] | None:
        """After a stream ended: the run and the outputs (or approvals) to stream next, or None
        when done (no functions were given, the run does not wait for outputs, or it waits for
        approvals no `approvals` callback decides: `get_final_run()` then shows it waiting)."""
        run = self.snapshots.run
        if self.tools is None or run is None or run.status != RunStatus.REQUIRES_ACTION:
            return None
        body = next_submission(run, self.tools, self.on_error, self.approvals)
        return None if body is None else (run, body)

    def run_to_resume(self) -> RunObject | None:
        """After a cut-off stream: the run to poll to its end, or None to re-raise."""
        return self.snapshots.run if self.resume else None


# -- async twins, written once: codegen/unasync.py derives the sync ones below from them --
class AsyncRunStream:
    """A streamed run: iterate it for typed events, or use `text_deltas` and the `get_final_*` methods.

    Use it as a context manager (`async with astream_run(...) as stream:`, then
    `async for event in stream`); leaving the block closes the connection. It can be
    iterated once; `until_done()` reads what is left.
    """

    def __init__(
        self,
        client: Client,
        opener: Callable[[], AbstractAsyncContextManager[AsyncRunEventStream]],
        *,
        tools: Mapping[str, ToolFunction] | None = None,
        on_error: OnToolError = "raise",
        resume: bool = False,
        interval: float | None = None,
        approvals: ApprovalFunction | None = None,
    ) -> None:
        self._steps = _StreamSteps(client, tools, on_error, resume, interval, approvals)
        self._opener: Callable[[], AbstractAsyncContextManager[AsyncRunEventStream]] | None = opener
        self._opened: AbstractAsyncContextManager[AsyncRunEventStream] | None = None
        self._current: AsyncRunEventStream | None = None
        self._events = self._generate()

    @property
    def snapshots(self) -> RunSnapshots:
        """What the events read so far say: the run, messages and steps (as the SDK's `current_*`)."""
        return self._steps.snapshots

    async def __aenter__(self) -> AsyncRunStream:
        await self._open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._opened is not None:
            opened, self._opened, self._current = self._opened, None, None
            await opened.__aexit__(None, None, None)

    def __aiter__(self) -> AsyncIterator[StreamEvent]:
        return self._events

    @property
    async def text_deltas(self) -> AsyncIterator[str]:
        """The answer's text, piece by piece, as it is written (reads the events)."""
        async for _ in self._events:
            for text in self._steps.last_texts:
                yield text

    async def until_done(self) -> None:
        async for _ in self._events:
            pass

    async def get_final_run(self) -> RunObject:
        await self.until_done()
        return self._steps.run()

    async def get_final_messages(self) -> list[MessageObject]:
        await self.until_done()
        return self._steps.snapshots.messages()

    async def get_final_run_steps(self) -> list[RunStepObject]:
        await self.until_done()
        return self._steps.snapshots.steps()

    async def _open(self) -> None:
        if self._current is None and self._opener is not None:
            self._opened, self._opener = self._opener(), None
            self._current = await self._opened.__aenter__()

    async def _generate(self) -> AsyncIterator[StreamEvent]:
        steps = self._steps
        while True:
            await self._open()
            if self._current is None:
                return
            try:
                async for event in self._current:
                    yield steps.take(event)
            except errors.APIConnectionError:
                run = steps.run_to_resume()
                if run is None:
                    raise
                await self.close()
                steps.final_run = await self._poll_to_end(run)
                return
            await self.close()
            following = steps.next_submission()
            if following is None:
                return
            run, body = following
            self._opener = partial(
                submit_tool_outputs_to_run.astream, run.thread_id, run.id, client=steps.client, body=body
            )

    async def _poll_to_end(self, run: RunObject) -> RunObject:
        steps = self._steps
        if steps.tools is not None:
            return await arun_tool_loop(
                steps.client,
                run,
                steps.tools,
                on_error=steps.on_error,
                interval=steps.interval,
                approvals=steps.approvals,
            )
        return await apoll_run(steps.client, run.thread_id, run.id, interval=steps.interval)


def astream_run(
    client: Client,
    thread_id: str,
    body: CreateRunRequest | CreateRunRequestParam,
    *,
    tools: Mapping[str, ToolFunction] | None = None,
    on_error: OnToolError = "raise",
    resume: bool = False,
    interval: float | None = None,
    approvals: ApprovalFunction | None = None,
) -> AsyncRunStream:
    """Start a run on a thread and stream it (the SDK's `runs.stream`).

    `tools` (function name -> callable, as `run_tool_loop` takes) answers tool calls in the
    middle of the stream, and `approvals` the MCP calls Foundry asks to approve (see
    `run_tool_loop`; without it such a stream ends with the run waiting); `resume=True`
    polls the run to its end if the stream is cut off (`interval` is then the polling interval).
    """
    return AsyncRunStream(
        client,
        lambda: create_run.astream(thread_id, client=client, body=body),
        tools=tools,
        on_error=on_error,
        resume=resume,
        interval=interval,
        approvals=approvals,
    )


def astream_thread_and_run(
    client: Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    *,
    tools: Mapping[str, ToolFunction] | None = None,
    on_error: OnToolError = "raise",
    resume: bool = False,
    interval: float | None = None,
    approvals: ApprovalFunction | None = None,
) -> AsyncRunStream:
    """Create a thread, start a run on it, and stream it (the SDK's `threads.create_and_run_stream`)."""
    return AsyncRunStream(
        client,
        lambda: create_thread_and_run.astream(client=client, body=body),
        tools=tools,
        on_error=on_error,
        resume=resume,
        interval=interval,
        approvals=approvals,
    )


# -- sync twins, written by codegen/unasync.py from the async ones above (make unasync): do not edit --


class RunStream:
    """A streamed run: iterate it for typed events, or use `text_deltas` and the `get_final_*` methods.

    Use it as a context manager (`with stream_run(...) as stream:`, then
    `for event in stream`); leaving the block closes the connection. It can be
    iterated once; `until_done()` reads what is left.
    """

    def __init__(
        self,
        client: Client,
        opener: Callable[[], AbstractContextManager[RunEventStream]],
        *,
        tools: Mapping[str, ToolFunction] | None = None,
        on_error: OnToolError = "raise",
        resume: bool = False,
        interval: float | None = None,
        approvals: ApprovalFunction | None = None,
    ) -> None:
        self._steps = _StreamSteps(client, tools, on_error, resume, interval, approvals)
        self._opener: Callable[[], AbstractContextManager[RunEventStream]] | None = opener
        self._opened: AbstractContextManager[RunEventStream] | None = None
        self._current: RunEventStream | None = None
        self._events = self._generate()

    @property
    def snapshots(self) -> RunSnapshots:
        """What the events read so far say: the run, messages and steps (as the SDK's `current_*`)."""
        return self._steps.snapshots

    def __enter__(self) -> RunStream:
        self._open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._opened is not None:
            opened, self._opened, self._current = self._opened, None, None
            opened.__exit__(None, None, None)

    def __iter__(self) -> Iterator[StreamEvent]:
        return self._events

    @property
    def text_deltas(self) -> Iterator[str]:
        """The answer's text, piece by piece, as it is written (reads the events)."""
        for _ in self._events:
            yield from self._steps.last_texts

    def until_done(self) -> None:
        for _ in self._events:
            pass

    def get_final_run(self) -> RunObject:
        self.until_done()
        return self._steps.run()

    def get_final_messages(self) -> list[MessageObject]:
        self.until_done()
        return self._steps.snapshots.messages()

    def get_final_run_steps(self) -> list[RunStepObject]:
        self.until_done()
        return self._steps.snapshots.steps()

    def _open(self) -> None:
        if self._current is None and self._opener is not None:
            self._opened, self._opener = self._opener(), None
            self._current = self._opened.__enter__()

    def _generate(self) -> Iterator[StreamEvent]:
        steps = self._steps
        while True:
            self._open()
            if self._current is None:
                return
            try:
                for event in self._current:
                    yield steps.take(event)
            except errors.APIConnectionError:
                run = steps.run_to_resume()
                if run is None:
                    raise
                self.close()
                steps.final_run = self._poll_to_end(run)
                return
            self.close()
            following = steps.next_submission()
            if following is None:
                return
            run, body = following
            self._opener = partial(
                submit_tool_outputs_to_run.stream, run.thread_id, run.id, client=steps.client, body=body
            )

    def _poll_to_end(self, run: RunObject) -> RunObject:
        steps = self._steps
        if steps.tools is not None:
            return run_tool_loop(
                steps.client,
                run,
                steps.tools,
                on_error=steps.on_error,
                interval=steps.interval,
                approvals=steps.approvals,
            )
        return poll_run(steps.client, run.thread_id, run.id, interval=steps.interval)


def stream_run(
    client: Client,
    thread_id: str,
    body: CreateRunRequest | CreateRunRequestParam,
    *,
    tools: Mapping[str, ToolFunction] | None = None,
    on_error: OnToolError = "raise",
    resume: bool = False,
    interval: float | None = None,
    approvals: ApprovalFunction | None = None,
) -> RunStream:
    """Start a run on a thread and stream it (the SDK's `runs.stream`).

    `tools` (function name -> callable, as `run_tool_loop` takes) answers tool calls in the
    middle of the stream, and `approvals` the MCP calls Foundry asks to approve (see
    `run_tool_loop`; without it such a stream ends with the run waiting); `resume=True`
    polls the run to its end if the stream is cut off (`interval` is then the polling interval).
    """
    return RunStream(
        client,
        lambda: create_run.stream(thread_id, client=client, body=body),
        tools=tools,
        on_error=on_error,
        resume=resume,
        interval=interval,
        approvals=approvals,
    )


def stream_thread_and_run(
    client: Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    *,
    tools: Mapping[str, ToolFunction] | None = None,
    on_error: OnToolError = "raise",
    resume: bool = False,
    interval: float | None = None,
    approvals: ApprovalFunction | None = None,
) -> RunStream:
    """Create a thread, start a run on it, and stream it (the SDK's `threads.create_and_run_stream`)."""
    return RunStream(
        client,
        lambda: create_thread_and_run.stream(client=client, body=body),
        tools=tools,
        on_error=on_error,
        resume=resume,
        interval=interval,
        approvals=approvals,
    )


# -- end of the twins --
