"""Realistic API payloads, shared by the tests and the benchmark (bench/bench.py).

Each function returns a fresh deep copy, so a caller may change what it gets.
"""

from __future__ import annotations

import copy
from typing import Any

BASE_RUN: dict[str, Any] = {
    "id": "run_abc123",
    "object": "thread.run",
    "created_at": 1699075072,
    "thread_id": "thread_abc123",
    "assistant_id": "asst_abc123",
    "status": "queued",
    "required_action": None,
    "last_error": None,
    "expires_at": 1699075672,
    "started_at": None,
    "cancelled_at": None,
    "failed_at": None,
    "completed_at": None,
    "incomplete_details": None,
    "model": "gpt-4o",
    "instructions": "You summarize books.",
    "tools": [],
    "metadata": {},
    "usage": None,
    "temperature": 1.0,
    "top_p": 1.0,
    "max_prompt_tokens": None,
    "max_completion_tokens": None,
    "truncation_strategy": {"type": "auto", "last_messages": None},
    "tool_choice": "auto",
    "parallel_tool_calls": True,
    "response_format": "auto",
}

FUNCTION_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Forecast for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        "strict": False,
    },
}

REQUIRED_ACTION = {
    "type": "submit_tool_outputs",
    "submit_tool_outputs": {
        "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'}}
        ]
    },
}

USAGE = {"prompt_tokens": 123, "completion_tokens": 456, "total_tokens": 579}


def run_payload(**overrides: Any) -> dict[str, Any]:
    """A RunObject as the API sends it, with `overrides` applied (deep-copied)."""
    payload = copy.deepcopy(BASE_RUN)
    payload.update(copy.deepcopy(overrides))
    return payload


def runs_in_every_status() -> list[dict[str, Any]]:
    """One realistic payload per status, each with the parts that status carries."""
    return [
        run_payload(status="queued"),
        run_payload(status="in_progress", started_at=1699075073, tools=[{"type": "code_interpreter"}]),
        run_payload(
            status="requires_action", started_at=1699075073, tools=[FUNCTION_TOOL], required_action=REQUIRED_ACTION
        ),
        run_payload(status="cancelling", started_at=1699075073, tools=[{"type": "file_search"}]),
        run_payload(status="cancelled", cancelled_at=1699075080, expires_at=None),
        run_payload(
            status="failed",
            failed_at=1699075080,
            expires_at=None,
            last_error={"code": "rate_limit_exceeded", "message": "Slow down."},
        ),
        run_payload(status="completed", completed_at=1699075090, expires_at=None, usage=USAGE),
        run_payload(
            status="incomplete",
            incomplete_details={"reason": "max_prompt_tokens"},
            usage=USAGE,
            max_prompt_tokens=1000,
            max_completion_tokens=2000,
        ),
        run_payload(status="expired", expires_at=1699075672, usage=None),
    ]


def step_payload(**overrides: Any) -> dict[str, Any]:
    step: dict[str, Any] = {
        "id": "step_1",
        "object": "thread.run.step",
        "created_at": 1699063291,
        "run_id": "run_abc123",
        "assistant_id": "asst_abc123",
        "thread_id": "thread_abc123",
        "type": "message_creation",
        "status": "completed",
        "cancelled_at": None,
        "completed_at": 1699063291,
        "expires_at": None,
        "failed_at": None,
        "last_error": None,
        "step_details": {"type": "message_creation", "message_creation": {"message_id": "msg_1"}},
        "usage": USAGE,
    }
    step.update(copy.deepcopy(overrides))
    return step
