"""Handwritten helpers over the generated `openai_client`: lifecycle, answers, streams, a local server.

- `paging`: `iter_runs`, `iter_run_steps`, `iter_assistants`, `iter_messages` (and `aiter_*`);
- `lifecycle`: polling (`poll_run`, `create_and_poll`, ...) and tool calls (`run_tool_loop`);
- `answers`: what a run wrote (`run_messages`, `run_text`);
- `streaming`: streamed runs with snapshots and tool calls answered mid-stream;
- `local_server`: `LocalRunsServer`, the local Assistants API to test against;
- `pytest_plugin`: the `runs_server` and `runs_client` fixtures.

The generated package never imports this one; this one uses only its public names.
"""

from .answers import arun_messages, arun_text, message_text, run_messages, run_text
from .lifecycle import (
    TERMINAL_STATUSES,
    ApprovalFunction,
    PollTimeoutError,
    ToolCallError,
    UnsupportedActionError,
    acreate_and_poll,
    acreate_thread_and_run_and_poll,
    apoll_run,
    arun_tool_loop,
    asubmit_tool_outputs_and_poll,
    create_and_poll,
    create_thread_and_run_and_poll,
    is_settled,
    poll_run,
    run_tool_loop,
    submit_tool_outputs_and_poll,
    tool_approval_submission,
    tool_approvals,
    tool_outputs,
    waits_for_approval,
)
from .local_server import LocalRunsServer
from .paging import (
    aiter_assistants,
    aiter_messages,
    aiter_run_steps,
    aiter_runs,
    aiter_threads,
    iter_assistants,
    iter_messages,
    iter_run_steps,
    iter_runs,
    iter_threads,
)
from .streaming import (
    AsyncRunStream,
    RunSnapshots,
    RunStream,
    astream_run,
    astream_thread_and_run,
    stream_run,
    stream_thread_and_run,
)

__all__ = [
    "TERMINAL_STATUSES",
    "ApprovalFunction",
    "AsyncRunStream",
    "LocalRunsServer",
    "PollTimeoutError",
    "RunSnapshots",
    "RunStream",
    "ToolCallError",
    "UnsupportedActionError",
    "acreate_and_poll",
    "acreate_thread_and_run_and_poll",
    "aiter_assistants",
    "aiter_messages",
    "aiter_run_steps",
    "aiter_runs",
    "aiter_threads",
    "apoll_run",
    "arun_messages",
    "arun_text",
    "arun_tool_loop",
    "astream_run",
    "astream_thread_and_run",
    "asubmit_tool_outputs_and_poll",
    "create_and_poll",
    "create_thread_and_run_and_poll",
    "is_settled",
    "iter_assistants",
    "iter_messages",
    "iter_run_steps",
    "iter_runs",
    "iter_threads",
    "message_text",
    "poll_run",
    "run_messages",
    "run_text",
    "run_tool_loop",
    "stream_run",
    "stream_thread_and_run",
    "submit_tool_outputs_and_poll",
    "tool_approval_submission",
    "tool_approvals",
    "tool_outputs",
    "waits_for_approval",
]
