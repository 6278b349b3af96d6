"""The HTTP side of the local server: routes, credentials, faults on demand, server-sent events."""

from __future__ import annotations

import contextlib
import json
import socket
import sys
import threading
import time
from collections.abc import Callable, Collection, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import attrs

from openai_client.errors import InvalidOptionError

from ._clock import Clock
from ._errors import JSON, ApiError, injected, server_error
from ._foundry import FOUNDRY_API_VERSIONS, FOUNDRY_ONLY_OPERATIONS, FoundryApiState, require_tool_outputs
from ._handlers import ANSWERS, STREAMS, Call
from ._operations import ServedOperation, routed_operations, served_operations
from ._scripts import McpCall, steps_of
from ._state import DEFAULT_PACE, ApiState, Event
from ._validation import check_body, check_query

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

OPERATIONS: frozenset[str] = frozenset(served_operations())
"""The operationIds of the spec (what `inject(operation=...)` takes)."""
CREDENTIAL_HEADERS = frozenset({"authorization", "api-key"})
"""Request headers that carry a key: shown masked when a recorded request is printed."""


class RecordedHeaders(dict[str, str]):
    """A request's headers (names lower-cased), as received; printed with the keys masked.

    Indexing gives the value as sent (`headers["authorization"]`), so a test can check the key
    it means to; `repr`/`str` (and so a printed `server.requests`) show `Bearer sk-...abcd`.
    """

    def __repr__(self) -> str:
        return repr({name: masked(value) if name in CREDENTIAL_HEADERS else value for name, value in self.items()})

    __str__ = __repr__


@attrs.frozen
class RecordedRequest:
    """One request the server received: what a test asserts on.

    `body` is the decoded JSON (None without one); `content` the raw bytes; `operation` the
    operationId it reached (None for a URL the API does not have). Printed, its credential
    headers are masked; `header(name, reveal=True)` (or `headers[name]`) gives one as sent.
    """

    method: str
    path: str
    query: dict[str, list[str]]
    headers: RecordedHeaders = attrs.field(converter=RecordedHeaders)
    body: Any = None
    content: bytes = b""
    operation: str | None = None

    def header(self, name: str, *, reveal: bool = False) -> str | None:
        """Header `name` (any case), masked when it carries a key unless `reveal`; None when not sent."""
        value = self.headers.get(name.lower())
        if value is None or reveal or name.lower() not in CREDENTIAL_HEADERS:
            return value
        return masked(value)


def masked(value: str) -> str:
    """A credential as a log may show it: its scheme and last four characters (`Bearer sk-...abcd`)."""
    scheme, _, secret = value.rpartition(" ")
    shown = "<redacted>" if len(secret) < 12 else f"{secret[:3]}...{secret[-4:]}"
    return f"{scheme} {shown}" if scheme else shown


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


class _Handler(BaseHTTPRequestHandler):
    server: LocalRunsServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests and the demo print what matters themselves (the CLI logs through `server.log`)."""

    def __getattr__(self, name: str) -> Any:
        """Every method (`do_PUT`, `do_PATCH`, `do_BREW`...) is routed: one the API lacks gets its JSON 404."""
        if name.startswith("do_"):
            return lambda: self._dispatch(name[3:])
        raise AttributeError(name)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """What the stdlib answers itself (a malformed request line, headers too long): the API's
        JSON error, never its HTML page."""
        self.close_connection = True
        # Before the request line is read the stdlib takes HTTP/0.9, which has no status line.
        version = getattr(self, "request_version", "HTTP/0.9")
        self.request_version = "HTTP/1.1" if version == "HTTP/0.9" else version
        error = ApiError(code, message or f"The server could not read this request ({code}).")
        self._send_json(code, error.body, {}, None)  # refused before it was recorded: no request id

    def _dispatch(self, method: str) -> None:
        started = time.monotonic()
        url = urlsplit(self.path)
        query = parse_qs(url.query, keep_blank_values=True)
        length = self.headers.get("content-length") or "0"
        if not length.isdigit():
            self.send_error(400, f"Invalid Content-Length header: {length!r}.")
            return
        content = self.rfile.read(int(length))
        if method == "HEAD":
            self.close_connection = True  # a HEAD answer has no body: nothing may follow it on this connection
        valid_json = True
        try:
            body = json.loads(content) if content else None
        except ValueError:
            body, valid_json = None, False
        route = self.server.route(method, url.path)
        operation, params = route if route is not None else (None, {})
        headers = {name.lower(): value for name, value in self.headers.items()}
        operation_id = operation.id if operation is not None else None
        request = RecordedRequest(method, url.path, query, headers, body, content, operation_id)
        request_id = self.server.record(request)
        streamed = isinstance(body, dict) and body.get("stream") is True and operation is not None and operation.streams
        fault = self.server.take_fault(operation_id, streamed)
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
            extra_headers.update(self.server.take_request_allowance())
            if operation is None:
                raise ApiError(404, f"Invalid URL ({method} {url.path})")
            needs_beta = operation.is_assistants and not self.server.foundry  # Foundry needs none
            if needs_beta and headers.get("openai-beta") != "assistants=v2":
                raise ApiError(400, "You must provide the 'OpenAI-Beta' header to access the Assistants API.")
            if not valid_json:
                raise ApiError(400, "We could not parse the JSON body of your request.")
            call = Call(params, query, check_body(operation, body))
            self.server.check_foundry_fields(operation, call.body)
            check_query(operation, query)
            if streamed:
                events = self.server.stream(operation, call)
                self._send_events(events, request_id, extra_headers, cut=fault is not None, started=started)
                self.server.log_request(request, 200, started)
                return
            status, answer = 200, self.server.answer(operation, call)
            if answer.get("object") == "thread.run":
                extra_headers["openai-poll-after-ms"] = str(self.server.poll_after_ms_of(answer))
        except ApiError as error:
            status, answer = error.status, error.body
            extra_headers.update(error.headers)
        except Exception as error:  # a bug here must reach the client as the API's 500, not a dropped connection
            failure = server_error(error)
            status, answer = failure.status, failure.body
        extra_headers["openai-processing-ms"] = _elapsed_ms(started)
        self._send_json(status, answer, extra_headers, request_id)
        self.server.log_request(request, status, started)

    def _send_json(self, status: int, answer: JSON, headers: dict[str, str], request_id: str | None) -> None:
        encoded = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(encoded)))
        if request_id is not None:
            self.send_header("x-request-id", request_id)
        for name, value in headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(encoded)

    def _send_events(
        self, events: list[Event], request_id: str, headers: dict[str, str], *, cut: bool, started: float
    ) -> None:
        """Write the events as server-sent events, then `done`, and close; `cut` stops halfway, without `done`."""
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("cache-control", "no-cache")
        self.send_header("x-request-id", request_id)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("openai-processing-ms", _elapsed_ms(started))
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


def _elapsed_ms(started: float) -> str:
    return str(max(1, round((time.monotonic() - started) * 1000)))


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
        pace: float = DEFAULT_PACE,
        manual_clock: bool = False,
        poll_after_ms: int | None = None,
        requests_per_minute: int = 10_000,
        stream_delay: float = 0.0,
        azure: bool = False,
        azure_api_versions: Collection[str] = AZURE_API_VERSIONS,
        log: Callable[[str], None] | None = None,
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
        if not isinstance(pace, int | float) or isinstance(pace, bool) or pace < 0:
            raise InvalidOptionError(f"pace must be seconds a run spends in each state (0 or more), not {pace!r}")
        if not isinstance(requests_per_minute, int) or requests_per_minute < 1:
            raise InvalidOptionError(f"requests_per_minute must be 1 or more, not {requests_per_minute!r}")
        super().__init__((host, port), _Handler)
        self.token = token
        self.pace = float(pace)
        self.poll_after_ms = poll_after_ms
        self.requests_per_minute = requests_per_minute
        self.stream_delay = stream_delay
        self.azure = azure
        self.azure_api_versions = frozenset(azure_api_versions)
        self.foundry = foundry
        self.foundry_project = foundry_project
        self.foundry_api_versions = frozenset(foundry_api_versions)
        self.log = log
        self.clock = Clock(manual=manual_clock)
        self._state = (FoundryApiState if foundry else ApiState)(self.clock, self.pace)
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._faults: list[_Fault] = []
        self._allowance = float(requests_per_minute)
        self._allowance_at = self.clock.now()
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
            body = check_body(served_operations()["createAssistant"], {"model": "gpt-4o", **fields})
            return self._state.create_assistant(body, assistant_id=id)
        except ApiError as error:  # what the API would answer with a 400, said to the caller directly
            raise InvalidOptionError(f"add_assistant: {error}") from None

    def advance(self, seconds: float | None = None) -> None:
        """Move the server's time on by `seconds` (default: one `pace`), and everything due by then
        happens: runs move on, a run waiting past its `expires_at` expires. With `manual_clock=True`
        this is the only way time passes."""
        step = self.pace if seconds is None else seconds
        if not isinstance(step, int | float) or isinstance(step, bool) or step < 0:
            raise InvalidOptionError(f"advance takes seconds (0 or more), not {seconds!r}")
        self.clock.advance(step)
        self._state.catch_up()

    # -- what the handler uses -------------------------------------------------------
    def api_path(self, path: str) -> tuple[str, ...] | None:
        """The segments of `path` under the API's root (`/v1`, `/openai` for Azure, or Foundry's
        project endpoint `/api/projects/<project>`), or None."""
        parts = tuple(unquote(part) for part in path.strip("/").split("/"))
        if self.foundry:
            root = ("api", "projects", self.foundry_project)
            return parts[len(root) :] if parts[: len(root)] == root else None
        prefix = "openai" if self.azure else "v1"
        return parts[1:] if parts[:1] == (prefix,) else None

    def route(self, method: str, path: str) -> tuple[ServedOperation, dict[str, str]] | None:
        """The operation and path parameters of a request, or None for a URL the API does not have
        (a known path with another method included, as the API answers both with 404; and, outside
        Foundry mode, an operation only Foundry has)."""
        parts = self.api_path(path)
        if parts is None:
            return None
        matches = [
            (operation, params)
            for operation in routed_operations()
            if operation.method == method
            and (self.foundry or operation.id not in FOUNDRY_ONLY_OPERATIONS)
            and (params := operation.match(parts)) is not None
        ]
        return max(matches, key=lambda match: match[0].literal_segments, default=None)

    def log_request(self, request: RecordedRequest, status: int, started: float) -> None:
        """One line per request for `log`: method, path, status, operationId, milliseconds, the key masked."""
        if self.log is None:
            return
        key = request.header("authorization") or request.header("api-key") or "-"
        self.log(
            f"{request.method} {request.path} {status} {request.operation or '-'} {_elapsed_ms(started)}ms key={key}"
        )

    def take_request_allowance(self) -> dict[str, str]:
        """Count one request against `requests_per_minute` (refilled steadily, as the API's limits are):
        the `x-ratelimit-*` headers to send, or ApiError(429) once none is left."""
        limit = self.requests_per_minute
        with self._lock:
            now = self.clock.now()
            self._allowance = min(limit, self._allowance + (now - self._allowance_at) * limit / 60)
            self._allowance_at = now
            refused = self._allowance < 1
            if not refused:
                self._allowance -= 1
            remaining = int(self._allowance)
            reset = (limit - self._allowance) * 60 / limit
            wait = (1 - self._allowance) * 60 / limit
        headers = {
            "x-ratelimit-limit-requests": str(limit),
            "x-ratelimit-remaining-requests": str(remaining),
            "x-ratelimit-reset-requests": _duration(reset),
        }
        if refused:
            error = ApiError(
                429,
                f"Rate limit reached for requests per min (RPM): Limit {limit}, Used {limit}, Requested 1. "
                f"Please try again in {_duration(wait)}.",
                type="requests",
                code="rate_limit_exceeded",
            )
            error.headers.update(headers)
            raise error
        return headers

    def poll_after_ms_of(self, run: JSON) -> int:
        """`openai-poll-after-ms` for an answer carrying `run`: the configured value, else how long
        until the run moves on by itself (a pace's worth when it waits for you)."""
        if self.poll_after_ms is not None:
            return self.poll_after_ms
        due = self._state.poll_after(run.get("thread_id", ""), run.get("id", ""))
        return max(1, round((self.pace if due is None else due) * 1000))

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

    def check_foundry_fields(self, operation: ServedOperation, body: JSON) -> None:
        """Outside Foundry mode, a tool-outputs submission is OpenAI's: `tool_outputs`, and no `tool_approvals`."""
        if self.foundry or operation.id != "submitToolOutputsToRun":
            return
        if "tool_approvals" in body:
            raise ApiError(
                400,
                "Unrecognized request argument supplied: tool_approvals",
                param="tool_approvals",
                code="unknown_parameter",
            )
        require_tool_outputs(body)

    def answer(self, operation: ServedOperation, call: Call) -> JSON:
        """The answer of a non-streamed request (validated already)."""
        handler = ANSWERS.get(operation.id)
        if handler is None:
            raise ApiError(
                404, f"{operation.method} {operation.path} ({operation.id}) is not implemented by LocalRunsServer."
            )
        return handler(self._state, call)

    def stream(self, operation: ServedOperation, call: Call) -> list[Event]:
        """The events of a streamed request (validated already)."""
        handler = STREAMS.get(operation.id)
        if handler is None:
            raise ApiError(404, f"Streaming {operation.id} is not implemented by LocalRunsServer.")
        return handler(self._state, call)

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
        """Stop serving and close the socket, at once.

        `shutdown()` alone waits for the serving loop's next poll (up to 20 ms, per server, which
        adds up over a test suite): the loop is told to stop, then woken by a connection of its own,
        which it never handles (it checks the stop first) and which closing the socket discards.
        """
        if self._thread is not None and self._thread.is_alive():
            self._BaseServer__shutdown_request = True  # what shutdown() sets (socketserver's private flag)
            with contextlib.suppress(OSError):  # not woken: shutdown() still stops it at the next poll
                socket.create_connection((str(self.server_address[0]), self.server_address[1]), timeout=1).close()
        if self._thread is not None:  # shutdown() waits for a serving loop: one never started would never end
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


def _duration(seconds: float) -> str:
    """A wait as the API's `x-ratelimit-reset-*` headers write it: `6ms`, `1.2s`, `1m30s`."""
    if seconds < 1:
        return f"{max(0, round(seconds * 1000))}ms"
    if seconds < 60:
        return f"{round(seconds, 3):g}s"
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}m{round(rest, 3):g}s"
