"""Run lifecycle helpers on top of the generated endpoints: polling and tool calls.

What users of the Runs API write again and again, done once, typed, sync and async:

- `poll_run`: wait until a run is terminal or needs tool outputs, at the server's
  `openai-poll-after-ms` pace when it gives one, with an overall timeout;
- `create_and_poll` / `create_thread_and_run_and_poll`: start a run and wait for it;
- `run_tool_loop`: answer `requires_action` with your Python functions until the run ends;
  on Foundry Agent Service, MCP calls waiting for approval go to your `approvals` callback
  (or, without one, the run is handed back for you to decide: `tool_approval_submission`).

Errors are the client's own (`openai_client.errors`), plus `PollTimeoutError`,
`ToolCallError` and `UnsupportedActionError` defined here.

Each sync helper is written once, as its async twin: codegen/unasync.py derives the sync
code from the async code by rule (`make unasync`), and `make check` fails if they differ.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Mapping
from typing import Literal, get_args

from openai_client import Client, errors
from openai_client.api.runs import create_run, create_thread_and_run, get_run, submit_tool_outputs_to_run
from openai_client.models import (
    CreateRunRequest,
    CreateRunRequestParam,
    CreateThreadAndRunRequest,
    CreateThreadAndRunRequestParam,
    RunApprovalToolCall,
    RunObject,
    RunRequiredAction,
    RunRequiredActionSubmitToolApproval,
    RunStatus,
    RunToolCallObject,
    SubmitToolOutputsRunRequest,
    SubmitToolOutputsRunRequestParam,
    ToolApproval,
    ToolOutput,
    UnknownRunApprovalToolCall,
)
from openai_client.types import Response

from ._options import check_choice

TERMINAL_STATUSES = frozenset(
    {RunStatus.CANCELLED, RunStatus.FAILED, RunStatus.COMPLETED, RunStatus.INCOMPLETE, RunStatus.EXPIRED}
)
"""Statuses a run never leaves."""

DEFAULT_POLL_INTERVAL = 1.0
DEFAULT_POLL_TIMEOUT = 600.0

ToolFunction = Callable[..., object]
"""A Python callable answering a function tool call; called with the call's JSON arguments."""
ApprovalFunction = Callable[[RunApprovalToolCall], "bool | ToolApproval"]
"""Decides a tool call waiting for approval (Foundry's MCP calls): True approves, False denies,
a `ToolApproval` says more (headers for the MCP server). Its `.name`, `.arguments` and
`.server_label` say what would be called."""


class PollTimeoutError(errors.OpenAIError, TimeoutError):
    """The run did not settle within the polling timeout. `run` is its last state seen."""

    def __init__(self, run: RunObject, timeout: float) -> None:
        super().__init__(f"run {run.id} still {run.status} after {timeout:g} s of polling")
        self.run = run


class UnsupportedActionError(errors.OpenAIError):
    """The run asks for an action of a type this client does not know (not `submit_tool_outputs`)."""

    def __init__(self, action_type: str) -> None:
        super().__init__(f"the run requires an action of type {action_type!r}, which this client cannot answer")
        self.action_type = action_type


class ToolCallError(errors.OpenAIError):
    """A tool call could not be answered: no such function, bad arguments, or the function raised."""

    def __init__(self, message: str, *, call_id: str, function_name: str) -> None:
        super().__init__(message)
        self.call_id = call_id
        self.function_name = function_name


def is_settled(run: RunObject) -> bool:
    """Whether a poller should stop: the run is terminal or waits for tool outputs.

    A status this client does not know yet counts as settled, so that polling never
    spins on a state it cannot interpret.
    """
    return run.status in TERMINAL_STATUSES or run.status == RunStatus.REQUIRES_ACTION or run.status.is_unknown


# -- polling -------------------------------------------------------------------------
class _PollState:
    """The decisions of one polling loop, without I/O: the sync and async pollers share it.

    An explicit `interval` wins; without one, the server's `openai-poll-after-ms` sets the
    pace (as in the official SDK), else DEFAULT_POLL_INTERVAL.
    """

    def __init__(self, interval: float | None, timeout: float) -> None:
        self.interval = interval
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout

    def next_wait(self, response: Response[RunObject]) -> tuple[RunObject, float | None]:
        """The run fetched, and how long to wait before the next fetch (None: it settled)."""
        run = response.parse()
        if is_settled(run):
            return run, None
        delay = self._delay(response)
        if time.monotonic() + delay > self.deadline:
            raise PollTimeoutError(run, self.timeout)
        return run, delay

    def _delay(self, response: Response[RunObject]) -> float:
        if self.interval is not None:
            return self.interval
        header = response.headers.get("openai-poll-after-ms")
        if header is not None:
            try:
                return max(0.0, float(header) / 1000.0)
            except ValueError:
                pass
        return DEFAULT_POLL_INTERVAL


# -- async twins, written once: codegen/unasync.py derives the sync ones below from them --
async def apoll_run(
    client: Client,
    thread_id: str,
    run_id: str,
    *,
    interval: float | None = None,
    timeout: float = DEFAULT_POLL_TIMEOUT,
) -> RunObject:
    """Fetch a run until it is terminal or `requires_action`, and return it.

    Waits `interval` seconds between fetches when given; otherwise what the server asks
    in `openai-poll-after-ms`, else one second. Raises PollTimeoutError after `timeout`
    seconds.
    """
    state = _PollState(interval, timeout)
    while True:
        run, delay = state.next_wait(await get_run.asyncio_detailed(thread_id, run_id, client=client))
        if delay is None:
            return run
        await asyncio.sleep(delay)


async def acreate_and_poll(
    client: Client,
    thread_id: str,
    body: CreateRunRequest | CreateRunRequestParam,
    *,
    interval: float | None = None,
    timeout: float = DEFAULT_POLL_TIMEOUT,
) -> RunObject:
    """Start a run on a thread and poll it until it settles."""
    run = await create_run.asyncio(thread_id, client=client, body=body)
    return await apoll_run(client, run.thread_id, run.id, interval=interval, timeout=timeout)


async def acreate_thread_and_run_and_poll(
    client: Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    *,
    interval: float | None = None,
    timeout: float = DEFAULT_POLL_TIMEOUT,
) -> RunObject:
    """Create a thread, start a run on it, and poll the run until it settles."""
    run = await create_thread_and_run.asyncio(client=client, body=body)
    return await apoll_run(client, run.thread_id, run.id, interval=interval, timeout=timeout)


async def arun_tool_loop(
    client: Client,
    run: RunObject,
    functions: Mapping[str, ToolFunction],
    *,
    on_error: OnToolError = "raise",
    interval: float | None = None,
    timeout: float = DEFAULT_POLL_TIMEOUT,
    on_run: Callable[[RunObject], None] | None = None,
    approvals: ApprovalFunction | None = None,
) -> RunObject:
    """Poll `run`, answering each `requires_action` with `functions`, until it is terminal.

    `on_run`, when given, sees every settled state (for logging or progress display).
    `timeout` applies to each wait, not to the whole loop. (The functions and `approvals`
    themselves are called synchronously.)

    On Foundry Agent Service a run may instead wait for MCP tool calls to be approved
    (`required_action.type == "submit_tool_approval"`): `approvals(call)` decides each (see
    `ApprovalFunction`). Without `approvals` the loop returns that run, still
    `requires_action`, for the caller to decide, as the Azure AI Agents SDK leaves it:
    submit `tool_approval_submission(run, ...)` and call the loop again.
    """
    check_on_error(on_error)
    while True:
        run = await apoll_run(client, run.thread_id, run.id, interval=interval, timeout=timeout)
        if on_run is not None:
            on_run(run)
        if run.status != RunStatus.REQUIRES_ACTION:
            return run
        body = next_submission(run, functions, on_error, approvals)
        if body is None:
            return run
        run = await submit_tool_outputs_to_run.asyncio(run.thread_id, run.id, client=client, body=body)


async def asubmit_tool_outputs_and_poll(
    client: Client,
    thread_id: str,
    run_id: str,
    body: SubmitToolOutputsRunRequest | SubmitToolOutputsRunRequestParam,
    *,
    interval: float | None = None,
    timeout: float = DEFAULT_POLL_TIMEOUT,
) -> RunObject:
    """Submit tool outputs, then poll the run until it settles (the SDK's `submit_tool_outputs_and_poll`)."""
    run = await submit_tool_outputs_to_run.asyncio(thread_id, run_id, client=client, body=body)
    return await apoll_run(client, run.thread_id, run.id, interval=interval, timeout=timeout)


# -- sync twins, written by codegen/unasync.py from the async ones above (make unasync): do not edit --


def poll_run(
    client: Client,
    thread_id: str,
    run_id: str,
    *,
    interval: float | None = None,
    timeout: float = DEFAULT_POLL_TIMEOUT,
) -> RunObject:
    """Fetch a run until it is terminal or `requires_action`, and return it.

    Waits `interval` seconds between fetches when given; otherwise what the server asks
    in `openai-poll-after-ms`, else one second. Raises PollTimeoutError after `timeout`
    seconds.
    """
    state = _PollState(interval, timeout)
    while True:
        run, delay = state.next_wait(get_run.sync_detailed(thread_id, run_id, client=client))
        if delay is None:
            return run
        time.sleep(delay)


def create_and_poll(
    client: Client,
    thread_id: str,
    body: CreateRunRequest | CreateRunRequestParam,
    *,
    interval: float | None = None,
    timeout: float = DEFAULT_POLL_TIMEOUT,
) -> RunObject:
    """Start a run on a thread and poll it until it settles."""
    run = create_run.sync(thread_id, client=client, body=body)
    return poll_run(client, run.thread_id, run.id, interval=interval, timeout=timeout)


def create_thread_and_run_and_poll(
    client: Client,
    body: CreateThreadAndRunRequest | CreateThreadAndRunRequestParam,
    *,
    interval: float | None = None,
    timeout: float = DEFAULT_POLL_TIMEOUT,
) -> RunObject:
    """Create a thread, start a run on it, and poll the run until it settles."""
    run = create_thread_and_run.sync(client=client, body=body)
    return poll_run(client, run.thread_id, run.id, interval=interval, timeout=timeout)


def run_tool_loop(
    client: Client,
    run: RunObject,
    functions: Mapping[str, ToolFunction],
    *,
    on_error: OnToolError = "raise",
    interval: float | None = None,
    timeout: float = DEFAULT_POLL_TIMEOUT,
    on_run: Callable[[RunObject], None] | None = None,
    approvals: ApprovalFunction | None = None,
) -> RunObject:
    """Poll `run`, answering each `requires_action` with `functions`, until it is terminal.

    `on_run`, when given, sees every settled state (for logging or progress display).
    `timeout` applies to each wait, not to the whole loop. (The functions and `approvals`
    themselves are called synchronously.)

    On Foundry Agent Service a run may instead wait for MCP tool calls to be approved
    (`required_action.type == "submit_tool_approval"`): `approvals(call)` decides each (see
    `ApprovalFunction`). Without `approvals` the loop returns that run, still
    `requires_action`, for the caller to decide, as the Azure AI Agents SDK leaves it:
    submit `tool_approval_submission(run, ...)` and call the loop again.
    """
    check_on_error(on_error)
    while True:
        run = poll_run(client, run.thread_id, run.id, interval=interval, timeout=timeout)
        if on_run is not None:
            on_run(run)
        if run.status != RunStatus.REQUIRES_ACTION:
            return run
        body = next_submission(run, functions, on_error, approvals)
        if body is None:
            return run
        run = submit_tool_outputs_to_run.sync(run.thread_id, run.id, client=client, body=body)


def submit_tool_outputs_and_poll(
    client: Client,
    thread_id: str,
    run_id: str,
    body: SubmitToolOutputsRunRequest | SubmitToolOutputsRunRequestParam,
    *,
    interval: float | None = None,
    timeout: float = DEFAULT_POLL_TIMEOUT,
) -> RunObject:
    """Submit tool outputs, then poll the run until it settles (the SDK's `submit_tool_outputs_and_poll`)."""
    run = submit_tool_outputs_to_run.sync(thread_id, run_id, client=client, body=body)
    return poll_run(client, run.thread_id, run.id, interval=interval, timeout=timeout)


# -- end of the twins --


# -- tool calls ----------------------------------------------------------------------
OnToolError = Literal["raise", "report"]
"""What a failing tool call does: `"raise"` a ToolCallError, or `"report"` its error text to the model."""


def check_on_error(on_error: object) -> None:
    """InvalidOptionError unless `on_error` is one of OnToolError's values."""
    check_choice("on_error", on_error, get_args(OnToolError))


def tool_outputs(
    run: RunObject, functions: Mapping[str, ToolFunction], *, on_error: OnToolError = "raise"
) -> list[ToolOutput]:
    """Run the functions a `requires_action` run asks for; one ToolOutput per call.

    Each call's `arguments` (a JSON object) are passed as keyword arguments. A result
    that is not a string is sent as JSON. With `on_error="raise"` a failing call raises
    ToolCallError; with `"report"` its output is the error text, for the model to see.
    Any other `on_error` is an InvalidOptionError.
    """
    check_on_error(on_error)
    action = run.required_action
    if action is None:
        return []
    if not isinstance(action, RunRequiredAction):
        raise UnsupportedActionError(action.type)
    outputs = []
    for call in action.submit_tool_outputs.tool_calls:
        try:
            output = _call_tool(functions, call)
        except ToolCallError as error:
            if on_error == "raise":
                raise
            output = f"error: {error}"
        outputs.append(ToolOutput(tool_call_id=call.id, output=output))
    return outputs


def _call_tool(functions: Mapping[str, ToolFunction], call: RunToolCallObject) -> str:
    name = call.function.name

    def failure(message: str) -> ToolCallError:
        return ToolCallError(message, call_id=call.id, function_name=name)

    if name not in functions:
        raise failure(f"no function named {name!r} was given")
    arguments = call.function.arguments
    try:
        parsed = json.loads(arguments) if arguments.strip() else {}
    except ValueError as exc:
        raise failure(f"arguments for {name!r} are not JSON: {exc}") from exc
    if not isinstance(parsed, dict):
        raise failure(f"arguments for {name!r} are not a JSON object")
    try:
        result = functions[name](**parsed)
    except Exception as exc:
        raise failure(f"{name} raised {type(exc).__name__}: {exc}") from exc
    if isinstance(result, str):
        return result
    try:
        return json.dumps(result)
    except (TypeError, ValueError) as exc:
        raise failure(f"{name} returned a {type(result).__name__}, which cannot be sent as JSON: {exc}") from exc


def tool_submission(
    run: RunObject, functions: Mapping[str, ToolFunction], on_error: OnToolError
) -> SubmitToolOutputsRunRequest:
    """The outputs of `functions` for a run that waits for them, ready to submit."""
    return SubmitToolOutputsRunRequest(tool_outputs=tool_outputs(run, functions, on_error=on_error))


# -- tool approvals (Foundry Agent Service) ----------------------------------------------
def waits_for_approval(run: RunObject) -> bool:
    """Whether the run waits for tool calls to be approved (Foundry's `submit_tool_approval`)."""
    return isinstance(run.required_action, RunRequiredActionSubmitToolApproval)


def tool_approvals(run: RunObject, approve: ApprovalFunction | bool) -> list[ToolApproval]:
    """One ToolApproval per call the run waits to have approved: `approve(call)` decides each
    (or `approve=True`/`False` answers them all alike). Empty when the run waits for none."""
    action = run.required_action
    if not isinstance(action, RunRequiredActionSubmitToolApproval):
        return []
    approvals = []
    for call in action.submit_tool_approval.tool_calls:
        if isinstance(call, UnknownRunApprovalToolCall):  # a kind of call newer than this client: still answered
            call_id = str(call.additional_properties.get("id", ""))
        else:
            call_id = call.id
        decision: object = approve if isinstance(approve, bool) else approve(call)
        if isinstance(decision, ToolApproval):
            if decision.tool_call_id != call_id:
                raise errors.InvalidOptionError(
                    f"the approval returned for call {call_id!r} is for call {decision.tool_call_id!r}"
                )
            approvals.append(decision)
        elif isinstance(decision, bool):
            approvals.append(ToolApproval(tool_call_id=call_id, approve=decision))
        else:
            raise errors.InvalidOptionError(
                f"an approval callback returns True, False or a ToolApproval, not {type(decision).__name__}"
            )
    return approvals


def tool_approval_submission(run: RunObject, approve: ApprovalFunction | bool) -> SubmitToolOutputsRunRequest:
    """The approvals of a run that waits for them, ready to submit with `submit_tool_outputs_to_run`."""
    return SubmitToolOutputsRunRequest(tool_approvals=tool_approvals(run, approve))


def next_submission(
    run: RunObject,
    functions: Mapping[str, ToolFunction],
    on_error: OnToolError,
    approvals: ApprovalFunction | None,
) -> SubmitToolOutputsRunRequest | None:
    """What answers a `requires_action` run: its tool outputs, its approvals (when `approvals`
    decides them), or None when it waits for approvals and the caller decides them itself."""
    if waits_for_approval(run):
        return None if approvals is None else tool_approval_submission(run, approvals)
    return tool_submission(run, functions, on_error)
