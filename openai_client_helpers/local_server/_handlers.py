"""What the local server does for each operation, keyed by operationId.

Routing comes from the operations table (`_operations.py`); this says only what each
operation does with the state. An operation of the table with no entry here answers 404
"not implemented by LocalRunsServer"; another module can add entries for more operations.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from ._errors import JSON
from ._operations import EXTRA_OPERATIONS, ServedOperation, served_operations
from ._state import ApiState, Event


@attrs.frozen
class Call:
    """One request, routed and checked: its path parameters, query and (copied) JSON body."""

    params: dict[str, str]
    query: dict[str, list[str]]
    body: JSON


Answer = Callable[[ApiState, Call], JSON]
Stream = Callable[[ApiState, Call], list[Event]]

ANSWERS: dict[str, Answer] = {
    "listAssistants": lambda state, call: state.list_assistants(call.query),
    "createAssistant": lambda state, call: state.create_assistant(call.body),
    "getAssistant": lambda state, call: state.get_assistant(call.params["assistant_id"]),
    "modifyAssistant": lambda state, call: state.modify_assistant(call.params["assistant_id"], call.body),
    "deleteAssistant": lambda state, call: state.delete_assistant(call.params["assistant_id"]),
    "createThread": lambda state, call: state.create_thread(call.body),
    "getThread": lambda state, call: state.get_thread(call.params["thread_id"]),
    "modifyThread": lambda state, call: state.modify_thread(call.params["thread_id"], call.body),
    "deleteThread": lambda state, call: state.delete_thread(call.params["thread_id"]),
    "listMessages": lambda state, call: state.list_messages(call.params["thread_id"], call.query),
    "createMessage": lambda state, call: state.create_message(call.params["thread_id"], call.body),
    "getMessage": lambda state, call: state.get_message(call.params["thread_id"], call.params["message_id"]),
    "modifyMessage": lambda state, call: state.modify_message(
        call.params["thread_id"], call.params["message_id"], call.body
    ),
    "deleteMessage": lambda state, call: state.delete_message(call.params["thread_id"], call.params["message_id"]),
    "createThreadAndRun": lambda state, call: state.create_thread_and_run(call.body),
    "listRuns": lambda state, call: state.list_runs(call.params["thread_id"], call.query),
    "createRun": lambda state, call: state.create_run(call.params["thread_id"], call.body),
    "getRun": lambda state, call: state.get_run(call.params["thread_id"], call.params["run_id"]),
    "modifyRun": lambda state, call: state.modify_run(call.params["thread_id"], call.params["run_id"], call.body),
    "cancelRun": lambda state, call: state.cancel_run(call.params["thread_id"], call.params["run_id"]),
    "submitToolOutputsToRun": lambda state, call: state.submit_tool_outputs(
        call.params["thread_id"], call.params["run_id"], call.body
    ),
    "listRunSteps": lambda state, call: state.list_run_steps(
        call.params["thread_id"], call.params["run_id"], call.query
    ),
    "getRunStep": lambda state, call: state.get_run_step(
        call.params["thread_id"], call.params["run_id"], call.params["step_id"]
    ),
}
"""operationId -> its answer to a request that is not streamed."""

STREAMS: dict[str, Stream] = {
    "createThreadAndRun": lambda state, call: state.stream_thread_and_run(call.body),
    "createRun": lambda state, call: state.stream_run(call.params["thread_id"], call.body),
    "submitToolOutputsToRun": lambda state, call: state.stream_tool_outputs(
        call.params["thread_id"], call.params["run_id"], call.body
    ),
}
"""operationId -> the events of a request with `"stream": true`, for operations that stream."""


def serve(operation: ServedOperation, answer: Answer, stream: Stream | None = None) -> None:
    """Serve `operation` with `answer` (and `stream`, for `"stream": true`): an operation of the
    client's table gets its handler, another (of an API this client does not cover) its route too."""
    if operation.id not in served_operations():
        EXTRA_OPERATIONS[operation.id] = operation
    ANSWERS[operation.id] = answer
    if stream is not None:
        STREAMS[operation.id] = stream
