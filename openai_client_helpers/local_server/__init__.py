"""A local, stateful stand-in for the Assistants API, to test Assistants code against (stdlib HTTP).

It answers the 23 operations of openai_client (assistants, threads, messages, runs, run
steps) as the API does, with the bodies openapi.yaml declares (and, as Foundry Agent
Service, its thread list and tool approvals), on 127.0.0.1:

    with LocalRunsServer() as server:
        client = AuthenticatedClient(base_url=server.base_url, token="sk-local")
        ...                      # or openai.OpenAI(base_url=server.base_url, api_key="sk-local")

The knobs:

- `LocalRunsServer(token="sk-...")` accepts only that key (401 `invalid_api_key` otherwise);
  without `token` any key is accepted, but one must be sent. `azure=True` serves Azure's
  layout (`{endpoint}/openai/...?api-version=`, the key in `api-key`); `foundry=True` serves
  Foundry Agent Service's (`{endpoint}/api/projects/<foundry_project>/...?api-version=`, a
  bearer token required, no API keys; `GET /threads` too, and `mcp_call` steps that wait for
  a tool approval); `poll_after_ms` is sent
  as `openai-poll-after-ms`; `stream_delay` waits that many seconds between streamed deltas;
  `host` and `port` (0: a free one) say where to listen.
- `server.script([tool_call("get_weather", {"city": "Paris"}), reply("Sunny.")])` decides what
  the next run does, step by step (see `_scripts.py`: `tool_call`, `reply`, `fail`, `expire`,
  `incomplete`); `assistant_id=` makes it wait for a run of that assistant. Unscripted, a run
  with function tools asks for each once (arguments made up from their schemas), then
  completes with a default answer.
- `server.inject(429, retry_after=1)`, `server.inject(503, count=2, operation="createRun")`,
  `server.inject(delay=2.0)`, `server.inject(cut_stream=True)`: faults for the next requests.
- `server.requests`: every request received (method, path, query, headers, JSON body, raw
  bytes, operationId); `server.history(run_id)`: every status a run has had;
  `server.add_assistant(id="asst_test", tools=[...])`: set-up without a request.

Requests are checked as the API checks them: bodies against the spec's types, enums and
required fields (400 naming `param`), unknown ids (404), runs in the wrong state, paging
parameters. The state is thread-safe: every operation holds one lock from start to end
and hands out copies.

Run it on its own with `python -m openai_client_helpers.local_server` (see `--help`).
"""

from ._foundry import FOUNDRY_API_VERSIONS
from ._scripts import expire, fail, incomplete, mcp_call, reply, tool_call
from ._server import AZURE_API_VERSIONS, OPERATIONS, LocalRunsServer, RecordedRequest

__all__ = [
    "AZURE_API_VERSIONS",
    "FOUNDRY_API_VERSIONS",
    "OPERATIONS",
    "LocalRunsServer",
    "RecordedRequest",
    "expire",
    "fail",
    "incomplete",
    "mcp_call",
    "reply",
    "tool_call",
]
