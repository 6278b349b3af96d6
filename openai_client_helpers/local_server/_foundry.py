"""What `LocalRunsServer(foundry=True)` adds: Foundry Agent Service's thread list and MCP tool approvals.

Foundry Agent Service (classic) speaks the Assistants protocol with a few additions, and this
is where the local server has them, apart from the rules every server shares (`_state.py`):

- `GET /threads` lists the project's threads, paged as the other lists are;
- a scripted `mcp_call(...)` step makes the run wait with the required action
  `submit_tool_approval`, answered by `tool_approvals` on `submit_tool_outputs`: an approved
  call runs (its step records a canned output), a denied one is recorded as denied; then the
  run goes on with its script; streamed, the run's stream ends at `thread.run.requires_action`
  as it does for tool outputs, and the approvals submitted with `stream: true` stream the rest.
"""

from __future__ import annotations

import copy
from typing import Any

from openai_client.api._operations import FOUNDRY_ONLY

from ._errors import ApiError
from ._handlers import Call, serve
from ._operations import served_operations
from ._scripts import McpCall, Step, ToolCall
from ._state import DEFAULT_ANSWER, ApiState, Event, _page, _Run, _set_status, _usage

JSON = dict[str, Any]

FOUNDRY_API_VERSIONS = ("v1", "2025-05-01", "2025-05-15-preview", "2024-07-01-preview")
"""The api-versions of Foundry Agent Service's published descriptions (stable v1 first)."""
DENIED_OUTPUT = "The call was not approved."
FOUNDRY_ONLY_OPERATIONS = FOUNDRY_ONLY
"""The operations of the spec marked Foundry's alone (the client's emitted table): routed in Foundry
mode only (elsewhere their URL is one the API does not have: 404 "Invalid URL", as OpenAI answers)."""


class FoundryApiState(ApiState):
    """The local API's state with Foundry's additions (see the module docstring)."""

    def list_threads(self, query: dict[str, list[str]]) -> JSON:
        return self._locked(lambda: _page([thread.data for thread in self._threads.values()], query))

    def _requires_action_events(self, run: _Run) -> list[Event]:
        """A step waiting for approvals is announced as Foundry's servers do (the step created and
        in progress), not with a function call's deltas."""
        if (run.data["required_action"] or {}).get("type") != "submit_tool_approval":
            return super()._requires_action_events(run)
        step = copy.deepcopy(run.steps[-1])
        return [("thread.run.step.created", step), ("thread.run.step.in_progress", step)]

    def _default_answer(self, run: _Run) -> str:
        """The base state's answer, naming each call's output: an MCP call's (no `function`) too."""
        answered = [
            _said(call)
            for step in run.steps
            if step["type"] == "tool_calls"
            for call in step["step_details"]["tool_calls"]
        ]
        return f"Thanks to the tools: {'; '.join(answered)}." if answered else DEFAULT_ANSWER

    def _take_step(self, run: _Run, step: Step, now: int) -> None:
        if isinstance(step, tuple) and step and all(isinstance(call, McpCall) for call in step):
            self._require_approval(run, step, now)
        else:
            super()._take_step(run, step, now)

    def _require_approval(self, run: _Run, calls: tuple[ToolCall, ...], now: int) -> None:
        tool_calls: list[JSON] = [
            {
                "id": self._new_id("call"),
                "type": "mcp",
                "name": call.name,
                "arguments": call.arguments,
                "server_label": call.server_label if isinstance(call, McpCall) else "",
            }
            for call in calls
        ]
        run.tool_rounds += 1
        run.data["required_action"] = {
            "type": "submit_tool_approval",
            "submit_tool_approval": {"tool_calls": tool_calls},
        }
        _set_status(run, "requires_action")
        details: JSON = {"type": "tool_calls", "tool_calls": [{**call, "output": ""} for call in tool_calls]}
        run.steps.append(self._new_step(run, "tool_calls", details, now))

    def _submit_tool_outputs(self, run: _Run, body: JSON) -> _Run:
        action = run.data.get("required_action") or {}
        if action.get("type") != "submit_tool_approval":
            if "tool_approvals" in body and run.data["status"] == "requires_action":
                raise ApiError(400, "This run waits for tool outputs, not tool approvals.", param="tool_approvals")
            return super()._submit_tool_outputs(run, require_tool_outputs(body))
        if "tool_approvals" not in body:
            raise ApiError(400, "Missing required parameter: 'tool_approvals'.", param="tool_approvals")
        calls = {call["id"]: call for call in action["submit_tool_approval"]["tool_calls"]}
        answers: dict[str, bool] = {}
        for index, approval in enumerate(body["tool_approvals"]):
            call_id = approval.get("tool_call_id")
            if call_id not in calls:
                raise ApiError(
                    400, f"No tool call found with id '{call_id}'.", param=f"tool_approvals[{index}].tool_call_id"
                )
            answers[call_id] = bool(approval.get("approve"))
        missing = sorted(set(calls) - set(answers))
        if missing:
            raise ApiError(400, f"Expected tool approvals for call ids {missing}.", param="tool_approvals")
        step = run.steps[-1]
        now = self._now()
        for call in step["step_details"]["tool_calls"]:
            approved = answers[call["id"]]
            call["output"] = f"{call['name']} ran on {call['server_label']}." if approved else DENIED_OUTPUT
        step.update(status="completed", completed_at=now, expires_at=None, usage=_usage(20, 5))
        run.data["required_action"] = None
        _set_status(run, "queued")
        run.due = self.clock.now() + self.pace
        return run


def _said(call: JSON) -> str:
    named = call if call["type"] == "mcp" else call["function"]
    return f"{named['name']} said {named['output']}"


def require_tool_outputs(body: JSON) -> JSON:
    """`body` when it carries `tool_outputs`, as every server but Foundry requires; else the API's 400."""
    if "tool_outputs" not in body:
        raise ApiError(
            400, "Missing required parameter: 'tool_outputs'.", param="tool_outputs", code="missing_required_parameter"
        )
    return body


def _list_threads(state: ApiState, call: Call) -> JSON:
    if not isinstance(state, FoundryApiState):  # not routed outside Foundry mode (FOUNDRY_ONLY_OPERATIONS)
        raise ApiError(404, "Invalid URL (GET /threads)")
    return state.list_threads(call.query)


if "listThreads" in served_operations():  # a client generated from a spec without it serves none
    serve(served_operations()["listThreads"], _list_threads)
