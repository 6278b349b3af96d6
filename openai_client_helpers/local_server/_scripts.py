"""What a scripted run does, step by step: the values `server.script([...])` takes.

    server.script([
        tool_call("get_weather", {"city": "Paris"}),   # the run requires action with these arguments
        reply("It is sunny in Paris."),                # then completes with this answer
    ])

Each step is what the run does the next time it moves on from `in_progress`: ask for tool
outputs (`tool_call`; a list of them is one step of parallel calls), ask for the approval
of MCP tool calls (`mcp_call`, in `LocalRunsServer(foundry=True)`), complete with an
answer (`reply`), or end otherwise (`fail`, `expire`, `incomplete`). A script that runs out
before an ending completes the run with the server's default answer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

import attrs

from openai_client.errors import InvalidOptionError
from openai_client.models import RunIncompleteReason, RunLastErrorCode


@attrs.frozen
class ToolCall:
    """The run asks for the output of function `name`, called with `arguments`."""

    name: str
    arguments: str


@attrs.frozen
class McpCall(ToolCall):
    """The run asks the caller to approve a call of MCP tool `name` on server `server_label` (Foundry).

    A kind of tool call, so that a step of them is a step of tool calls to the state's types;
    the Foundry state asks for an approval where the base state would ask for an output."""

    server_label: str


@attrs.frozen
class Reply:
    """The run completes, and its assistant message says `text` (streamed in pieces)."""

    text: str


@attrs.frozen
class Fail:
    """The run fails with this `last_error`."""

    code: str
    message: str


@attrs.frozen
class Expire:
    """The run expires (its `expires_at` passed before it finished)."""


@attrs.frozen
class Incomplete:
    """The run ends incomplete, for `reason` (`max_completion_tokens` or `max_prompt_tokens`)."""

    reason: str


Ending: TypeAlias = Reply | Fail | Expire | Incomplete
Step: TypeAlias = tuple[ToolCall, ...] | Ending
"""One step of a script: the tool calls of one `requires_action` (one or several), or an ending."""

FAIL_CODES = tuple(code.value for code in RunLastErrorCode)
"""The `last_error.code` values the spec lists for a run."""
INCOMPLETE_REASONS = tuple(reason.value for reason in RunIncompleteReason)
"""The `incomplete_details.reason` values the spec lists for a run."""


def tool_call(name: str, arguments: Mapping[str, Any] | str | None = None) -> ToolCall:
    """A step where the run calls function `name` with `arguments` (a dict, or JSON text as is).

    Put several in a list to make one step of parallel calls:
    `server.script([[tool_call("a"), tool_call("b")], reply("done")])`.
    """
    if not isinstance(name, str) or not name:
        raise InvalidOptionError(f"tool_call needs a function name, not {name!r}")
    if arguments is None:
        text = "{}"
    elif isinstance(arguments, str):
        text = arguments
    elif isinstance(arguments, Mapping):
        text = json.dumps(dict(arguments))
    else:
        raise InvalidOptionError(f"tool_call arguments must be a dict or JSON text, not {type(arguments).__name__}")
    return ToolCall(name, text)


def mcp_call(name: str, arguments: Mapping[str, Any] | str | None = None, *, server_label: str = "local") -> McpCall:
    """A step where the run waits for the approval of a call of MCP tool `name` (Foundry's
    `submit_tool_approval` action; `LocalRunsServer(foundry=True)` only). A list of them is one
    step of several calls. Approved, the call's output is a canned text naming the tool."""
    call = tool_call(name, arguments)
    if not isinstance(server_label, str) or not server_label:
        raise InvalidOptionError(f"mcp_call needs a server_label, not {server_label!r}")
    return McpCall(call.name, call.arguments, server_label)


def reply(text: str) -> Reply:
    """A step where the run completes and its assistant message says `text`."""
    if not isinstance(text, str):
        raise InvalidOptionError(f"reply takes the answer's text, not {type(text).__name__}")
    return Reply(text)


def fail(code: str = "server_error", message: str = "The run failed.") -> Fail:
    """A step where the run fails with `last_error` = {code, message} (`code` as the API's: `server_error`,
    `rate_limit_exceeded` or `invalid_prompt`)."""
    if code not in FAIL_CODES:
        raise InvalidOptionError(f"fail code must be one of {', '.join(FAIL_CODES)} (the API's), not {code!r}")
    return Fail(code, message)


def expire() -> Expire:
    """A step where the run expires."""
    return Expire()


def incomplete(reason: str = "max_completion_tokens") -> Incomplete:
    """A step where the run ends incomplete for `reason`."""
    if reason not in INCOMPLETE_REASONS:
        raise InvalidOptionError(f"incomplete reason must be one of {', '.join(INCOMPLETE_REASONS)}, not {reason!r}")
    return Incomplete(reason)


def _one_kind(calls: Sequence[object]) -> bool:
    """Tool calls all of one kind: function calls, or MCP calls waiting for approval."""
    return all(isinstance(call, McpCall) for call in calls) or all(
        isinstance(call, ToolCall) and not isinstance(call, McpCall) for call in calls
    )


def steps_of(script: Sequence[object]) -> tuple[Step, ...]:
    """The steps of a script as `server.script` takes it, checked: a list of tool calls is one step."""
    if isinstance(script, (str, bytes)) or not isinstance(script, Sequence):
        raise InvalidOptionError("a script is a list of steps (tool_call, reply, fail, expire, incomplete)")
    steps: list[Step] = []
    for index, step in enumerate(script):
        if isinstance(step, ToolCall):
            steps.append((step,))
        elif isinstance(step, (list, tuple)) and step and _one_kind(step):
            steps.append(tuple(step))
        elif isinstance(step, (Reply, Fail, Expire, Incomplete)):
            if index != len(script) - 1:
                raise InvalidOptionError(f"step {index} ({type(step).__name__.lower()}) ends the run: it must be last")
            steps.append(step)
        else:
            raise InvalidOptionError(
                f"step {index} is {step!r}: use tool_call(...), mcp_call(...), a list of either, reply(...), "
                "fail(...), expire() or incomplete(...)"
            )
    return tuple(steps)
