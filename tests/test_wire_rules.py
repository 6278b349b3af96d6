"""The wire rules: lenient in what is read, exact in what is written back, strict only when asked."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest

from openai_client import AuthenticatedClient, errors
from openai_client.api.runs import get_run
from openai_client.errors import InvalidPayloadError
from openai_client.models import (
    AssistantsApiToolChoiceMode,
    AssistantsNamedToolChoice,
    ListRunsResponse,
    RunObject,
    RunRequiredAction,
    RunStepObject,
    UnknownAssistantsApiResponseFormatOption,
    UnknownAssistantTool,
    UnknownRunObjectRequiredAction,
    UnknownRunStepDetails,
    UnknownRunStepDetailsToolCall,
    UnknownRunStepDetailsToolCallsCodeOutput,
)

from .conftest import REQUIRED_ACTION, TOKEN, run_payload, step_payload
from .fault_server import FaultServer, Reply

_RUN_SCHEMA = RunObject.__table__
REQUIRED_RUN_FIELDS = [f.name for f in _RUN_SCHEMA.fields if f.required and f is not _RUN_SCHEMA.kind]


# -- a field the server did not send -------------------------------------------------------------
@pytest.mark.parametrize("field", REQUIRED_RUN_FIELDS)
def test_a_required_field_an_older_server_left_out_is_not_sent_and_named_when_touched(field: str) -> None:
    """Not sent: out of to_dict and is_sent; a nullable one reads None (as in the SDK), another raises naming it."""
    payload = run_payload()
    del payload[field]
    run = RunObject.from_dict(copy.deepcopy(payload))
    assert run.to_dict() == payload
    assert not run.is_sent(field) and run.is_sent("assistant_id" if field != "assistant_id" else "id")
    if _RUN_SCHEMA.by_name[field].nullable:
        assert getattr(run, field) is None
        return
    with pytest.raises(AttributeError, match=rf"RunObject\.{field}: the server did not send `{field}`"):
        getattr(run, field)
    assert not hasattr(run, field)


def test_strict_mode_names_a_required_field_left_out_nullable_or_not() -> None:
    for field in ("required_action", "parallel_tool_calls"):
        payload = run_payload()
        del payload[field]
        with pytest.raises(InvalidPayloadError, match="required field is missing") as caught:
            RunObject.from_dict(payload, strict=True)
        assert caught.value.path == field


def test_absence_is_out_of_repr_and_part_of_equality() -> None:
    partial = run_payload()
    del partial["parallel_tool_calls"]
    sparse = RunObject.from_dict(partial)
    assert "parallel_tool_calls" not in repr(sparse) and "id='run_abc123'" in repr(sparse)
    assert sparse == RunObject.from_dict(partial)
    assert sparse != RunObject.from_dict(run_payload()), "a field the server sent is not the same as one it did not"


def test_a_model_with_an_absent_field_pickles_and_copies() -> None:
    partial = run_payload()
    del partial["usage"]
    run = RunObject.from_dict(partial)
    for twin in (pickle.loads(pickle.dumps(run)), copy.copy(run), copy.deepcopy(run)):
        assert twin == run and twin.to_dict() == partial and not twin.is_sent("usage")


def test_a_value_set_after_reading_is_written() -> None:
    payload = run_payload()
    del payload["max_prompt_tokens"]
    run = RunObject.from_dict(payload)
    run.max_prompt_tokens = 7
    assert run.is_sent("max_prompt_tokens") and run.to_dict()["max_prompt_tokens"] == 7


def test_a_field_left_out_deep_inside_a_list_is_absent_there_only() -> None:
    runs = [run_payload(id=f"run_{index}") for index in range(5)]
    del runs[3]["parallel_tool_calls"]
    page = {"object": "list", "data": runs, "first_id": "run_0", "last_id": "run_4", "has_more": False}
    parsed = ListRunsResponse.from_dict(copy.deepcopy(page))
    assert parsed.to_dict() == page
    assert [run.is_sent("parallel_tool_calls") for run in parsed.data] == [True, True, True, False, True]
    with pytest.raises(InvalidPayloadError, match=r"data\[3\]\.parallel_tool_calls: required field is missing"):
        ListRunsResponse.from_dict(page, strict=True)


# -- unions take tomorrow's members ----------------------------------------------------------
FUTURE_MEMBERS: list[tuple[str, Any, str, type]] = [
    ("run", {"required_action": {"type": "zz_future_plan", "zz_future_plan": {"steps": 2}}}, "required_action",
     UnknownRunObjectRequiredAction),
    ("run", {"tools": [{"type": "zz_future_search", "zz_future_search": {}}]}, "tools", UnknownAssistantTool),
    ("run", {"response_format": {"type": "zz_future_xml", "zz_future_xml": {"root": "a"}}}, "response_format",
     UnknownAssistantsApiResponseFormatOption),
    ("step", {"step_details": {"type": "zz_future_reasoning", "zz_future_reasoning": {"summary": "x"}}}, "step_details",
     UnknownRunStepDetails),
    ("step", {"step_details": {"type": "tool_calls", "tool_calls": [{"id": "c", "type": "zz_future_search"}]}},
     "step_details.tool_calls", UnknownRunStepDetailsToolCall),
    ("step", {"step_details": {"type": "tool_calls", "tool_calls": [{"id": "c", "type": "code_interpreter",
     "code_interpreter": {"input": "1", "outputs": [{"type": "zz_future_chart", "zz_future_chart": {}}]}}]}},
     "step_details.tool_calls.code_interpreter.outputs", UnknownRunStepDetailsToolCallsCodeOutput),
]  # fmt: skip


def _dig(model: Any, path: str) -> Any:
    value = model
    for part in path.split("."):
        value = getattr(value, part)
        if isinstance(value, list):
            value = value[0]
    return value


@pytest.mark.parametrize(("kind", "change", "path", "catch_all"), FUTURE_MEMBERS, ids=[m[2] for m in FUTURE_MEMBERS])
def test_a_union_member_of_a_future_type_is_held_and_written_back(
    kind: str, change: dict[str, Any], path: str, catch_all: type
) -> None:
    payload = run_payload(**change) if kind == "run" else step_payload(**change)
    model = RunObject if kind == "run" else RunStepObject
    parsed = model.from_dict(copy.deepcopy(payload))
    assert type(_dig(parsed, path)) is catch_all
    assert parsed.to_dict() == payload


def test_tool_choice_with_a_future_mode_or_type_is_kept() -> None:
    run = RunObject.from_dict(run_payload(tool_choice="zz_future_sometimes"))
    assert isinstance(run.tool_choice, AssistantsApiToolChoiceMode) and run.tool_choice.is_unknown
    named = {"type": "zz_future_search", "zz_future_search": {"max": 1}}
    run = RunObject.from_dict(run_payload(tool_choice=copy.deepcopy(named)))
    assert isinstance(run.tool_choice, AssistantsNamedToolChoice) and run.tool_choice.type.is_unknown
    assert run.to_dict()["tool_choice"] == named


def test_known_required_action_still_has_its_type() -> None:
    run = RunObject.from_dict(run_payload(status="requires_action", required_action=REQUIRED_ACTION))
    assert isinstance(run.required_action, RunRequiredAction)


# -- strict only when asked ----------------------------------------------------------------
STRICT_VIOLATIONS: list[tuple[dict[str, Any], str, str]] = [
    ({"created_at": "yesterday"}, "created_at", "expected integer, got string"),
    ({"parallel_tool_calls": 1}, "parallel_tool_calls", "expected boolean, got integer"),
    ({"temperature": "hot"}, "temperature", "expected number or integer, got string"),
    ({"model": None}, "model", "null is not allowed"),
    ({"usage": {"prompt_tokens": 1, "completion_tokens": "2", "total_tokens": 3}}, "usage.completion_tokens",
     "expected integer"),
    ({"tools": [{"type": "function", "function": {"name": 5}}]}, "tools[0].function.name", "expected string"),
    ({"metadata": {"k": 1}}, "metadata.k", "expected string"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "path", "reason"), STRICT_VIOLATIONS, ids=[v[1] for v in STRICT_VIOLATIONS])
def test_strict_mode_names_the_path_of_what_breaks_the_spec(change: dict[str, Any], path: str, reason: str) -> None:
    payload = run_payload(**change)
    lenient = RunObject.from_dict(copy.deepcopy(payload))
    assert lenient.to_dict() == payload, "by default the value passes through as sent"
    with pytest.raises(InvalidPayloadError) as caught:
        RunObject.from_dict(payload, strict=True)
    assert caught.value.path == path
    assert reason in str(caught.value)


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(
    ("body", "got"),
    [
        (run_payload(object="thread.message"), "got 'thread.message'"),
        ({k: v for k, v in run_payload().items() if k != "object"}, "got no `object`"),
        ({"foo": 1}, "got no `object`"),
    ],
    ids=["other-kind", "no-object", "misrouted"],
)
def test_a_body_of_another_kind_is_refused_in_every_mode(body: dict[str, Any], got: str, strict: bool) -> None:
    with pytest.raises(InvalidPayloadError) as caught:
        RunObject.from_dict(copy.deepcopy(body), strict=strict)
    assert caught.value.path == "object"
    assert f"expected 'thread.run', {got}" in str(caught.value)


@pytest.mark.parametrize("field", ["usage", "id"])
def test_strict_mode_wants_every_required_field(field: str) -> None:
    payload = run_payload()
    del payload[field]
    with pytest.raises(InvalidPayloadError, match=f"^{field}: required field is missing$"):
        RunObject.from_dict(payload, strict=True)


def test_strict_mode_passes_a_payload_that_follows_the_spec() -> None:
    payload = run_payload(status="requires_action", required_action=REQUIRED_ACTION)
    assert RunObject.from_dict(copy.deepcopy(payload), strict=True).to_dict() == payload


def test_client_strict_response_validation_over_http() -> None:
    body = json.dumps(run_payload(created_at="yesterday")).encode()
    with (
        FaultServer(fallback=Reply(200, body)) as server,
        AuthenticatedClient(base_url=server.base_url, token=TOKEN, max_retries=0) as lenient,
        lenient.with_options(strict_response_validation=True) as strict,
    ):
        assert get_run.sync("t", "r", client=lenient).created_at == "yesterday"  # type: ignore[comparison-overlap]
        with pytest.raises(errors.ResponseParseError) as caught:
            get_run.sync("t", "r", client=strict)
        assert caught.value.path == "created_at"
        with pytest.raises(errors.ResponseParseError):
            get_run.sync_detailed("t", "r", client=strict)


def test_what_azures_description_allows_is_read_and_kept() -> None:
    """A file-search tool without its `type` tag, and metadata values that are not strings."""
    payload = run_payload(tools=[{"file_search": {"max_num_results": 5}}], metadata={"count": 3, "flags": [1]})
    run = RunObject.from_dict(copy.deepcopy(payload))
    (tool,) = run.tools
    assert isinstance(tool, UnknownAssistantTool) and tool["file_search"] == {"max_num_results": 5}
    assert run.metadata is not None and run.metadata.to_dict() == {"count": 3, "flags": [1]}
    assert run.to_dict() == payload
    assert [path for path, _ in run.unknown_values()] == ["tools[0]"]
