"""A local, stateful stand-in for the Assistants API, to test Assistants code against (stdlib HTTP).

It answers every operation of openai_client (assistants, threads, messages, runs, run
steps, and the Conversations API a migration moves threads to: `_conversations.py`) as the
API does, with the bodies openapi.yaml declares (and, as Foundry Agent Service, its thread
list and tool approvals), on 127.0.0.1, routed from one table of operations
(`_operations.py`) to handlers by operationId (`_handlers.py`); OpenAI-Beta `assistants=v2`
is asked only of the Assistants operations, and not by Foundry, as the servers ask it:

    with LocalRunsServer() as server:
        client = AuthenticatedClient(base_url=server.base_url, token="sk-local")
        ...                      # or openai.OpenAI(base_url=server.base_url, api_key="sk-local")

The knobs:

- `LocalRunsServer(token="sk-...")` accepts only that key (401 `invalid_api_key` otherwise);
  without `token` any key is accepted, but one must be sent. `azure=True` serves Azure's
  layout (`{endpoint}/openai/...?api-version=`, the key in `api-key`); `foundry=True` serves
  Foundry Agent Service's (`{endpoint}/api/projects/<foundry_project>/...?api-version=`, a
  bearer token required, no API keys; `GET /threads` too, and `mcp_call` steps that wait for
  a tool approval); `stream_delay` waits
  that many seconds between streamed deltas; `host` and `port` (0: a free one) say where to
  listen; `log` gets one line per request (the key masked).
- Time: runs move on one state every `pace` seconds, whether or not anyone polls; a run
  left in `requires_action` past its `expires_at` expires. `manual_clock=True` stops the
  clock until `server.advance(seconds)` moves it. Answers carry `openai-poll-after-ms`
  (fixed with `poll_after_ms`), `openai-processing-ms` and `x-ratelimit-*-requests`
  (`requests_per_minute`, past which requests get 429).
- `server.script([tool_call("get_weather", {"city": "Paris"}), reply("Sunny.")])` decides what
  the next run does, step by step (see `_scripts.py`: `tool_call`, `reply`, `fail`, `expire`,
  `incomplete`); `assistant_id=` makes it wait for a run of that assistant. Unscripted, a run
  with function tools asks for each once (arguments made up from their schemas), then
  completes with a default answer.
- `server.inject(429, retry_after=1)`, `server.inject(503, count=2, operation="createRun")`,
  `server.inject(delay=2.0)`, `server.inject(cut_stream=True)`: faults for the next requests.
- `server.requests`: every request received (method, path, query, headers, JSON body, raw
  bytes, operationId; printed with credentials masked, `header(name, reveal=True)` for the
  value as sent); `server.history(run_id)`: every status a run has had;
  `server.add_assistant(id="asst_test", tools=[...])`: set-up without a request.

Requests are checked as the API checks them: bodies against the spec's types, enums,
required fields and limits (400 naming `param`), query parameters against their limits,
unknown ids (404), one active run per thread, no message while it runs, tool outputs only
when asked for, once each, cancels only of active runs, unknown methods and paths (the
API's JSON 404, never an HTML page). The state is thread-safe: every operation holds one
lock from start to end and hands out copies.

Run it on its own with `python -m openai_client_helpers.local_server` (see `--help`).
"""

from ._foundry import FOUNDRY_API_VERSIONS
from ._scripts import expire, fail, incomplete, mcp_call, reply, tool_call
from ._server import AZURE_API_VERSIONS, OPERATIONS, LocalRunsServer, RecordedHeaders, RecordedRequest

__all__ = [
    "AZURE_API_VERSIONS",
    "FOUNDRY_API_VERSIONS",
    "OPERATIONS",
    "LocalRunsServer",
    "RecordedHeaders",
    "RecordedRequest",
    "expire",
    "fail",
    "incomplete",
    "mcp_call",
    "reply",
    "tool_call",
]
