"""Threads for the export, read-back and migration tests, made in the local server without HTTP.

`server.answer` / `server.stream` are what the server's handler calls after checking a
request, so the state is the API's own (ids, timestamps, steps, streamed runs) and its rules
hold (one run per thread, made after its messages); going around HTTP keeps a few hundred
threads fast to make. Give `seed` a server with `manual_clock=True`: runs move on only when
it advances the clock, so a run left queued or waiting stays so while the threads are read.
"""

from __future__ import annotations

from typing import Any

from openai_client_helpers.local_server import LocalRunsServer, expire, fail, incomplete, reply, tool_call
from openai_client_helpers.local_server._handlers import Call
from openai_client_helpers.local_server._operations import served_operations
from openai_client_helpers.local_server._validation import check_body

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
ENDINGS = ("completed", "tool", "failed", "expired", "incomplete", "cancelled", "requires_action", "streamed", "queued")
"""What the run of the n-th thread does (cycled): every status a run can end in, tools, streams."""


def _checked(operation_id: str, params: dict[str, str] | None, body: Any) -> Any:
    operation = served_operations()[operation_id]
    return operation, Call(params or {}, {}, check_body(operation, body))


def call(server: LocalRunsServer, operation_id: str, params: dict[str, str] | None = None, body: Any = None) -> Any:
    """What the server answers `operation_id` with `params` and `body`, checked as over HTTP."""
    return server.answer(*_checked(operation_id, params, body))


def _finish(server: LocalRunsServer, thread_id: str, run_id: str) -> dict[str, Any]:
    run: dict[str, Any] = {}
    for _ in range(10):
        server.advance()
        run = call(server, "getRun", {"thread_id": thread_id, "run_id": run_id})
        if run["status"] in ("completed", "failed", "expired", "incomplete", "cancelled", "requires_action"):
            break
    return run


def seed(server: LocalRunsServer, count: int) -> tuple[list[str], list[str]]:
    """`count` threads, each with user messages and one run (see ENDINGS); (assistant ids, thread ids)."""
    assert server.clock.manual, "seed wants LocalRunsServer(manual_clock=True)"
    plain = server.add_assistant(name="Plain", instructions="Answer briefly.", temperature=0.2)
    tools = server.add_assistant(
        name="Weather", instructions="Use the tool.", tools=[WEATHER_TOOL, {"type": "code_interpreter"}]
    )
    thread_ids: list[str] = []
    for index in range(count):
        ending = ENDINGS[index % len(ENDINGS)]
        thread = call(
            server,
            "createThread",
            body={
                "messages": [
                    {"role": "user", "content": f"Question {index}?"},
                    {"role": "user", "content": [{"type": "text", "text": "And café ☕ too"}]},
                ],
                "metadata": {"n": str(index)},
            },
        )
        params = {"thread_id": thread["id"]}
        assistant = tools if ending in ("tool", "requires_action") else plain
        if ending == "streamed":
            server.stream(*_checked("createRun", params, {"assistant_id": plain["id"], "stream": True}))
        else:
            scripts: dict[str, list[object]] = {
                "completed": [reply(f"Answer {index}.")],
                "tool": [tool_call("get_weather", {"city": "Paris"}), reply("Sunny.")],
                "failed": [fail("server_error", "Boom.")],
                "expired": [expire()],
                "incomplete": [incomplete()],
                "cancelled": [reply("never")],
                "requires_action": [tool_call("get_weather", {"city": "Oslo"})],
                "queued": [reply("later")],
            }
            server.script(scripts[ending])
            run = call(server, "createRun", params, {"assistant_id": assistant["id"]})
            run_params = {**params, "run_id": run["id"]}
            if ending == "queued":  # never read since: still queued when exported
                thread_ids.append(thread["id"])
                continue
            if ending == "cancelled":
                call(server, "cancelRun", run_params)
            run = _finish(server, thread["id"], run["id"])
            if ending == "tool" and run["status"] == "requires_action":
                call_id = run["required_action"]["submit_tool_outputs"]["tool_calls"][0]["id"]
                call(
                    server,
                    "submitToolOutputsToRun",
                    run_params,
                    {"tool_outputs": [{"tool_call_id": call_id, "output": "22C"}]},
                )
                _finish(server, thread["id"], run["id"])
        thread_ids.append(thread["id"])
    return [plain["id"], tools["id"]], thread_ids
