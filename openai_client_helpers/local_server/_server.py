"""The HTTP side of the local server: routes, credentials, faults on demand, server-sent events."""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Collection, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import attrs

from openai_client.errors import InvalidOptionError

from ._errors import JSON, ApiError, injected, server_error
from ._foundry import FOUNDRY_API_VERSIONS, FoundryApiState, require_tool_outputs
from ._scripts import McpCall, steps_of
from ._state import ApiState, Event
from ._validation import check_body

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

_RUN = ("threads", "{thread_id}", "runs", "{run_id}")
_MESSAGE = ("threads", "{thread_id}", "messages", "{message_id}")
ROUTES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("GET", ("assistants",), "listAssistants"),
    ("POST", ("assistants",), "createAssistant"),
    ("GET", ("assistants", "{assistant_id}"), "getAssistant"),
    ("POST", ("assistants", "{assistant_id}"), "modifyAssistant"),
    ("DELETE", ("assistants", "{assistant_id}"), "deleteAssistant"),
    ("POST", ("threads", "runs"), "createThreadAndRun"),
    ("POST", ("threads",), "createThread"),
    ("GET", ("threads", "{thread_id}"), "getThread"),
    ("POST", ("threads", "{thread_id}"), "modifyThread"),
    ("DELETE", ("threads", "{thread_id}"), "deleteThread"),
    ("GET", ("threads", "{thread_id}", "messages"), "listMessages"),
    ("POST", ("threads", "{thread_id}", "messages"), "createMessage"),
    ("GET", _MESSAGE, "getMessage"),
    ("POST", _MESSAGE, "modifyMessage"),
    ("DELETE", _MESSAGE, "deleteMessage"),
    ("GET", ("threads", "{thread_id}", "runs"), "listRuns"),
    ("POST", ("threads", "{thread_id}", "runs"), "createRun"),
    ("GET", _RUN, "getRun"),
    ("POST", _RUN, "modifyRun"),
    ("POST", (*_RUN, "cancel"), "cancelRun"),
    ("POST", (*_RUN, "submit_tool_outputs"), "submitToolOutputsToRun"),
    ("GET", (*_RUN, "steps"), "listRunSteps"),
    ("GET", (*_RUN, "steps", "{step_id}"), "getRunStep"),
)
"""Each operation the server answers: method, path segments (`{name}` captures one), operationId."""
FOUNDRY_ROUTES: tuple[tuple[str, tuple[str, ...], str], ...] = (("GET", ("threads",), "listThreads"),)
"""What Foundry Agent Service answers besides: its thread list (`foundry=True` only)."""
OPERATIONS = frozenset(operation for _, _, operation in ROUTES)
STREAMING_OPERATIONS = frozenset({"createThreadAndRun", "createRun", "submitToolOutputsToRun"})


@attrs.frozen
class RecordedRequest:
    """One request the server received: what a test asserts on.

    `body` is the decoded JSON (None without one); `content` the raw bytes; `operation` the
    operationId it reached (None for a URL the API does not have).
    """

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any
    content: bytes = b""
    operation: str | None = None


@attrs.define
class _Fault:
    status: int | None
    remaining: int
    operation: str | None
    retry_after: float | None
    delay: float | None
    cut_stream: bool

    def matches(self, operation: str | None, streamed: bool) -> bool:
        return (self.operation is None or self.operation == operation) and (streamed or not self.cut_stream)


def _route(
    parts: Sequence[str], method: str, routes: Sequence[tuple[str, tuple[str, ...], str]] = ROUTES
) -> tuple[str, dict[str, str]] | None:
    for route_method, pattern, operation in routes:
        if route_method != method or len(pattern) != len(parts):
            continue
        params: dict[str, str] = {}
        for segment, part in zip(pattern, parts, strict=True):
            if segment.startswith("{"):
                params[segment[1:-1]] = part
            elif segment != part:
                break
        else:
            return operation, params
    return None


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

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def _dispatch(self, method: str) -> None:
        url = urlsplit(self.path)
        query = parse_qs(url.query, keep_blank_values=True)
        content = self.rfile.read(int(self.headers.get("content-length") or 0))
        valid_json = True
        try:
            body = json.loads(content) if content else None
        except ValueError:
            body, valid_json = None, False
        route = self.server.route(method, url.path)
        operation, params = route if route is not None else (None, {})
        headers = {name.lower(): value for name, value in self.headers.items()}
        request_id = self.server.record(RecordedRequest(method, url.path, query, headers, body, content, operation))
        streamed = isinstance(body, dict) and body.get("stream") is True and operation in STREAMING_OPERATIONS
        fault = self.server.take_fault(operation, streamed)
        extra_headers: dict[str, str] = {}
        try:
            if fault is not None and fault.delay:
                time.sleep(fault.delay)
            if fault is not None and fault.status is not None:
                error = injected(fault.status)
                if fault.retry_after is not None:
                    error.headers["retry-after"] = f"{fault.retry_after:g}"
                raise error
            self.server.check_credentials(headers, query)
            if operation is None:
                raise ApiError(404, f"Invalid URL ({method} {url.path})")
            if not valid_json:
                raise ApiError(400, "We could not parse the JSON body of your request.")
            payload = check_body(operation, body)
            self.server.check_foundry_fields(operation, payload)
            if streamed:
                self._send_events(self.server.stream(operation, params, payload), request_id, cut=fault is not None)
                return
            status, answer = 200, self.server.answer(operation, params, query, payload)
            if answer.get("object") == "thread.run":
                extra_headers["openai-poll-after-ms"] = str(self.server.poll_after_ms)
        except ApiError as error:
            status, answer = error.status, error.body
            extra_headers.update(error.headers)
        except Exception as error:  # a bug here must reach the client as the API's 500, not a dropped connection
            failure = server_error(error)
            status, answer = failure.status, failure.body
        encoded = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(encoded)))
        self.send_header("x-request-id", request_id)
        for name, value in extra_headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(encoded)

    def _send_events(self, events: list[Event], request_id: str, *, cut: bool) -> None:
        """Write the events as server-sent events, then `done`, and close; `cut` stops halfway, without `done`."""
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("cache-control", "no-cache")
        self.send_header("x-request-id", request_id)
        self.send_header("connection", "close")
        self.end_headers()
        self.close_connection = True
        for name, data in events[: len(events) // 2] if cut else events:
            self.wfile.write(f"event: {name}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode())
            self.wfile.flush()
            if self.server.stream_delay and name.endswith(".delta"):
                time.sleep(self.server.stream_delay)
        if not cut:
            self.wfile.write(b"event: done\ndata: [DONE]\n\n")
            self.wfile.flush()


class LocalRunsServer(ThreadingHTTPServer):
    """The local Assistants API (assistants, threads, messages, runs) on 127.0.0.1, served from a thread.

    Use it as a context manager, or `start()` / `stop()`. See the package docstring for the knobs.
    """

    daemon_threads = True
    request_queue_size = 256  # the stdlib's 5 stalls a burst of concurrent connections

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        poll_after_ms: int = 0,
        stream_delay: float = 0.0,
        azure: bool = False,
        azure_api_versions: Collection[str] = AZURE_API_VERSIONS,
        foundry: bool = False,
        foundry_project: str = "local-project",
        foundry_api_versions: Collection[str] = FOUNDRY_API_VERSIONS,
    ) -> None:
        if azure and foundry:
            raise InvalidOptionError("LocalRunsServer serves one layout: give azure=True or foundry=True, not both")
        if foundry and (not foundry_project or "/" in foundry_project):
            raise InvalidOptionError(
                f"foundry_project must be a project name (one path segment), not {foundry_project!r}"
            )
        super().__init__((host, port), _Handler)
        self.token = token
        self.poll_after_ms = poll_after_ms
        self.stream_delay = stream_delay
        self.azure = azure
        self.azure_api_versions = frozenset(azure_api_versions)
        self.foundry = foundry
        self.foundry_project = foundry_project
        self.foundry_api_versions = frozenset(foundry_api_versions)
        self._state = FoundryApiState() if foundry else ApiState()
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._faults: list[_Fault] = []
        self._thread: threading.Thread | None = None

    # -- what tests use --------------------------------------------------------------
    @property
    def endpoint(self) -> str:
        """Scheme, host and port: what `AuthenticatedClient.for_azure` takes."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def base_url(self) -> str:
        """Where clients send requests: `{endpoint}/v1`, `{endpoint}/openai` in Azure mode, or the
        project endpoint `{endpoint}/api/projects/<project>` in Foundry mode."""
        if self.foundry:
            return self.project_endpoint
        return f"{self.endpoint}/openai" if self.azure else f"{self.endpoint}/v1"

    @property
    def project_endpoint(self) -> str:
        """Foundry's project endpoint, `{endpoint}/api/projects/<project>`: what `for_foundry` takes."""
        return f"{self.endpoint}/api/projects/{self.foundry_project}"

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a copy: it does not change as more arrive)."""
        with self._lock:
            return list(self._requests)

    def script(self, steps: Sequence[object], *, assistant_id: str | None = None) -> None:
        """Decide what the next run does (the next run of `assistant_id`, when given), step by step.

        `steps` holds `tool_call(...)` (a list of them for parallel calls), then at most one
        ending: `reply(...)`, `fail(...)`, `expire()` or `incomplete(...)`. Scripts queue up:
        each new run takes the first that fits it. Unscripted runs complete on their own.
        """
        checked = steps_of(steps)
        if not self.foundry and any(isinstance(step, tuple) and isinstance(step[0], McpCall) for step in checked):
            raise InvalidOptionError(
                "mcp_call steps need LocalRunsServer(foundry=True): only Foundry asks for approvals"
            )
        self._state.add_script(checked, assistant_id)

    def inject(
        self,
        status: int | None = None,
        *,
        count: int = 1,
        operation: str | None = None,
        retry_after: float | None = None,
        delay: float | None = None,
        cut_stream: bool = False,
    ) -> None:
        """Make the next `count` requests (of `operation`, an operationId such as "createRun", when
        given) fail: answered with `status` and the API's error body (with `retry-after` when given),
        after `delay` seconds, or, for `cut_stream`, a stream that stops halfway without `done`
        (only streamed requests are cut; others pass). Faults queue up, first given first used.
        """
        if status is None and delay is None and not cut_stream:
            raise InvalidOptionError("inject needs a status, a delay or cut_stream=True")
        if status is not None and (not isinstance(status, int) or not 400 <= status <= 599):
            raise InvalidOptionError(f"inject status must be an HTTP error status (400-599), not {status!r}")
        if status is not None and cut_stream:
            raise InvalidOptionError("a request answered with an error status has no stream to cut")
        if not isinstance(count, int) or count < 1:
            raise InvalidOptionError(f"inject count must be 1 or more, not {count!r}")
        if operation is not None and operation not in OPERATIONS:
            raise InvalidOptionError(f"unknown operation {operation!r}; one of: {', '.join(sorted(OPERATIONS))}")
        for name, value in (("retry_after", retry_after), ("delay", delay)):
            if value is not None and (not isinstance(value, int | float) or value < 0):
                raise InvalidOptionError(f"inject {name} must be seconds (0 or more), not {value!r}")
        with self._lock:
            self._faults.append(_Fault(status, count, operation, retry_after, delay, cut_stream))

    def history(self, run_id: str) -> list[str]:
        """Every status run `run_id` has had, in order (for example queued, in_progress, completed)."""
        try:
            return self._state.history(run_id)
        except ApiError:
            raise InvalidOptionError(f"this server has no run {run_id!r}") from None

    def add_assistant(self, *, id: str | None = None, **fields: Any) -> JSON:
        """Create an assistant without a request (for a test's setup), with the id given if any.

        `fields` are those of createAssistant; `model` defaults to "gpt-4o".
        """
        try:
            body = check_body("createAssistant", {"model": "gpt-4o", **fields})
            return self._state.create_assistant(body, assistant_id=id)
        except ApiError as error:  # what the API would answer with a 400, said to the caller directly
            raise InvalidOptionError(f"add_assistant: {error}") from None

    # -- what the handler uses -------------------------------------------------------
    def route(self, method: str, path: str) -> tuple[str, dict[str, str]] | None:
        """The operation and path parameters of a request, or None for a URL the API does not have."""
        parts = [unquote(part) for part in path.strip("/").split("/")]
        if self.foundry:
            if parts[:3] != ["api", "projects", self.foundry_project]:
                return None
            return _route(parts[3:], method) or _route(parts[3:], method, FOUNDRY_ROUTES)
        prefix = "openai" if self.azure else "v1"
        if parts[:1] != [prefix]:
            return None
        return _route(parts[1:], method)

    def record(self, request: RecordedRequest) -> str:
        """Keep `request` in the log; its request id (`x-request-id`) is its place there."""
        with self._lock:
            self._requests.append(request)
            return f"req_local_{len(self._requests):06d}"

    def take_fault(self, operation: str | None, streamed: bool) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(operation, streamed):
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def check_credentials(self, headers: dict[str, str], query: dict[str, list[str]]) -> None:
        bearer = headers.get("authorization", "")
        token = bearer[len("Bearer ") :] if bearer.startswith("Bearer ") else None
        if self.foundry:
            self._check_foundry_credentials(token, query)
            return
        if self.azure:
            given = query.get("api-version", [None])[0]
            if given is None:
                raise ApiError.azure(404, "404", "Resource not found")
            if given not in self.azure_api_versions:
                raise ApiError.azure(400, "BadRequest", f"API version not supported: {given}")
            key = headers.get("api-key") or token
            if not key:
                raise ApiError.azure(401, "401", "Access denied due to missing subscription key or Entra ID token.")
            if self.token is not None and key != self.token:
                raise ApiError.azure(
                    401,
                    "401",
                    "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a "
                    "valid key for an active subscription and use a correct regional API endpoint for your resource.",
                )
        elif token is None:
            raise ApiError(
                401,
                "You didn't provide an API key. You need to provide your API key in an Authorization header "
                "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
            )
        elif self.token is not None and token != self.token:
            raise ApiError(
                401,
                f"Incorrect API key provided: {_masked(token)}. You can find your API key at "
                "https://platform.openai.com/account/api-keys.",
                code="invalid_api_key",
            )
        if headers.get("openai-beta") != "assistants=v2":
            raise ApiError(400, "You must provide the 'OpenAI-Beta' header to access the Assistants API.")

    def _check_foundry_credentials(self, token: str | None, query: dict[str, list[str]]) -> None:
        """As Foundry's gateway: an api-version it has, and a Microsoft Entra ID bearer token (no API keys)."""
        given = query.get("api-version", [None])[0]
        if given is None:
            raise ApiError.azure(400, "BadRequest", "Missing required query parameter: api-version")
        if given not in self.foundry_api_versions:
            raise ApiError.azure(400, "BadRequest", f"API version not supported: {given}")
        if not token:
            raise ApiError.azure(401, "PermissionDenied", "The request has no Microsoft Entra ID bearer token.")
        if self.token is not None and token != self.token:
            raise ApiError.azure(401, "PermissionDenied", "The bearer token is not valid for this project.")

    def check_foundry_fields(self, operation: str, body: JSON) -> None:
        """Outside Foundry mode, a tool-outputs submission is OpenAI's: `tool_outputs`, and no `tool_approvals`."""
        if self.foundry or operation != "submitToolOutputsToRun":
            return
        if "tool_approvals" in body:
            raise ApiError(
                400,
                "Unrecognized request argument supplied: tool_approvals",
                param="tool_approvals",
                code="unknown_parameter",
            )
        require_tool_outputs(body)

    def answer(self, operation: str, params: dict[str, str], query: dict[str, list[str]], body: JSON) -> JSON:
        """The answer of a non-streamed request (validated already)."""
        state = self._state
        if operation == "listThreads" and isinstance(state, FoundryApiState):
            return state.list_threads(query)
        thread_id = params.get("thread_id", "")
        run_id = params.get("run_id", "")
        match operation:
            case "listAssistants":
                return state.list_assistants(query)
            case "createAssistant":
                return state.create_assistant(body)
            case "getAssistant":
                return state.get_assistant(params["assistant_id"])
            case "modifyAssistant":
                return state.modify_assistant(params["assistant_id"], body)
            case "deleteAssistant":
                return state.delete_assistant(params["assistant_id"])
            case "createThread":
                return state.create_thread(body)
            case "getThread":
                return state.get_thread(thread_id)
            case "modifyThread":
                return state.modify_thread(thread_id, body)
            case "deleteThread":
                return state.delete_thread(thread_id)
            case "listMessages":
                return state.list_messages(thread_id, query)
            case "createMessage":
                return state.create_message(thread_id, body)
            case "getMessage":
                return state.get_message(thread_id, params["message_id"])
            case "modifyMessage":
                return state.modify_message(thread_id, params["message_id"], body)
            case "deleteMessage":
                return state.delete_message(thread_id, params["message_id"])
            case "createThreadAndRun":
                return state.create_thread_and_run(body)
            case "listRuns":
                return state.list_runs(thread_id, query)
            case "createRun":
                return state.create_run(thread_id, body)
            case "getRun":
                return state.get_run(thread_id, run_id)
            case "modifyRun":
                return state.modify_run(thread_id, run_id, body)
            case "cancelRun":
                return state.cancel_run(thread_id, run_id)
            case "submitToolOutputsToRun":
                return state.submit_tool_outputs(thread_id, run_id, body)
            case "listRunSteps":
                return state.list_run_steps(thread_id, run_id, query)
            case "getRunStep":
                return state.get_run_step(thread_id, run_id, params["step_id"])
        raise AssertionError(f"no answer for {operation}")

    def stream(self, operation: str, params: dict[str, str], body: JSON) -> list[Event]:
        """The events of a streamed request (validated already)."""
        if operation == "createThreadAndRun":
            return self._state.stream_thread_and_run(body)
        if operation == "createRun":
            return self._state.stream_run(params["thread_id"], body)
        return self._state.stream_tool_outputs(params["thread_id"], params["run_id"], body)

    # -- lifetime --------------------------------------------------------------------
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up first (it timed out, or left a stream early) is not a server error."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def start(self) -> LocalRunsServer:
        """Serve from a background thread; returns the server, so `server = LocalRunsServer().start()` reads."""
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.02}, name="local-runs-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LocalRunsServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _masked(token: str) -> str:
    """A key as the API quotes it back: its first and last characters, the rest starred."""
    if len(token) <= 8:
        return "*" * len(token)
    return f"{token[:3]}{'*' * (len(token) - 7)}{token[-4:]}"
