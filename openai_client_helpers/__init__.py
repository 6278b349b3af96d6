"""Handwritten helpers over the generated `openai_client`: run lifecycle, streams, a local server.

The generated package never imports this one; this one only uses the generated
endpoints and models.
"""

from .lifecycle import (
    TERMINAL_STATUSES,
    PollTimeoutError,
    ToolCallError,
    UnsupportedActionError,
    acreate_and_poll,
    acreate_thread_and_run_and_poll,
    aiter_run_steps,
    aiter_runs,
    apoll_run,
    arun_tool_loop,
    asubmit_tool_outputs_and_poll,
    create_and_poll,
    create_thread_and_run_and_poll,
    is_settled,
    iter_run_steps,
    iter_runs,
    poll_run,
    run_tool_loop,
    submit_tool_outputs_and_poll,
    tool_outputs,
)
from .local_server import LocalRunsServer
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
    "AsyncRunStream",
    "LocalRunsServer",
    "PollTimeoutError",
    "RunSnapshots",
    "RunStream",
    "ToolCallError",
    "UnsupportedActionError",
    "acreate_and_poll",
    "acreate_thread_and_run_and_poll",
    "aiter_run_steps",
    "aiter_runs",
    "apoll_run",
    "arun_tool_loop",
    "astream_run",
    "astream_thread_and_run",
    "asubmit_tool_outputs_and_poll",
    "create_and_poll",
    "create_thread_and_run_and_poll",
    "is_settled",
    "iter_run_steps",
    "iter_runs",
    "poll_run",
    "run_tool_loop",
    "stream_run",
    "stream_thread_and_run",
    "submit_tool_outputs_and_poll",
    "tool_outputs",
]
