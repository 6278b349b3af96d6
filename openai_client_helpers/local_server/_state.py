"""Assistants, threads, messages, runs and steps, and the rules that move runs along.

Everything lives behind one lock. Each operation takes it once, does all its work, and
returns deep copies, so that no dict the state keeps is ever seen (or serialised) outside
it, whatever threads or tasks call at once. The request bodies it is given are copies
already (`check_body` makes them): their parts are kept as they are.

Runs move on by the clock, one state every `pace` seconds, whether or not anyone reads
them: queued -> in_progress -> (requires_action -> queued -> in_progress)* -> an ending.
Each operation first brings every active run up to the clock's time (what fell due while
nobody asked happens then, with the times it fell due), so a list after a wait shows
progress. A run waiting in `requires_action` past its `expires_at` expires. What a run does
when it leaves in_progress comes from its script (see _scripts.py) or, unscripted, from its
tools: a run with function tools asks for them once (arguments made up from their
parameter schemas), then completes with a default answer.
"""

from __future__ import annotations

import copy
import itertools
import json
import threading
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from ._clock import Clock
from ._errors import ApiError
from ._scripts import Ending, Expire, Fail, Incomplete, Reply, Step, ToolCall

JSON = dict[str, Any]
Event = tuple[str, JSON]
T = TypeVar("T")

TERMINAL_STATUSES = frozenset({"cancelled", "failed", "completed", "incomplete", "expired"})
ACTIVE_STATUSES = frozenset({"queued", "in_progress", "requires_action", "cancelling"})
"""A thread with a run in one of these takes neither a new run nor a new message (the API's rule)."""
DEFAULT_PACE = 0.02
"""Seconds a run spends in each state by default: quick for tests, slow enough to see each one."""
RUN_LIFETIME = 600
"""Seconds from a run's creation to its `expires_at`, as the API gives runs ten minutes."""
DEFAULT_ANSWER = "Hello from the local Runs server: the run is complete."


@attrs.define
class _Script:
    steps: deque[Step]
    assistant_id: str | None


@attrs.define
class _Run:
    data: JSON
    steps: list[JSON] = attrs.field(factory=list)
    script: deque[Step] | None = None
    """The scripted steps still to come; None for an unscripted run."""
    tool_rounds: int = 0
    history: list[str] = attrs.field(factory=list)
    due: float = 0.0
    """When the run next moves on by itself (a run in requires_action waits for outputs instead)."""


@attrs.define
class _Thread:
    data: JSON
    messages: list[JSON] = attrs.field(factory=list)
    runs: list[_Run] = attrs.field(factory=list)


class ApiState:
    """The objects of the local API and their rules. Every public method is one locked operation."""

    def __init__(self, clock: Clock | None = None, pace: float = DEFAULT_PACE) -> None:
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self.clock = clock or Clock()
        self.pace = pace
        self._assistants: dict[str, JSON] = {}
        self._threads: dict[str, _Thread] = {}
        self._scripts: list[_Script] = []
        self._active: list[_Run] = []
        """The runs not ended yet, oldest first: what the clock moves on."""

    def _locked(self, operation: Callable[[], T]) -> T:
        with self._lock:
            self._catch_up()
            return copy.deepcopy(operation())

    def _now(self) -> int:
        return int(self.clock.now())

    def catch_up(self) -> None:
        """Move every active run on to the clock's time (what `server.advance()` ends with)."""
        with self._lock:
            self._catch_up()

    def _catch_up(self) -> None:
        now = self.clock.now()
        for run in list(self._active):
            while run.data["status"] in ACTIVE_STATUSES:
                expires_at = run.data["expires_at"]
                if expires_at is not None and now >= expires_at and run.data["status"] != "cancelling":
                    self._expire(run, int(expires_at))
                elif run.data["status"] != "requires_action" and run.due <= now:
                    moment = run.due
                    self._advance(run, int(moment))
                    run.due = moment + self.pace
                else:
                    break
            if run.data["status"] not in ACTIVE_STATUSES:
                self._active.remove(run)

    def poll_after(self, thread_id: str, run_id: str) -> float | None:
        """Seconds until run `run_id` moves on by itself (None: it will not, or there is no such run)."""
        with self._lock:
            try:
                run = self._run(thread_id, run_id)
            except ApiError:
                return None
            if run.data["status"] not in ACTIVE_STATUSES or run.data["status"] == "requires_action":
                return None
            return max(run.due - self.clock.now(), 0.0)

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):06d}"

    # -- scripts ---------------------------------------------------------------------
    def add_script(self, steps: Iterable[Step], assistant_id: str | None) -> None:
        with self._lock:
            self._scripts.append(_Script(deque(steps), assistant_id))

    def history(self, run_id: str) -> list[str]:
        """Every status the run has had, in order."""
        return self._locked(lambda: self._run_anywhere(run_id).history)

    # -- assistants ------------------------------------------------------------------
    def create_assistant(self, body: JSON, assistant_id: str | None = None) -> JSON:
        def create() -> JSON:
            new_id = assistant_id or self._new_id("asst")
            if new_id in self._assistants:
                raise ApiError(400, f"An assistant with id '{new_id}' already exists.", param="id")
            assistant = {
                "id": new_id,
                "object": "assistant",
                "created_at": self._now(),
                "name": body.get("name"),
                "description": body.get("description"),
                "model": body["model"],
                "instructions": body.get("instructions"),
                "tools": body.get("tools") or [],
                "tool_resources": body.get("tool_resources") or {},
                "metadata": body.get("metadata") or {},
                "temperature": _given(body, "temperature", 1.0),
                "top_p": _given(body, "top_p", 1.0),
                "response_format": body.get("response_format") or "auto",
            }
            self._assistants[new_id] = assistant
            return assistant

        return self._locked(create)

    def list_assistants(self, query: dict[str, list[str]]) -> JSON:
        return self._locked(lambda: _page(list(self._assistants.values()), query))

    def get_assistant(self, assistant_id: str) -> JSON:
        return self._locked(lambda: self._assistant(assistant_id))

    def modify_assistant(self, assistant_id: str, body: JSON) -> JSON:
        def modify() -> JSON:
            assistant = self._assistant(assistant_id)
            assistant.update({key: value for key, value in body.items() if key != "reasoning_effort"})
            return assistant

        return self._locked(modify)

    def delete_assistant(self, assistant_id: str) -> JSON:
        def delete() -> JSON:
            self._assistant(assistant_id)
            del self._assistants[assistant_id]
            return {"id": assistant_id, "object": "assistant.deleted", "deleted": True}

        return self._locked(delete)

    # -- threads ---------------------------------------------------------------------
    def create_thread(self, body: JSON) -> JSON:
        return self._locked(lambda: self._create_thread(body).data)

    def get_thread(self, thread_id: str) -> JSON:
        return self._locked(lambda: self._thread(thread_id).data)

    def modify_thread(self, thread_id: str, body: JSON) -> JSON:
        def modify() -> JSON:
            thread = self._thread(thread_id)
            for key in ("metadata", "tool_resources"):
                if key in body:
                    thread.data[key] = body[key] or {}
            return thread.data

        return self._locked(modify)

    def delete_thread(self, thread_id: str) -> JSON:
        def delete() -> JSON:
            self._thread(thread_id)
            del self._threads[thread_id]
            return {"id": thread_id, "object": "thread.deleted", "deleted": True}

        return self._locked(delete)

    # -- messages --------------------------------------------------------------------
    def create_message(self, thread_id: str, body: JSON) -> JSON:
        def create() -> JSON:
            thread = self._thread(thread_id)
            active = _active_run(thread)
            if active is not None:
                raise ApiError(400, f"Can't add messages to {thread_id} while a run {active.data['id']} is active.")
            return self._add_message(thread, body)

        return self._locked(create)

    def list_messages(self, thread_id: str, query: dict[str, list[str]]) -> JSON:
        def listed() -> JSON:
            messages = self._thread(thread_id).messages
            run_id = query.get("run_id", [None])[0]
            if run_id is not None:
                messages = [message for message in messages if message["run_id"] == run_id]
            return _page(messages, query)

        return self._locked(listed)

    def get_message(self, thread_id: str, message_id: str) -> JSON:
        return self._locked(lambda: self._message(thread_id, message_id))

    def modify_message(self, thread_id: str, message_id: str, body: JSON) -> JSON:
        def modify() -> JSON:
            message = self._message(thread_id, message_id)
            if "metadata" in body:
                message["metadata"] = body["metadata"] or {}
            return message

        return self._locked(modify)

    def delete_message(self, thread_id: str, message_id: str) -> JSON:
        def delete() -> JSON:
            thread = self._thread(thread_id)
            thread.messages.remove(self._message(thread_id, message_id))
            return {"id": message_id, "object": "thread.message.deleted", "deleted": True}

        return self._locked(delete)

    # -- runs ------------------------------------------------------------------------
    def create_thread_and_run(self, body: JSON) -> JSON:
        def create() -> JSON:
            assistant = self._assistant(body["assistant_id"])
            thread = self._create_thread(_thread_of(body))
            return self._create_run(thread, assistant, body).data

        return self._locked(create)

    def create_run(self, thread_id: str, body: JSON) -> JSON:
        def create() -> JSON:
            thread = self._thread(thread_id)
            return self._create_run(thread, self._assistant(body["assistant_id"]), body).data

        return self._locked(create)

    def list_runs(self, thread_id: str, query: dict[str, list[str]]) -> JSON:
        return self._locked(lambda: _page([run.data for run in self._thread(thread_id).runs], query))

    def get_run(self, thread_id: str, run_id: str) -> JSON:
        return self._locked(lambda: self._run(thread_id, run_id).data)

    def modify_run(self, thread_id: str, run_id: str, body: JSON) -> JSON:
        def modify() -> JSON:
            run = self._run(thread_id, run_id)
            if "metadata" in body:
                run.data["metadata"] = body["metadata"] or {}
            return run.data

        return self._locked(modify)

    def cancel_run(self, thread_id: str, run_id: str) -> JSON:
        def cancel() -> JSON:
            run = self._run(thread_id, run_id)
            if run.data["status"] not in ACTIVE_STATUSES or run.data["status"] == "cancelling":
                raise ApiError(400, f"Cannot cancel run with status '{run.data['status']}'.")
            _set_status(run, "cancelling")
            run.data["required_action"] = None
            run.due = self.clock.now() + self.pace
            return run.data

        return self._locked(cancel)

    def submit_tool_outputs(self, thread_id: str, run_id: str, body: JSON) -> JSON:
        return self._locked(lambda: self._submit_tool_outputs(self._run(thread_id, run_id), body).data)

    def list_run_steps(self, thread_id: str, run_id: str, query: dict[str, list[str]]) -> JSON:
        return self._locked(lambda: _page(self._run(thread_id, run_id).steps, query))

    def get_run_step(self, thread_id: str, run_id: str, step_id: str) -> JSON:
        def read() -> JSON:
            for step in self._run(thread_id, run_id).steps:
                if step["id"] == step_id:
                    return step
            raise ApiError.not_found("run step", step_id)

        return self._locked(read)

    # -- streamed runs: the events of the whole operation, made under one hold of the lock
    def stream_thread_and_run(self, body: JSON) -> list[Event]:
        def stream() -> list[Event]:
            assistant = self._assistant(body["assistant_id"])
            thread = self._create_thread(_thread_of(body))
            run = self._create_run(thread, assistant, body)
            return [("thread.created", copy.deepcopy(thread.data)), *self._stream(thread, run, created=True)]

        return self._locked(stream)

    def stream_run(self, thread_id: str, body: JSON) -> list[Event]:
        def stream() -> list[Event]:
            thread = self._thread(thread_id)
            run = self._create_run(thread, self._assistant(body["assistant_id"]), body)
            return self._stream(thread, run, created=True)

        return self._locked(stream)

    def stream_tool_outputs(self, thread_id: str, run_id: str, body: JSON) -> list[Event]:
        def stream() -> list[Event]:
            thread = self._thread(thread_id)
            run = self._submit_tool_outputs(self._run(thread_id, run_id), body)
            step = copy.deepcopy(run.steps[-1])
            return [("thread.run.step.completed", step), *self._stream(thread, run, created=False)]

        return self._locked(stream)

    # -- the rules (the lock is held) ------------------------------------------------
    def _create_thread(self, body: JSON) -> _Thread:
        thread_id = self._new_id("thread")
        thread = _Thread(
            {
                "id": thread_id,
                "object": "thread",
                "created_at": self._now(),
                "tool_resources": body.get("tool_resources") or {},
                "metadata": body.get("metadata") or {},
            }
        )
        self._threads[thread_id] = thread
        for message in body.get("messages") or []:
            self._add_message(thread, message)
        return thread

    def _add_message(self, thread: _Thread, body: JSON, *, run: _Run | None = None, status: str = "completed") -> JSON:
        now = self._now()
        message: JSON = {
            "id": self._new_id("msg"),
            "object": "thread.message",
            "created_at": now,
            "thread_id": thread.data["id"],
            "status": status,
            "incomplete_details": None,
            "completed_at": now if status == "completed" else None,
            "incomplete_at": None,
            "role": body["role"],
            "content": _content(body["content"]),
            "assistant_id": run.data["assistant_id"] if run is not None else None,
            "run_id": run.data["id"] if run is not None else None,
            "attachments": body.get("attachments") or [],
            "metadata": body.get("metadata") or {},
        }
        thread.messages.append(message)
        return message

    def _create_run(self, thread: _Thread, assistant: JSON, body: JSON) -> _Run:
        active = _active_run(thread)
        if active is not None:
            raise ApiError(400, f"Thread {thread.data['id']} already has an active run {active.data['id']}.")
        for message in body.get("additional_messages") or []:
            self._add_message(thread, message)
        now = self._now()
        instructions = body.get("instructions")
        if instructions is None:
            instructions = assistant["instructions"]
        if body.get("additional_instructions"):
            instructions = f"{instructions or ''}\n{body['additional_instructions']}".strip()
        data: JSON = {
            "id": self._new_id("run"),
            "object": "thread.run",
            "created_at": now,
            "thread_id": thread.data["id"],
            "assistant_id": assistant["id"],
            "status": "queued",
            "required_action": None,
            "last_error": None,
            "expires_at": now + RUN_LIFETIME,
            "started_at": None,
            "cancelled_at": None,
            "failed_at": None,
            "completed_at": None,
            "incomplete_details": None,
            "model": body.get("model") or assistant["model"],
            "instructions": instructions,
            # What the run inherits from its assistant is copied: the two change apart.
            "tools": copy.deepcopy(body["tools"] if body.get("tools") is not None else assistant["tools"]),
            "metadata": body.get("metadata") or {},
            "usage": None,
            "temperature": _given(body, "temperature", assistant["temperature"]),
            "top_p": _given(body, "top_p", assistant["top_p"]),
            "max_prompt_tokens": body.get("max_prompt_tokens"),
            "max_completion_tokens": body.get("max_completion_tokens"),
            "truncation_strategy": body.get("truncation_strategy") or {"type": "auto", "last_messages": None},
            "tool_choice": body.get("tool_choice") or "auto",
            "parallel_tool_calls": _given(body, "parallel_tool_calls", True),
            "response_format": copy.deepcopy(_given(body, "response_format", assistant["response_format"])),
        }
        run = _Run(
            data, script=self._take_script(assistant["id"]), history=["queued"], due=self.clock.now() + self.pace
        )
        thread.runs.append(run)
        self._active.append(run)
        return run

    def _take_script(self, assistant_id: str) -> deque[Step] | None:
        for index, script in enumerate(self._scripts):
            if script.assistant_id in (None, assistant_id):
                del self._scripts[index]
                return script.steps
        return None

    def _submit_tool_outputs(self, run: _Run, body: JSON) -> _Run:
        if run.data["status"] != "requires_action":
            raise ApiError(400, f'Runs in status "{run.data["status"]}" do not accept tool outputs.')
        calls = {call["id"] for call in run.data["required_action"]["submit_tool_outputs"]["tool_calls"]}
        given: dict[str, str] = {}
        for index, output in enumerate(body["tool_outputs"]):
            call_id = output.get("tool_call_id")
            where = f"tool_outputs[{index}].tool_call_id"
            if call_id not in calls:
                raise ApiError(400, f"No tool call found with id '{call_id}'.", param=where)
            if call_id in given:
                raise ApiError(400, f"Duplicate tool output for tool call id '{call_id}'.", param=where)
            given[call_id] = output.get("output", "")
        missing = sorted(calls - set(given))
        if missing:
            raise ApiError(400, f"Expected tool outputs for call ids {missing}.", param="tool_outputs")
        step = run.steps[-1]
        now = self._now()
        for call in step["step_details"]["tool_calls"]:
            call["function"]["output"] = given[call["id"]]
        step.update(status="completed", completed_at=now, expires_at=None, usage=_usage(20, 5))
        run.data["required_action"] = None
        _set_status(run, "queued")  # the run goes back in the queue, as the API's does
        run.due = self.clock.now() + self.pace
        return run

    def _advance(self, run: _Run, now: int) -> None:
        """Move a run one state along, as the API does after a while, at time `now`."""
        status = run.data["status"]
        if status == "queued":
            if run.data["started_at"] is None:
                run.data["started_at"] = now
            _set_status(run, "in_progress")
        elif status == "cancelling":
            run.data.update(cancelled_at=now, expires_at=None)
            _set_status(run, "cancelled")
            self._end_steps(run, "cancelled", now)
        elif status == "in_progress":
            self._take_step(run, self._next_step(run), now)

    def _expire(self, run: _Run, now: int) -> None:
        """A run not finished by its `expires_at` expires; its pending tool calls with it."""
        run.data["required_action"] = None
        self._end_steps(run, "expired", now)
        _set_status(run, "expired")

    def _next_step(self, run: _Run) -> Step:
        if run.script is not None:
            return run.script.popleft() if run.script else Reply(self._default_answer(run))
        functions = [tool for tool in run.data["tools"] if tool.get("type") == "function"]
        if functions and run.tool_rounds == 0:
            return tuple(ToolCall(tool["function"]["name"], _sample_arguments(tool["function"])) for tool in functions)
        return Reply(self._default_answer(run))

    def _take_step(self, run: _Run, step: Step, now: int) -> None:
        if isinstance(step, tuple):
            self._require_tool_outputs(run, step, now)
        elif isinstance(step, Reply):
            self._complete(run, step.text, now)
        else:
            self._end(run, step, now)

    def _require_tool_outputs(self, run: _Run, calls: tuple[ToolCall, ...], now: int) -> None:
        tool_calls: list[JSON] = [
            {
                "id": self._new_id("call"),
                "type": "function",
                "function": {"name": call.name, "arguments": call.arguments},
            }
            for call in calls
        ]
        run.tool_rounds += 1
        run.data["required_action"] = {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": tool_calls}}
        _set_status(run, "requires_action")
        details: JSON = {
            "type": "tool_calls",
            "tool_calls": [{**call, "function": {**call["function"], "output": None}} for call in tool_calls],
        }
        run.steps.append(self._new_step(run, "tool_calls", details, now))

    def _complete(self, run: _Run, text: str, now: int) -> None:
        thread = self._threads[run.data["thread_id"]]
        message = self._add_message(thread, {"role": "assistant", "content": text}, run=run)
        details = {"type": "message_creation", "message_creation": {"message_id": message["id"]}}
        step = self._new_step(run, "message_creation", details, now)
        step.update(status="completed", completed_at=now, expires_at=None, usage=_usage(12, 7))
        run.steps.append(step)
        run.data.update(completed_at=now, expires_at=None, usage=_usage(40, 20))
        _set_status(run, "completed")

    def _end(self, run: _Run, ending: Ending, now: int) -> None:
        run.data["expires_at"] = None
        if isinstance(ending, Fail):
            run.data.update(failed_at=now, last_error={"code": ending.code, "message": ending.message})
            self._end_steps(run, "failed", now)
            _set_status(run, "failed")
        elif isinstance(ending, Incomplete):
            run.data.update(incomplete_details={"reason": ending.reason}, usage=_usage(40, 256))
            _set_status(run, "incomplete")
        elif isinstance(ending, Expire):
            self._end_steps(run, "expired", now)
            _set_status(run, "expired")

    def _default_answer(self, run: _Run) -> str:
        answered = [
            f"{call['function']['name']} said {call['function']['output']}"
            for step in run.steps
            if step["type"] == "tool_calls"
            for call in step["step_details"]["tool_calls"]
        ]
        return f"Thanks to the tools: {'; '.join(answered)}." if answered else DEFAULT_ANSWER

    def _new_step(self, run: _Run, kind: str, details: JSON, now: int) -> JSON:
        return {
            "id": self._new_id("step"),
            "object": "thread.run.step",
            "created_at": now,
            "assistant_id": run.data["assistant_id"],
            "thread_id": run.data["thread_id"],
            "run_id": run.data["id"],
            "type": kind,
            "status": "in_progress",
            "step_details": details,
            "last_error": None,
            "expires_at": run.data["expires_at"],
            "cancelled_at": None,
            "failed_at": None,
            "completed_at": None,
            "usage": None,
        }

    @staticmethod
    def _end_steps(run: _Run, status: str, now: int) -> None:
        time_field = {"cancelled": "cancelled_at", "failed": "failed_at"}
        for step in run.steps:
            if step["status"] == "in_progress":
                step["status"] = status
                step["expires_at"] = None
                if status in time_field:
                    step[time_field[status]] = now

    def _stream(self, thread: _Thread, run: _Run, *, created: bool) -> list[Event]:
        """Drive a run to `requires_action` or its end, recording the events a stream carries."""
        events: list[Event] = []
        if created:
            events.append(("thread.run.created", copy.deepcopy(run.data)))
        events.append(("thread.run.queued", copy.deepcopy(run.data)))
        while run.data["status"] not in TERMINAL_STATUSES and run.data["status"] != "requires_action":
            steps_before, messages_before = len(run.steps), len(thread.messages)
            self._advance(run, self._now())
            status = run.data["status"]
            if status == "requires_action":
                events += self._requires_action_events(run)
            elif status == "completed":
                events += _answer_events(run.steps[steps_before:][-1], thread.messages[messages_before])
            events.append((f"thread.run.{status}", copy.deepcopy(run.data)))
        return events

    def _requires_action_events(self, run: _Run) -> list[Event]:
        """What a stream carries when `run` stops to wait for the caller: its tool-calls step."""
        return _tool_call_events(run.steps[-1])

    # -- lookups ---------------------------------------------------------------------
    def _assistant(self, assistant_id: str) -> JSON:
        if assistant_id not in self._assistants:
            raise ApiError.not_found("assistant", assistant_id)
        return self._assistants[assistant_id]

    def _thread(self, thread_id: str) -> _Thread:
        if thread_id not in self._threads:
            raise ApiError.not_found("thread", thread_id)
        return self._threads[thread_id]

    def _message(self, thread_id: str, message_id: str) -> JSON:
        for message in self._thread(thread_id).messages:
            if message["id"] == message_id:
                return message
        raise ApiError.not_found("message", message_id)

    def _run(self, thread_id: str, run_id: str) -> _Run:
        for run in self._thread(thread_id).runs:
            if run.data["id"] == run_id:
                return run
        raise ApiError.not_found("run", run_id)

    def _run_anywhere(self, run_id: str) -> _Run:
        for thread in self._threads.values():
            for run in thread.runs:
                if run.data["id"] == run_id:
                    return run
        raise ApiError.not_found("run", run_id)


def _thread_of(body: JSON) -> JSON:
    """The thread a createThreadAndRun body asks for (its `tool_resources` are the thread's)."""
    thread = dict(body.get("thread") or {})
    if body.get("tool_resources") is not None:
        thread["tool_resources"] = body["tool_resources"]
    return thread


def _active_run(thread: _Thread) -> _Run | None:
    for run in thread.runs:
        if run.data["status"] in ACTIVE_STATUSES:
            return run
    return None


def _set_status(run: _Run, status: str) -> None:
    run.data["status"] = status
    run.history.append(status)


def _content(content: Any) -> list[JSON]:
    """A message's content as the API stores it: text parts with their annotations."""
    if isinstance(content, str):
        return [{"type": "text", "text": {"value": content, "annotations": []}}]
    parts: list[JSON] = []
    for part in content:
        if part.get("type") == "text":
            parts.append({"type": "text", "text": {"value": part["text"], "annotations": []}})
        else:
            parts.append(part)
    return parts


def _tool_call_events(step: JSON) -> list[Event]:
    """A tool-calls step created, its calls' arguments arriving in pieces, as the API streams them."""
    created = copy.deepcopy(step)
    for call in created["step_details"]["tool_calls"]:
        call["function"]["arguments"] = ""
    events: list[Event] = [("thread.run.step.created", created), ("thread.run.step.in_progress", created)]
    for index, call in enumerate(step["step_details"]["tool_calls"]):
        for number, piece in enumerate(_pieces(call["function"]["arguments"], size=1)):
            function: JSON = {"arguments": piece}
            tool_call: JSON = {"index": index, "type": "function", "function": function}
            if number == 0:
                tool_call["id"] = call["id"]
                function.update(name=call["function"]["name"], output=None)
            delta = {"step_details": {"type": "tool_calls", "tool_calls": [tool_call]}}
            events.append(
                ("thread.run.step.delta", {"id": step["id"], "object": "thread.run.step.delta", "delta": delta})
            )
    return events


def _answer_events(step: JSON, message: JSON) -> list[Event]:
    """The message-creation step and its message, the answer arriving in pieces."""
    created_step = {**copy.deepcopy(step), "status": "in_progress", "completed_at": None, "usage": None}
    created_message = {**copy.deepcopy(message), "status": "in_progress", "completed_at": None, "content": []}
    events: list[Event] = [
        ("thread.run.step.created", created_step),
        ("thread.run.step.in_progress", created_step),
        ("thread.message.created", created_message),
        ("thread.message.in_progress", created_message),
    ]
    text = "".join(part["text"]["value"] for part in message["content"] if part["type"] == "text")
    for piece in _pieces(text):
        delta = {"content": [{"index": 0, "type": "text", "text": {"value": piece, "annotations": []}}]}
        events.append(("thread.message.delta", {"id": message["id"], "object": "thread.message.delta", "delta": delta}))
    events += [("thread.message.completed", copy.deepcopy(message)), ("thread.run.step.completed", copy.deepcopy(step))]
    return events


def _sample_arguments(function: JSON) -> str:
    """Arguments a model might write for `function`: each declared parameter's first example,
    default or enum value, else a placeholder of its type; `{}` when it declares none."""
    placeholders = {"string": "sample", "integer": 1, "number": 1.5, "boolean": True, "array": [], "object": {}}
    parameters = function.get("parameters") or {}
    properties = parameters.get("properties") if isinstance(parameters, dict) else None
    arguments: JSON = {}
    for name, schema in (properties or {}).items():
        schema = schema if isinstance(schema, dict) else {}
        if schema.get("examples"):
            arguments[name] = schema["examples"][0]
        elif "default" in schema:
            arguments[name] = schema["default"]
        elif schema.get("enum"):
            arguments[name] = schema["enum"][0]
        else:
            arguments[name] = placeholders.get(str(schema.get("type")))
    return json.dumps(arguments)


def _pieces(text: str, size: int = 3) -> list[str]:
    """`text` cut into pieces of `size` words (two characters when size is 1), as a model writes it."""
    if size == 1:
        return [text[index : index + 2] for index in range(0, len(text), 2)] or [""]
    words = text.split(" ")
    return [
        " ".join(words[index : index + size]) + (" " if index + size < len(words) else "")
        for index in range(0, len(words), size)
    ]


def _usage(prompt: int, completion: int) -> JSON:
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _given(body: JSON, key: str, default: Any) -> Any:
    """`body[key]` when present and not null (0 counts as given), else `default`."""
    value = body.get(key)
    return default if value is None else value


def _page(items: list[JSON], query: dict[str, list[str]]) -> JSON:
    """One page of `items` (held oldest first) as the list operations return it."""
    raw_limit = query.get("limit", ["20"])[0]
    if not raw_limit.isdigit() or not 1 <= int(raw_limit) <= 100:
        raise ApiError(400, f"Invalid 'limit': expected an integer from 1 to 100, got '{raw_limit}'.", param="limit")
    order = query.get("order", ["desc"])[0]
    if order not in ("asc", "desc"):
        raise ApiError(400, f"Invalid 'order': expected 'asc' or 'desc', got '{order}'.", param="order")
    ordered = list(items) if order == "asc" else list(reversed(items))
    ids = [item["id"] for item in ordered]
    for cursor_name in ("after", "before"):
        cursor = query.get(cursor_name, [None])[0]
        if cursor is not None and cursor not in ids:
            raise ApiError(400, f"Invalid '{cursor_name}': no object with id '{cursor}'.", param=cursor_name)
    start = ids.index(query["after"][0]) + 1 if "after" in query else 0
    end = ids.index(query["before"][0]) if "before" in query else len(ordered)
    limit = int(raw_limit)
    window = ordered[start:end]
    # A `before` cursor alone pages backwards: the page is the window's end, next to the cursor.
    page = window[-limit:] if "before" in query and "after" not in query else window[:limit]
    return {
        "object": "list",
        "data": page,
        "first_id": page[0]["id"] if page else None,
        "last_id": page[-1]["id"] if page else None,
        "has_more": len(window) > limit,
    }
