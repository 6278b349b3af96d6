"""Streams the stream tests share: published streams as sent, events as bytes, one sample per event kind."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .conftest import run_payload, step_payload

STREAMS = Path(__file__).parent / "fixtures" / "published_streams"


def _published(name: str) -> bytes:
    """A published stream as the API sends it: the documentation's stray closing braces removed."""
    lines = []
    for line in (STREAMS / name).read_text(encoding="utf-8").split("\n"):
        if line.startswith("data: {"):
            _, end = json.JSONDecoder().raw_decode(line[6:])
            line = line[: 6 + end]
        lines.append(line)
    return ("\n".join(lines).rstrip("\n") + "\n\n").encode()


def _sse(*events: tuple[str, Any]) -> bytes:
    return b"".join(f"event: {name}\ndata: {json.dumps(data)}\n\n".encode() for name, data in events)


DONE = b"event: done\ndata: [DONE]\n\n"


WIRE_VARIANTS = {
    "lf": b"event: a\ndata: 1\n\n",
    "crlf": b"event: a\r\ndata: 1\r\n\r\n",
    "cr": b"event: a\rdata: 1\r\r",
    "no-space": b"event:a\ndata:1\n\n",
    "comments": b": keep-alive\n\nevent: a\n: still here\ndata: 1\n\n",
    "ignored-fields": b"id: 7\nretry: 1000\nevent: a\nfoo: bar\ndata: 1\n\n",
    "bom": b"\xef\xbb\xbfevent: a\ndata: 1\n\n",
}


EVENT_CLASSES = {
    "thread.created": "ThreadCreated",
    "thread.run.created": "ThreadRunCreated",
    "thread.run.queued": "ThreadRunQueued",
    "thread.run.in_progress": "ThreadRunInProgress",
    "thread.run.requires_action": "ThreadRunRequiresAction",
    "thread.run.completed": "ThreadRunCompleted",
    "thread.run.incomplete": "ThreadRunIncomplete",
    "thread.run.failed": "ThreadRunFailed",
    "thread.run.cancelling": "ThreadRunCancelling",
    "thread.run.cancelled": "ThreadRunCancelled",
    "thread.run.expired": "ThreadRunExpired",
    "thread.run.step.created": "ThreadRunStepCreated",
    "thread.run.step.in_progress": "ThreadRunStepInProgress",
    "thread.run.step.delta": "ThreadRunStepDelta",
    "thread.run.step.completed": "ThreadRunStepCompleted",
    "thread.run.step.failed": "ThreadRunStepFailed",
    "thread.run.step.cancelled": "ThreadRunStepCancelled",
    "thread.run.step.expired": "ThreadRunStepExpired",
    "thread.message.created": "ThreadMessageCreated",
    "thread.message.in_progress": "ThreadMessageInProgress",
    "thread.message.delta": "ThreadMessageDelta",
    "thread.message.completed": "ThreadMessageCompleted",
    "thread.message.incomplete": "ThreadMessageIncomplete",
}
MESSAGE = {
    "id": "msg_1",
    "object": "thread.message",
    "created_at": 1,
    "thread_id": "thread_1",
    "status": "in_progress",
    "incomplete_details": None,
    "completed_at": None,
    "incomplete_at": None,
    "role": "assistant",
    "content": [{"type": "text", "text": {"value": "Hi", "annotations": []}}],
    "assistant_id": "asst_1",
    "run_id": "run_1",
    "attachments": [],
    "metadata": {},
}
SAMPLE_DATA: dict[str, Any] = {
    "thread": {"id": "thread_1", "object": "thread", "created_at": 1, "tool_resources": None, "metadata": {}},
    "run": run_payload(),
    "step": step_payload(),
    "step.delta": {
        "id": "step_1",
        "object": "thread.run.step.delta",
        "delta": {"step_details": {"type": "tool_calls"}},
    },
    "message": MESSAGE,
    "message.delta": {
        "id": "msg_1",
        "object": "thread.message.delta",
        "delta": {"content": [{"index": 0, "type": "text", "text": {"value": "Hi"}}]},
    },
}


def _sample(event: str) -> Any:
    if event == "thread.created":
        return SAMPLE_DATA["thread"]
    kind = "step" if ".step." in event else "message" if event.startswith("thread.message") else "run"
    return SAMPLE_DATA[f"{kind}.delta" if event.endswith(".delta") else kind]
