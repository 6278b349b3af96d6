"""A local, stateful stand-in for the Runs API, served on 127.0.0.1 (stdlib only).

It answers the 9 run operations the way the real API does, with the bodies our
openapi.yaml declares, so that code using openai_client can be tested and demonstrated
without a network or a key:

    with LocalRunsServer() as server:
        client = AuthenticatedClient(base_url=server.base_url, token="sk-local")
        ...

Runs advance one state each time they are read (GET), which is what a poller sees:
queued -> in_progress -> requires_action (when the run has function tools and has not
had its outputs) -> in_progress -> completed. Cancelling goes cancelling -> cancelled.
`metadata={"simulate": "failed" | "expired" | "incomplete"}` ends a run that way
instead of completing it. Requests are checked like the real API checks them (missing
`assistant_id`, unknown ids, outputs for unknown tool calls, a run in the wrong state,
bad paging parameters) and answered with OpenAI-shaped error bodies. Every request is
recorded in `server.requests` for tests to inspect.
"""

from __future__ import annotations

import copy
import itertools
import json
import sys
import threading
import time
from collections.abc import Collection
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import attrs

JSON = dict[str, Any]
AZURE_API_VERSIONS = (
    "2024-02-15-preview",
    "2024-05-01-preview",
    "2024-07-01-preview",
    "2024-08-01-preview",
    "2024-09-01-preview",
    "2024-10-01-preview",
    "2024-12-01-preview",
    "2025-01-01-preview",
    "2025-02-01-preview",
    "2025-03-01-preview",
    "2025-04-01-preview",
)
"""Azure OpenAI's dated API versions whose descriptions carry the Assistants API."""
TERMINAL_STATUSES = frozenset({"cancelled", "failed", "completed", "incomplete", "expired"})
_SIMULATED_ENDINGS = frozenset({"failed", "expired", "incomplete"})


@attrs.define
class RecordedRequest:
    """One request the server received."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any


class ApiError(Exception):
    """An error answer: HTTP status and the OpenAI error object."""

    def __init__(self, status: int, message: str, *, param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.body: JSON = {
            "error": {
                "message": message,
                "type": "invalid_request_error",
                "param": param,
                "code": code,
            }
        }

    @classmethod
    def azure(cls, status: int, code: str, message: str) -> ApiError:
        """An error as Azure's gateway answers it, before the request reaches the Assistants API."""
        error = cls(status, message)
        error.body = {"error": {"code": code, "message": message}}
        return error


@attrs.define
class _Run:
    data: JSON
    outputs_submitted: bool = False
    steps: list[JSON] = attrs.field(factory=list)


class RunsState:
    """Threads, runs and steps, and the rules that move runs along. Thread-safe."""

    def __init__(self, poll_after_ms: int = 0) -> None:
        self.poll_after_ms = poll_after_ms
        self._lock = threading.Lock()
        self._threads: dict[str, list[_Run]] = {}
        self._ids = itertools.count(1)
        self._clock = itertools.count(int(time.time()))

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):06d}"

    def create_thread(self) -> str:
        with self._lock:
            thread_id = self._new_id("thread")
            self._threads[thread_id] = []
            return thread_id

    # -- streaming ---------------------------------------------------------------------
    def stream_thread_and_run(self, body: JSON) -> list[Event]:
        run = self.create_thread_and_run(body)
        thread = {
            "id": run["thread_id"],
            "object": "thread",
            "created_at": run["created_at"],
            "metadata": {},
            "tool_resources": None,
        }
        return [("thread.created", thread), *self._stream(run["thread_id"], run["id"], started=True)]

    def stream_run(self, thread_id: str, body: JSON) -> list[Event]:
        run = self.create_run(thread_id, body)
        return self._stream(thread_id, run["id"], started=True)

    def stream_tool_outputs(self, thread_id: str, run_id: str, body: JSON) -> list[Event]:
        self.submit_tool_outputs(thread_id, run_id, body)
        with self._lock:
            run = self._run(thread_id, run_id)
            run.data["status"] = "queued"  # as the real service does: the run goes back in the queue
            tool_step = copy.deepcopy(run.steps[-1])
        tool_step.update(status="completed", completed_at=run.data["created_at"], usage=_usage(20, 5))
        return [("thread.run.step.completed", tool_step), *self._stream(thread_id, run_id, started=False)]

    def _stream(self, thread_id: str, run_id: str, *, started: bool) -> list[Event]:
        """Drive a run to `requires_action` or its end, recording the events a stream carries."""
        with self._lock:
            run = self._run(thread_id, run_id)
            events: list[Event] = []
            if started:
                events.append(("thread.run.created", copy.deepcopy(run.data)))
            events.append(("thread.run.queued", copy.deepcopy(run.data)))
            while run.data["status"] not in TERMINAL_STATUSES and run.data["status"] != "requires_action":
                steps_before = len(run.steps)
                self._advance(run)
                status = run.data["status"]
                if status == "requires_action":
                    events += _tool_call_events(run.steps[-1])
                elif status == "completed":
                    events += self._answer_events(run, run.steps[steps_before:])
                events.append((f"thread.run.{status}", copy.deepcopy(run.data)))
            return events

    def _answer_events(self, run: _Run, new_steps: list[JSON]) -> list[Event]:
        """The message-creation step and its message, the answer arriving in pieces."""
        step = new_steps[-1]
        created = {**copy.deepcopy(step), "status": "in_progress", "completed_at": None, "usage": None}
        message_id = step["step_details"]["message_creation"]["message_id"]
        message: JSON = {
            "id": message_id,
            "object": "thread.message",
            "created_at": step["created_at"],
            "assistant_id": run.data["assistant_id"],
            "thread_id": run.data["thread_id"],
            "run_id": run.data["id"],
            "status": "in_progress",
            "incomplete_details": None,
            "incomplete_at": None,
            "completed_at": None,
            "role": "assistant",
            "content": [],
            "attachments": [],
            "metadata": {},
        }
        answer = _answer(run)
        events: list[Event] = [
            ("thread.run.step.created", created),
            ("thread.run.step.in_progress", created),
            ("thread.message.created", copy.deepcopy(message)),
            ("thread.message.in_progress", copy.deepcopy(message)),
        ]
        for piece in _pieces(answer):
            delta = {"content": [{"index": 0, "type": "text", "text": {"value": piece, "annotations": []}}]}
            events.append(
                ("thread.message.delta", {"id": message_id, "object": "thread.message.delta", "delta": delta})
            )
        message.update(
            status="completed",
            completed_at=step["completed_at"],
            content=[{"type": "text", "text": {"value": answer, "annotations": []}}],
        )
        events += [("thread.message.completed", message), ("thread.run.step.completed", copy.deepcopy(step))]
        return events

    # -- operations ------------------------------------------------------------------
    def create_thread_and_run(self, body: JSON) -> JSON:
        _require_assistant(body)
        thread_id = self.create_thread()
        return self.create_run(thread_id, body)

    def create_run(self, thread_id: str, body: JSON) -> JSON:
        _require_assistant(body)
        _check_tools(body.get("tools") or [])
        with self._lock:
            runs = self._thread(thread_id)
            now = next(self._clock)
            run = _Run(data=_new_run(self._new_id("run"), thread_id, now, body))
            runs.append(run)
            return dict(run.data)

    def list_runs(self, thread_id: str, query: dict[str, list[str]]) -> JSON:
        with self._lock:
            return _page([run.data for run in self._thread(thread_id)], query)

    def get_run(self, thread_id: str, run_id: str) -> JSON:
        with self._lock:
            run = self._run(thread_id, run_id)
            self._advance(run)
            return dict(run.data)

    def modify_run(self, thread_id: str, run_id: str, body: JSON) -> JSON:
        unknown = set(body) - {"metadata"}
        if unknown:
            raise ApiError(400, f"Unrecognized request argument supplied: {sorted(unknown)[0]}")
        with self._lock:
            run = self._run(thread_id, run_id)
            if "metadata" in body:
                run.data["metadata"] = body["metadata"] or {}
            return dict(run.data)

    def cancel_run(self, thread_id: str, run_id: str) -> JSON:
        with self._lock:
            run = self._run(thread_id, run_id)
            if run.data["status"] in TERMINAL_STATUSES or run.data["status"] == "cancelling":
                raise ApiError(400, f"Cannot cancel run with status '{run.data['status']}'.")
            run.data["status"] = "cancelling"
            run.data["required_action"] = None
            return dict(run.data)

    def submit_tool_outputs(self, thread_id: str, run_id: str, body: JSON) -> JSON:
        outputs = body.get("tool_outputs")
        if not isinstance(outputs, list):
            raise ApiError(400, "Missing required parameter: 'tool_outputs'.", param="tool_outputs")
        with self._lock:
            run = self._run(thread_id, run_id)
            if run.data["status"] != "requires_action":
                raise ApiError(
                    400,
                    f'Runs in status "{run.data["status"]}" do not accept tool outputs.',
                )
            calls = {call["id"]: call for call in run.data["required_action"]["submit_tool_outputs"]["tool_calls"]}
            given: dict[str, str] = {}
            for index, output in enumerate(outputs):
                call_id = output.get("tool_call_id") if isinstance(output, dict) else None
                if not isinstance(call_id, str) or call_id not in calls:
                    raise ApiError(
                        400, f"No tool call found with id '{call_id}'.", param=f"tool_outputs[{index}].tool_call_id"
                    )
                given[call_id] = str(output.get("output", ""))
            missing = sorted(set(calls) - set(given))
            if missing:
                raise ApiError(400, f"Expected tool outputs for call ids {missing}.", param="tool_outputs")
            step = run.steps[-1]
            for call in step["step_details"]["tool_calls"]:
                call["function"]["output"] = given[call["id"]]
            run.outputs_submitted = True
            run.data["status"] = "in_progress"
            run.data["required_action"] = None
            return dict(run.data)

    def list_run_steps(self, thread_id: str, run_id: str, query: dict[str, list[str]]) -> JSON:
        with self._lock:
            return _page(self._run(thread_id, run_id).steps, query)

    def get_run_step(self, thread_id: str, run_id: str, step_id: str) -> JSON:
        with self._lock:
            for step in self._run(thread_id, run_id).steps:
                if step["id"] == step_id:
                    return dict(step)
        raise ApiError(404, f"No run step found with id '{step_id}'.")

    # -- state machine ---------------------------------------------------------------
    def _advance(self, run: _Run) -> None:
        """Move a run one state along, as the real service does between polls."""
        data = run.data
        now = next(self._clock)
        status = data["status"]
        if status == "queued":
            data.update(status="in_progress", started_at=now)
        elif status == "cancelling":
            data.update(status="cancelled", cancelled_at=now, expires_at=None)
            self._end_steps(run, "cancelled", now)
        elif status == "in_progress":
            ending = (data.get("metadata") or {}).get("simulate")
            function_calls = _function_tools(data)
            if ending in _SIMULATED_ENDINGS:
                self._end(run, ending, now)
            elif function_calls and not run.outputs_submitted:
                self._require_tool_outputs(run, function_calls, now)
            else:
                self._complete(run, now)

    def _require_tool_outputs(self, run: _Run, functions: list[JSON], now: int) -> None:
        calls: list[JSON] = [
            {
                "id": self._new_id("call"),
                "type": "function",
                "function": {"name": tool["function"]["name"], "arguments": _sample_arguments(tool["function"])},
            }
            for tool in functions
        ]
        run.data.update(
            status="requires_action",
            required_action={"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": calls}},
        )
        details: JSON = {
            "type": "tool_calls",
            "tool_calls": [{**call, "function": {**call["function"], "output": None}} for call in calls],
        }
        run.steps.append(self._new_step(run, "tool_calls", details, now))

    def _complete(self, run: _Run, now: int) -> None:
        self._end_steps(run, "completed", now)
        message = {"type": "message_creation", "message_creation": {"message_id": self._new_id("msg")}}
        step = self._new_step(run, "message_creation", message, now)
        step.update(status="completed", completed_at=now, usage=_usage(12, 7))
        run.steps.append(step)
        run.data.update(status="completed", completed_at=now, expires_at=None, usage=_usage(40, 20))

    def _end(self, run: _Run, ending: str, now: int) -> None:
        run.data.update(status=ending, expires_at=None)
        if ending == "failed":
            run.data.update(failed_at=now, last_error={"code": "server_error", "message": "Simulated failure."})
            self._end_steps(run, "failed", now)
        elif ending == "incomplete":
            run.data.update(incomplete_details={"reason": "max_completion_tokens"}, usage=_usage(40, 256))
        else:
            self._end_steps(run, "expired", now)

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
        time_field = {"completed": "completed_at", "cancelled": "cancelled_at", "failed": "failed_at"}
        for step in run.steps:
            if step["status"] == "in_progress":
                step["status"] = status
                if status in time_field:
                    step[time_field[status]] = now
                    step["expires_at"] = None
                if status == "completed":
                    step["usage"] = _usage(20, 5)

    # -- lookups ---------------------------------------------------------------------
    def _thread(self, thread_id: str) -> list[_Run]:
        if thread_id not in self._threads:
            raise ApiError(404, f"No thread found with id '{thread_id}'.")
        return self._threads[thread_id]

    def _run(self, thread_id: str, run_id: str) -> _Run:
        for run in self._thread(thread_id):
            if run.data["id"] == run_id:
                return run
        raise ApiError(404, f"No run found with id '{run_id}'.")


Event = tuple[str, JSON]


def _tool_call_events(step: JSON) -> list[Event]:
    """A tool-calls step created, its calls' arguments arriving in pieces, as the API streams them."""
    created = copy.deepcopy(step)
    calls = step["step_details"]["tool_calls"]
    for call in created["step_details"]["tool_calls"]:
        call["function"]["arguments"] = ""
    events: list[Event] = [("thread.run.step.created", created), ("thread.run.step.in_progress", created)]
    for index, call in enumerate(calls):
        for number, piece in enumerate(_pieces(call["function"]["arguments"], size=1)):
            function: JSON = {"arguments": piece}
            tool_call: JSON = {"index": index, "type": "function", "function": function}
            if number == 0:
                tool_call["id"] = call["id"]
                function.update(name=call["function"]["name"], output=None)
            details = {"type": "tool_calls", "tool_calls": [tool_call]}
            events.append(
                (
                    "thread.run.step.delta",
                    {"id": step["id"], "object": "thread.run.step.delta", "delta": {"step_details": details}},
                )
            )
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


def _answer(run: _Run) -> str:
    if not run.steps or run.steps[0]["type"] != "tool_calls":
        return "Hello from the local Runs server: the run is complete."
    said = "; ".join(
        f"{call['function']['name']} said {call['function']['output']}"
        for call in run.steps[0]["step_details"]["tool_calls"]
    )
    return f"Thanks to the tools: {said}."


def _pieces(text: str, size: int = 3) -> list[str]:
    """`text` cut into pieces of `size` words (characters when size is 1), as a model writes it."""
    if size == 1:
        return [text[index : index + 2] for index in range(0, len(text), 2)] or [""]
    words = text.split(" ")
    return [
        " ".join(words[index : index + size]) + (" " if index + size < len(words) else "")
        for index in range(0, len(words), size)
    ]


def _require_assistant(body: JSON) -> None:
    if not isinstance(body.get("assistant_id"), str) or not body["assistant_id"]:
        raise ApiError(400, "Missing required parameter: 'assistant_id'.", param="assistant_id")


_TOOL_TYPES = frozenset({"code_interpreter", "file_search", "function"})


def _check_tools(tools: Any) -> None:
    """Refuse tools as the API does: a 400 naming the parameter, never a crash later."""
    if not isinstance(tools, list):
        raise ApiError(400, "Invalid 'tools': expected an array of tool objects.", param="tools")
    for index, tool in enumerate(tools):
        where = f"tools[{index}]"
        if not isinstance(tool, dict) or tool.get("type") not in _TOOL_TYPES:
            kinds = ", ".join(sorted(_TOOL_TYPES))
            raise ApiError(400, f"Invalid '{where}.type': expected one of {kinds}.", param=f"{where}.type")
        if tool["type"] == "function":
            function = tool.get("function")
            if not isinstance(function, dict):
                raise ApiError(400, f"Missing required parameter: '{where}.function'.", param=f"{where}.function")
            name = function.get("name")
            if not isinstance(name, str) or not name:
                raise ApiError(
                    400, f"Missing required parameter: '{where}.function.name'.", param=f"{where}.function.name"
                )


def _function_tools(run: JSON) -> list[JSON]:
    return [tool for tool in run["tools"] if tool.get("type") == "function"]


def _usage(prompt: int, completion: int) -> JSON:
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _given(body: JSON, key: str, default: Any) -> Any:
    """`body[key]` when present and not null (0 counts as given), else `default`."""
    value = body.get(key)
    return default if value is None else value


def _new_run(run_id: str, thread_id: str, now: int, body: JSON) -> JSON:
    return {
        "id": run_id,
        "object": "thread.run",
        "created_at": now,
        "thread_id": thread_id,
        "assistant_id": body["assistant_id"],
        "status": "queued",
        "required_action": None,
        "last_error": None,
        "expires_at": now + 600,
        "started_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": None,
        "incomplete_details": None,
        "model": body.get("model") or "gpt-4o",
        "instructions": body.get("instructions") or "You are a helpful assistant.",
        "tools": body.get("tools") or [],
        "metadata": body.get("metadata") or {},
        "usage": None,
        "temperature": _given(body, "temperature", 1.0),
        "top_p": _given(body, "top_p", 1.0),
        "max_prompt_tokens": body.get("max_prompt_tokens"),
        "max_completion_tokens": body.get("max_completion_tokens"),
        "truncation_strategy": body.get("truncation_strategy") or {"type": "auto", "last_messages": None},
        "tool_choice": body.get("tool_choice") or "auto",
        "parallel_tool_calls": _given(body, "parallel_tool_calls", True),
        "response_format": body.get("response_format") or "auto",
    }


def _page(items: list[JSON], query: dict[str, list[str]]) -> JSON:
    """One page of `items` (oldest first) as the list endpoints return it."""
    raw_limit = query.get("limit", ["20"])[0]
    if not raw_limit.isdigit() or not 1 <= int(raw_limit) <= 100:
        raise ApiError(400, f"Invalid 'limit': expected an integer from 1 to 100, got '{raw_limit}'.", param="limit")
    order = query.get("order", ["desc"])[0]
    if order not in ("asc", "desc"):
        raise ApiError(400, f"Invalid 'order': expected 'asc' or 'desc', got '{order}'.", param="order")
    ordered = list(items) if order == "asc" else list(reversed(items))
    ids = [item["id"] for item in ordered]
    start, end = 0, len(ordered)
    for cursor_name in ("after", "before"):
        cursor = query.get(cursor_name, [None])[0]
        if cursor is not None and cursor not in ids:
            raise ApiError(400, f"Invalid '{cursor_name}': no object with id '{cursor}'.", param=cursor_name)
    if "after" in query:
        start = ids.index(query["after"][0]) + 1
    if "before" in query:
        end = ids.index(query["before"][0])
    limit = int(raw_limit)
    window = ordered[start:end]
    # A `before` cursor alone pages backwards: the page is the window's end, next to the cursor.
    page = window[-limit:] if "before" in query and "after" not in query else window[:limit]
    has_more = len(window) > limit
    return {
        "object": "list",
        "data": [dict(item) for item in page],
        "first_id": page[0]["id"] if page else None,
        "last_id": page[-1]["id"] if page else None,
        "has_more": has_more,
    }


class _Handler(BaseHTTPRequestHandler):
    server: LocalRunsServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests and the demo print what matters themselves."""

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        url = urlsplit(self.path)
        query = parse_qs(url.query, keep_blank_values=True)
        raw = self.rfile.read(int(self.headers.get("content-length") or 0))
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = _INVALID_JSON
        self.server.requests.append(
            RecordedRequest(method, url.path, query, {k.lower(): v for k, v in self.headers.items()}, body)
        )
        try:
            if body is _INVALID_JSON:
                raise ApiError(400, "We could not parse the JSON body of your request.")
            self._check_headers(query)
            if isinstance(body, dict) and body.get("stream") is True:
                events = self._route_stream(method, url.path, body)
                if events is not None:
                    self._send_events(events)
                    return
            status, payload = 200, self._route(method, url.path, query, body)
        except ApiError as error:
            status, payload = error.status, error.body
        except Exception as error:  # a bug here must reach the client as the API's 500, not a dropped connection
            status, payload = 500, _server_error_body(error)
        encoded = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(encoded)))
        self.send_header("x-request-id", f"req_local_{len(self.server.requests):06d}")
        if status == 200 and payload.get("object") == "thread.run":
            self.send_header("openai-poll-after-ms", str(self.server.state.poll_after_ms))
        self.end_headers()
        self.wfile.write(encoded)

    def _route_stream(self, method: str, path: str, body: JSON) -> list[Event] | None:
        """The events of a streamed request, or None when the operation does not stream."""
        parts = self._api_parts(method, path)
        state = self.server.state
        match method, parts:
            case "POST", ["threads", "runs"]:
                return state.stream_thread_and_run(body)
            case "POST", ["threads", thread_id, "runs"]:
                return state.stream_run(thread_id, body)
            case "POST", ["threads", thread_id, "runs", run_id, "submit_tool_outputs"]:
                return state.stream_tool_outputs(thread_id, run_id, body)
        return None

    def _api_parts(self, method: str, path: str) -> list[str]:
        """The path's segments after the API's prefix (`/v1`, or Azure's `/openai/v1`)."""
        parts = [unquote(part) for part in path.strip("/").split("/")]
        prefix = ["openai"] if self.server.azure else ["v1"]
        if parts[: len(prefix)] != prefix:
            raise ApiError(404, f"Invalid URL ({method} {path})")
        return parts[len(prefix) :]

    def _send_events(self, events: list[Event]) -> None:
        """Write the events as server-sent events, one at a time, then `done`, and close."""
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("cache-control", "no-cache")
        self.send_header("x-request-id", f"req_local_{len(self.server.requests):06d}")
        self.send_header("connection", "close")
        self.end_headers()
        self.close_connection = True
        for name, data in events:
            self.wfile.write(f"event: {name}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode())
            self.wfile.flush()
            if self.server.stream_delay and name.endswith(".delta"):
                time.sleep(self.server.stream_delay)
        self.wfile.write(b"event: done\ndata: [DONE]\n\n")
        self.wfile.flush()

    def _check_headers(self, query: dict[str, list[str]]) -> None:
        bearer = (self.headers.get("authorization") or "").startswith("Bearer ")
        if self.server.azure:
            given = query.get("api-version", [None])[0]
            if given is None:
                raise ApiError.azure(404, "404", "Resource not found")
            if given not in self.server.azure_api_versions:
                raise ApiError.azure(400, "BadRequest", f"API version not supported: {given}")
            if not (self.headers.get("api-key") or bearer):
                raise ApiError.azure(401, "401", "Access denied due to missing subscription key or Entra ID token.")
        elif not bearer:
            raise ApiError(401, "You didn't provide an API key.")
        if self.headers.get("openai-beta") != "assistants=v2":
            raise ApiError(400, "You must provide the 'OpenAI-Beta' header to access the Assistants API.")

    def _route(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> JSON:
        parts = self._api_parts(method, path)
        state = self.server.state
        bodiless = parts[-1:] == ["cancel"]
        if method == "POST" and not isinstance(body, dict) and (body is not None or not bodiless):
            raise ApiError(400, "The request body must be a JSON object.")
        payload: JSON = body if isinstance(body, dict) else {}
        match method, parts:
            case "POST", ["threads", "runs"]:
                return state.create_thread_and_run(payload)
            case "GET", ["threads", thread_id, "runs"]:
                return state.list_runs(thread_id, query)
            case "POST", ["threads", thread_id, "runs"]:
                return state.create_run(thread_id, payload)
            case "GET", ["threads", thread_id, "runs", run_id]:
                return state.get_run(thread_id, run_id)
            case "POST", ["threads", thread_id, "runs", run_id]:
                return state.modify_run(thread_id, run_id, payload)
            case "POST", ["threads", thread_id, "runs", run_id, "cancel"]:
                return state.cancel_run(thread_id, run_id)
            case "POST", ["threads", thread_id, "runs", run_id, "submit_tool_outputs"]:
                return state.submit_tool_outputs(thread_id, run_id, payload)
            case "GET", ["threads", thread_id, "runs", run_id, "steps"]:
                return state.list_run_steps(thread_id, run_id, query)
            case "GET", ["threads", thread_id, "runs", run_id, "steps", step_id]:
                return state.get_run_step(thread_id, run_id, step_id)
        raise ApiError(404, f"Invalid URL ({method} {path})")


_INVALID_JSON = object()


def _server_error_body(error: Exception) -> JSON:
    return {
        "error": {
            "message": f"The server had an error while processing your request ({type(error).__name__}).",
            "type": "server_error",
            "param": None,
            "code": None,
        }
    }


class LocalRunsServer(ThreadingHTTPServer):
    """The local Runs API on 127.0.0.1 and a free port, served from a background thread."""

    daemon_threads = True
    request_queue_size = 256  # the stdlib's 5 stalls a burst of concurrent connections

    def __init__(
        self,
        *,
        poll_after_ms: int = 0,
        stream_delay: float = 0.0,
        azure: bool = False,
        azure_api_versions: Collection[str] = AZURE_API_VERSIONS,
    ) -> None:
        """`azure=True` serves Azure OpenAI's conventions: paths under `/openai` with an
        `api-version` query parameter on every request (404 without one, 400 for a version
        not in `azure_api_versions`), and the key in an `api-key` header (or an Entra ID
        bearer token)."""
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = RunsState(poll_after_ms=poll_after_ms)
        self.stream_delay = stream_delay
        self.azure = azure
        self.azure_api_versions = frozenset(azure_api_versions)
        self.requests: list[RecordedRequest] = []
        self._thread: threading.Thread | None = None

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up first (it timed out, or left a stream early) is not a server error."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    @property
    def endpoint(self) -> str:
        """Scheme, host and port: what `AuthenticatedClient.for_azure` takes."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def base_url(self) -> str:
        return f"{self.endpoint}/openai" if self.azure else f"{self.endpoint}/v1"

    def start(self) -> LocalRunsServer:
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.02}, name="local-runs-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LocalRunsServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
