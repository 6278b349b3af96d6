"""JSON -> model -> JSON loses nothing, known shapes get typed models, unknown ones are kept."""

from __future__ import annotations

import json
from typing import Any

import pytest

from openai_client.errors import InvalidPayloadError
from openai_client.models import (
    AssistantsApiResponseFormatAuto,
    AssistantsApiToolChoiceMode,
    AssistantsNamedToolChoice,
    AssistantToolsCode,
    AssistantToolsFileSearch,
    AssistantToolsFunction,
    ListRunsResponse,
    ListRunStepsResponse,
    Metadata,
    ResponseFormatJsonObject,
    ResponseFormatJsonSchema,
    ResponseFormatText,
    RunLastErrorCode,
    RunObject,
    RunRequiredAction,
    RunStatus,
    RunStepDetailsToolCallsObject,
    RunStepObject,
    TruncationObject,
    UnknownAssistantsApiResponseFormatOption,
    UnknownAssistantTool,
    UnknownRunStepDetailsToolCall,
)
from openai_client.types import UNSET

from .conftest import FUNCTION_TOOL, USAGE, run_payload, runs_in_every_status, step_payload


@pytest.mark.parametrize("payload", runs_in_every_status(), ids=lambda p: p["status"])
def test_every_status_round_trips(payload: dict[str, Any]) -> None:
    run = RunObject.from_dict(payload)
    assert run.status == RunStatus(payload["status"])
    assert not run.status.is_unknown
    assert run.to_dict() == payload


def test_nested_parts_become_typed_models() -> None:
    run = RunObject.from_dict(runs_in_every_status()[2])
    assert isinstance(run.required_action, RunRequiredAction)
    call = run.required_action.submit_tool_outputs.tool_calls[0]
    assert (call.id, call.function.name, call.function.arguments) == ("call_1", "get_weather", '{"city":"Paris"}')
    assert isinstance(run.tools[0], AssistantToolsFunction)
    assert run.tools[0].function.parameters is not UNSET
    assert run.metadata is not None and run.metadata.additional_properties == {}
    assert isinstance(run.created_at, int)


def test_tools_dispatch_on_type() -> None:
    tools = [
        {"type": "code_interpreter"},
        {"type": "file_search", "file_search": {"max_num_results": 5}},
        FUNCTION_TOOL,
    ]
    run = RunObject.from_dict(run_payload(tools=tools))
    assert [type(tool) for tool in run.tools] == [AssistantToolsCode, AssistantToolsFileSearch, AssistantToolsFunction]
    assert run.to_dict()["tools"] == tools


@pytest.mark.parametrize(
    ("field", "value", "expected_type"),
    [
        ("tool_choice", "auto", AssistantsApiToolChoiceMode),
        ("tool_choice", "required", AssistantsApiToolChoiceMode),
        ("tool_choice", {"type": "function", "function": {"name": "get_weather"}}, AssistantsNamedToolChoice),
        ("tool_choice", None, type(None)),
        ("response_format", "auto", AssistantsApiResponseFormatAuto),
        ("response_format", {"type": "text"}, ResponseFormatText),
        ("response_format", {"type": "json_object"}, ResponseFormatJsonObject),
        (
            "response_format",
            {"type": "json_schema", "json_schema": {"name": "answer", "schema": {"type": "object"}, "strict": True}},
            ResponseFormatJsonSchema,
        ),
        ("response_format", None, type(None)),
        ("metadata", {"user": "u_1", "team": "blue"}, Metadata),
        ("metadata", None, type(None)),
        ("truncation_strategy", {"type": "last_messages", "last_messages": 10}, TruncationObject),
    ],
)
def test_union_and_nullable_fields_in_every_form(field: str, value: Any, expected_type: type) -> None:
    payload = run_payload(**{field: value})
    run = RunObject.from_dict(payload)
    assert type(getattr(run, field)) is expected_type
    assert run.to_dict() == payload


def test_absent_optional_stays_absent_and_null_stays_null() -> None:
    payload = run_payload()
    del payload["temperature"]
    payload["top_p"] = None
    run = RunObject.from_dict(payload)
    assert run.temperature is UNSET
    assert run.top_p is None
    out = run.to_dict()
    assert "temperature" not in out
    assert out["top_p"] is None
    assert out == payload


def test_numbers_keep_their_type() -> None:
    payload = run_payload(temperature=1, top_p=0.5, created_at=1699075072)
    out = RunObject.from_dict(payload).to_dict()
    assert type(out["temperature"]) is int
    assert type(out["top_p"]) is float


def test_unknown_fields_are_kept_at_every_depth() -> None:
    payload = run_payload(
        status="completed",
        usage={**USAGE, "cached_tokens": 7, "details": {"reasoning": 3}},
        tools=[{**FUNCTION_TOOL, "future_flag": True}],
        zz_future_resources={"code_interpreter": {"file_ids": ["file_1"]}},
        truncation_strategy={"type": "auto", "last_messages": None, "mode": "smart"},
    )
    run = RunObject.from_dict(payload)
    assert run.additional_properties["zz_future_resources"] == {"code_interpreter": {"file_ids": ["file_1"]}}
    assert run.usage is not None and run.usage.additional_properties["cached_tokens"] == 7
    assert run.to_dict() == payload


def test_instructions_null_as_the_api_sends_it_round_trips() -> None:
    payload = run_payload(instructions=None)
    assert RunObject.from_dict(payload).to_dict() == payload


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", "zz_future_paused"),
        ("last_error", {"code": "zz_future_quota_exceeded", "message": "no"}),
        ("incomplete_details", {"reason": "zz_future_content_filter"}),
        ("truncation_strategy", {"type": "zz_future_window", "last_messages": None}),
        ("tool_choice", "zz_future_sometimes"),
        ("tool_choice", {"type": "zz_future_tool"}),
        ("response_format", "zz_future_markdown"),
    ],
)
def test_unknown_enum_values_are_kept_and_flagged(field: str, value: Any) -> None:
    payload = run_payload(**{field: value})
    run = RunObject.from_dict(payload)
    assert run.to_dict() == payload


def test_an_unknown_enum_value_is_flagged_and_equals_only_its_string() -> None:
    run = RunObject.from_dict(
        run_payload(status="zz_future_paused", last_error={"code": "zz_future_quota_exceeded", "message": "no"})
    )
    assert run.status.is_unknown and run.status == "zz_future_paused" and run.status != RunStatus.COMPLETED
    assert run.last_error is not None and run.last_error.code.is_unknown


def test_known_enum_members_still_compare_as_before() -> None:
    run = RunObject.from_dict(run_payload(status="failed", last_error={"code": "server_error", "message": "x"}))
    assert run.status is RunStatus.FAILED
    assert run.last_error is not None and run.last_error.code is RunLastErrorCode.SERVER_ERROR


def test_unknown_tool_type_is_held_not_masqueraded() -> None:
    browser = {"type": "zz_future_browser", "zz_future_browser": {"allowed_domains": ["example.com"]}}
    payload = run_payload(tools=[FUNCTION_TOOL, browser])
    run = RunObject.from_dict(payload)
    assert isinstance(run.tools[0], AssistantToolsFunction)
    unknown = run.tools[1]
    assert isinstance(unknown, UnknownAssistantTool)
    assert unknown.type == "zz_future_browser"
    assert unknown.additional_properties == {"zz_future_browser": {"allowed_domains": ["example.com"]}}
    assert run.to_dict() == payload


def test_unknown_response_format_object_is_held() -> None:
    payload = run_payload(response_format={"type": "zz_future_yaml", "indent": 2})
    run = RunObject.from_dict(payload)
    assert isinstance(run.response_format, UnknownAssistantsApiResponseFormatOption)
    assert run.to_dict() == payload


def test_unknown_step_tool_call_is_held() -> None:
    step = step_payload(
        step_details={
            "type": "tool_calls",
            "tool_calls": [
                {"id": "call_9", "type": "zz_future_computer_use", "zz_future_computer_use": {"action": "click"}}
            ],
        }
    )
    parsed = RunStepObject.from_dict(step)
    assert isinstance(parsed.step_details, RunStepDetailsToolCallsObject)
    assert isinstance(parsed.step_details.tool_calls[0], UnknownRunStepDetailsToolCall)
    assert parsed.to_dict() == step


@pytest.mark.parametrize(
    ("mutate", "path", "reason"),
    [
        (lambda p: p.update(tools="code_interpreter"), "tools", "array"),
        (lambda p: p.update(tools=[42]), "tools[0]", "int"),
        (lambda p: p.update(usage=[1]), "usage", "array"),
        (lambda p: p.update(status=7), "status", "7"),
        (
            lambda p: p.update(required_action={"type": "submit_tool_outputs", "submit_tool_outputs": 3}),
            "required_action.submit_tool_outputs",
            "integer",
        ),
        (lambda p: p.update(metadata=["a"]), "metadata", "array"),
    ],
)
def test_what_cannot_be_read_raises_one_typed_error_naming_the_field(mutate: Any, path: str, reason: str) -> None:
    payload = run_payload()
    mutate(payload)
    with pytest.raises(InvalidPayloadError) as caught:
        RunObject.from_dict(payload)
    assert caught.value.path == path
    assert reason in str(caught.value)
    assert str(caught.value).startswith(path)


@pytest.mark.parametrize("not_an_object", [[("id", "x")], "run", 3, None])
def test_non_object_payload_is_refused(not_an_object: Any) -> None:
    with pytest.raises(InvalidPayloadError, match="expected an object"):
        RunObject.from_dict(not_an_object)


def test_list_responses_round_trip() -> None:
    runs = {
        "object": "list",
        "data": runs_in_every_status(),
        "first_id": "run_abc123",
        "last_id": "run_abc456",
        "has_more": True,
    }
    parsed = ListRunsResponse.from_dict(runs)
    assert len(parsed.data) == 9 and parsed.has_more
    assert parsed.to_dict() == runs

    code_call = {
        "id": "call_1",
        "type": "code_interpreter",
        "code_interpreter": {
            "input": "print(1)",
            "outputs": [{"type": "logs", "logs": "1"}, {"type": "image", "image": {"file_id": "file_1"}}],
        },
    }
    search_call = {
        "id": "call_2",
        "type": "file_search",
        "file_search": {
            "ranking_options": {"ranker": "default_2024_08_21", "score_threshold": 0.5},
            "results": [
                {"file_id": "f", "file_name": "a.txt", "score": 0.9, "content": [{"type": "text", "text": "hi"}]}
            ],
        },
    }
    function_call = {"id": "call_3", "type": "function", "function": {"name": "f", "arguments": "{}", "output": None}}
    steps = {
        "object": "list",
        "data": [
            step_payload(),
            step_payload(
                id="step_2",
                type="tool_calls",
                status="failed",
                last_error={"code": "server_error", "message": "x"},
                step_details={"type": "tool_calls", "tool_calls": [code_call, search_call, function_call]},
            ),
        ],
        "first_id": "step_1",
        "last_id": "step_2",
        "has_more": False,
    }
    assert ListRunStepsResponse.from_dict(steps).to_dict() == steps


def test_request_models_serialise_what_the_user_set_only() -> None:
    from openai_client.models import CreateRunRequest, TruncationObject, TruncationType

    body = CreateRunRequest(
        assistant_id="asst_1",
        truncation_strategy=TruncationObject(type=TruncationType.LAST_MESSAGES, last_messages=5),
        tool_choice=None,
    )
    assert body.to_dict() == {
        "assistant_id": "asst_1",
        "truncation_strategy": {"type": "last_messages", "last_messages": 5},
        "tool_choice": None,
    }


def test_from_json_reads_bytes_and_text_as_responses_are_read() -> None:
    payload = run_payload()
    raw = json.dumps(payload).encode()
    assert RunObject.from_json(raw) == RunObject.from_json(raw.decode()) == RunObject.from_dict(payload)
    assert RunObject.from_json(b"\xef\xbb\xbf" + raw).to_dict() == payload
    assert RunObject.from_json(b" \n" + raw + b"\r\n").to_dict() == payload
    for not_json in (b"<html>", raw + b" trailing", b"", b"\xff"):
        with pytest.raises(InvalidPayloadError, match="not JSON"):
            RunObject.from_json(not_json)
