"""Streamed runs as the official SDK's stream helper offers them, plus tool calls answered mid-stream.

    with stream_thread_and_run(client, body, tools={"get_weather": get_weather}) as stream:
        for text in stream.text_deltas:
            print(text, end="", flush=True)
    run = stream.get_final_run()

One loop goes from question to answer: when the run asks for tool outputs, the functions
in `tools` are called, the outputs are submitted with a stream, and the same iteration
goes on with the new stream's events, however many tool rounds it takes. With
`resume=True`, a stream cut off mid-way is not the end: the run is polled to its end.

`RunSnapshots` holds what the events say so far, built from deltas (message text and
annotations per content index; tool call arguments, code input and outputs per tool-call
index) and replaced by the full objects when `*.completed` arrives. It does no I/O; the
sync `RunStream` and async `AsyncRunStream` are thin loops around it.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from functools import partial
from typing import Any

from openai_client import AuthenticatedClient, errors
from openai_client.api.runs import create_run, create_thread_and_run, submit_tool_outputs_to_run
from openai_client.models import (
    CreateRunRequest,
    CreateThreadAndRunRequest,
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

from .lifecycle import OnToolError, ToolFunction, apoll_run, arun_tool_loop, poll_run, run_tool_loop, tool_submission

JSON = dict[str, Any]


class RunSnapshots:
    """What a run's events say so far: the run, its messages and its steps (no I/O here)."""

    def __init__(self) -> None:
        self.run: RunObject | None = None
        self._messages: dict[str, JSON] = {}
        self._steps: dict[str, JSON] = {}

    def apply(self, event: StreamEvent) -> list[str]:
        """Take in one event; return the pieces of answer text it carries (for `text_deltas`)."""
        data = event.data
        if isinstance(data, RunObject):
            self.run = data
        elif isinstance(data, MessageObject):
            self._messages[data.id] = data.to_dict()
        elif isinstance(data, RunStepObject):
            self._steps[data.id] = data.to_dict()
        elif isinstance(data, MessageDeltaObject):
            return self._apply_message_delta(data.id, data.delta.to_dict())
        elif isinstance(data, RunStepDeltaObject):
            self._apply_step_delta(data.id, data.delta.to_dict())
        return []

    def messages(self) -> list[MessageObject]:
        return [MessageObject.from_dict(message) for message in self._messages.values()]

    def steps(self) -> list[RunStepObject]:
        return [RunStepObject.from_dict(step) for step in self._steps.values()]

    def _apply_message_delta(self, message_id: str, delta: JSON) -> list[str]:
        message = self._messages.setdefault(message_id, {"id": message_id, "content": []})
        texts = []
        for part in delta.get("content", []):
            merged = _merge_indexed(message.setdefault("content", []), part)
            if part.get("type") == "text":
                text = part.get("text", {})
                if text.get("value"):
                    texts.append(text["value"])
                merged_text = merged.setdefault("text", {"value": "", "annotations": []})
                for annotation in text.get("annotations", []):
                    _merge_indexed(merged_text.setdefault("annotations", []), annotation)
        return texts

    def _apply_step_delta(self, step_id: str, delta: JSON) -> None:
        step = self._steps.setdefault(step_id, {"id": step_id})
        details = delta.get("step_details") or {}
        current = step.setdefault("step_details", {"type": details.get("type")})
        for call in details.get("tool_calls", []):
            merged = _merge_indexed(current.setdefault("tool_calls", []), call)
            code = call.get("code_interpreter") or {}
            for output in code.get("outputs", []):
                _merge_indexed(merged.setdefault("code_interpreter", {}).setdefault("outputs", []), output)
        if "message_creation" in details:
            current["message_creation"] = details["message_creation"]


def _merge_indexed(items: list[JSON], piece: JSON) -> JSON:
    """Merge a delta `piece` into `items[piece["index"]]`: text fields are appended, others replaced."""
    index = piece.get("index", len(items))
    fresh = {key: copy.deepcopy(value) for key, value in piece.items() if key != "index"}
    if not isinstance(index, int) or index >= len(items):
        items.append(_without_nested_lists(fresh))
        return items[-1]
    _merge_into(items[index], fresh)
    return items[index]


_APPENDED = frozenset({"value", "arguments", "input", "refusal"})


def _merge_into(target: JSON, piece: JSON) -> None:
    for key, value in piece.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge_into(target[key], {k: v for k, v in value.items() if not isinstance(v, list)})
        elif isinstance(value, str) and key in _APPENDED and isinstance(target.get(key), str):
            target[key] += value
        elif not isinstance(value, list):
            target[key] = value


def _without_nested_lists(piece: JSON) -> JSON:
    """A new part, with the lists that are merged by index (annotations, outputs) started empty."""
    for value in piece.values():
        if isinstance(value, dict):
            for key in ("annotations", "outputs"):
                if key in value:
                    value[key] = []
    return piece


class _StreamSteps:
    """What the sync and async streams share, without I/O: their state, the decision of what
    to do when a stream ends, and the final answers."""

    def __init__(
        self,
        client: AuthenticatedClient,
        tools: Mapping[str, ToolFunction] | None,
        on_error: OnToolError,
        resume: bool,
        interval: float | None,
    ) -> None:
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
        """After a stream ended: the run and the outputs to stream next, or None when done
        (no functions were given, or the run does not wait for outputs)."""
        run = self.snapshots.run
        if self.tools is None or run is None or run.status != RunStatus.REQUIRES_ACTION:
            return None
        return run, tool_submission(run, self.tools, self.on_error)

    def run_to_resume(self) -> RunObject | None:
        """After a cut-off stream: the run to poll to its end, or None to re-raise."""
        return self.snapshots.run if self.resume else None


class RunStream:
    """A streamed run: iterate it for typed events, or use `text_deltas` and the `get_final_*` methods.

    Use it as a context manager (`with stream_run(...) as stream:`); leaving the block closes
    the connection. It can be iterated once; `until_done()` reads what is left.
    """

    def __init__(
        self,
        client: AuthenticatedClient,
        opener: Callable[[], AbstractContextManager[RunEventStream]],
        *,
        tools: Mapping[str, ToolFunction] | None = None,
        on_error: OnToolError = "raise",
        resume: bool = False,
        interval: float | None = None,
    ) -> None:
        self._steps = _StreamSteps(client, tools, on_error, resume, interval)
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
            return run_tool_loop(steps.client, run, steps.tools, on_error=steps.on_error, interval=steps.interval)
        return poll_run(steps.client, run.thread_id, run.id, interval=steps.interval)


class AsyncRunStream:
    """Async `RunStream`: `async with astream_run(...) as stream:`, `async for event in stream`."""

    def __init__(
        self,
        client: AuthenticatedClient,
        opener: Callable[[], AbstractAsyncContextManager[AsyncRunEventStream]],
        *,
        tools: Mapping[str, ToolFunction] | None = None,
        on_error: OnToolError = "raise",
        resume: bool = False,
        interval: float | None = None,
    ) -> None:
        self._steps = _StreamSteps(client, tools, on_error, resume, interval)
        self._opener: Callable[[], AbstractAsyncContextManager[AsyncRunEventStream]] | None = opener
        self._opened: AbstractAsyncContextManager[AsyncRunEventStream] | None = None
        self._current: AsyncRunEventStream | None = None
        self._events = self._generate()

    @property
    def snapshots(self) -> RunSnapshots:
        """What the events read so far say: the run, messages and steps."""
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
                steps.client, run, steps.tools, on_error=steps.on_error, interval=steps.interval
            )
        return await apoll_run(steps.client, run.thread_id, run.id, interval=steps.interval)


def stream_run(
    client: AuthenticatedClient,
    thread_id: str,
    body: CreateRunRequest,
    *,
    tools: Mapping[str, ToolFunction] | None = None,
    on_error: OnToolError = "raise",
    resume: bool = False,
    interval: float | None = None,
) -> RunStream:
    """Start a run on a thread and stream it (the SDK's `runs.stream`).

    `tools` (function name -> callable, as `run_tool_loop` takes) answers tool calls in the
    middle of the stream; `resume=True` polls the run to its end if the stream is cut off
    (`interval` is then the polling interval).
    """
    return RunStream(
        client,
        lambda: create_run.stream(thread_id, client=client, body=body),
        tools=tools,
        on_error=on_error,
        resume=resume,
        interval=interval,
    )


def stream_thread_and_run(
    client: AuthenticatedClient,
    body: CreateThreadAndRunRequest,
    *,
    tools: Mapping[str, ToolFunction] | None = None,
    on_error: OnToolError = "raise",
    resume: bool = False,
    interval: float | None = None,
) -> RunStream:
    """Create a thread, start a run on it, and stream it (the SDK's `threads.create_and_run_stream`)."""
    return RunStream(
        client,
        lambda: create_thread_and_run.stream(client=client, body=body),
        tools=tools,
        on_error=on_error,
        resume=resume,
        interval=interval,
    )


def astream_run(
    client: AuthenticatedClient,
    thread_id: str,
    body: CreateRunRequest,
    *,
    tools: Mapping[str, ToolFunction] | None = None,
    on_error: OnToolError = "raise",
    resume: bool = False,
    interval: float | None = None,
) -> AsyncRunStream:
    """Async `stream_run`."""
    return AsyncRunStream(
        client,
        lambda: create_run.astream(thread_id, client=client, body=body),
        tools=tools,
        on_error=on_error,
        resume=resume,
        interval=interval,
    )


def astream_thread_and_run(
    client: AuthenticatedClient,
    body: CreateThreadAndRunRequest,
    *,
    tools: Mapping[str, ToolFunction] | None = None,
    on_error: OnToolError = "raise",
    resume: bool = False,
    interval: float | None = None,
) -> AsyncRunStream:
    """Async `stream_thread_and_run`."""
    return AsyncRunStream(
        client,
        lambda: create_thread_and_run.astream(client=client, body=body),
        tools=tools,
        on_error=on_error,
        resume=resume,
        interval=interval,
    )
