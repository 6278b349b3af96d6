"""Requests take what SDK users type by habit: dicts for models, strings for enums, any sequence for lists.

This module is also a type-checking program (`make typecheck` runs mypy --strict on it):
every request body is built both ways, with lists held in variables first (the invariance
trap), and the `# type: ignore[...]` lines are mistakes mypy must keep catching (strict mode
fails on an ignore that is no longer needed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

from openai_client import AuthenticatedClient, errors
from openai_client.api.assistants import create_assistant, modify_assistant
from openai_client.api.messages import create_message, modify_message
from openai_client.api.runs import create_run, create_thread_and_run, list_runs, modify_run, submit_tool_outputs_to_run
from openai_client.api.threads import create_thread, modify_thread
from openai_client.models import (
    AssistantTool,
    AssistantToolsCode,
    AssistantToolsFunction,
    AssistantToolsFunctionParam,
    CreateAssistantRequest,
    CreateAssistantRequestParam,
    CreateMessageRequest,
    CreateMessageRequestParam,
    CreateMessageRole,
    CreateRunRequest,
    CreateRunRequestParam,
    CreateThreadAndRunRequest,
    CreateThreadAndRunRequestParam,
    CreateThreadRequest,
    CreateThreadRequestParam,
    FunctionObject,
    FunctionParameters,
    Metadata,
    ModifyAssistantRequest,
    ModifyAssistantRequestParam,
    ModifyMessageRequest,
    ModifyMessageRequestParam,
    ModifyRunRequest,
    ModifyRunRequestParam,
    ModifyThreadRequest,
    ModifyThreadRequestParam,
    SubmitToolOutputsRunRequest,
    SubmitToolOutputsRunRequestParam,
    ToolOutput,
    ToolOutputParam,
    TruncationObject,
)
from openai_client_helpers import LocalRunsServer, create_and_poll, tool_outputs
from openai_client_helpers.local_server import tool_call

from .conftest import ASSISTANT_ID, TOKEN

PARAMETERS = {"type": "object", "properties": {"city": {"type": "string"}}}


@attrs.frozen
class Ids:
    thread: str
    message: str
    run: str
    call: str


def _idle(client: AuthenticatedClient) -> str:
    """A new thread, with no run."""
    return create_thread.sync(client=client).id


def _set_up(server: LocalRunsServer, client: AuthenticatedClient) -> Ids:
    server.add_assistant(id=ASSISTANT_ID)
    thread = create_thread.sync(client=client, body={"messages": [{"role": "user", "content": "Hi"}]})
    message = create_message.sync(thread.id, client=client, body={"role": "user", "content": "More"})
    server.script([tool_call("get_weather", {"city": "Paris"})])
    run = create_and_poll(client, thread.id, {"assistant_id": ASSISTANT_ID})
    call = run.required_action.submit_tool_outputs.tool_calls[0]  # type: ignore[union-attr]
    return Ids(thread.id, message.id, run.id, call.id)


# -- each request body, as a model and as the SDK's dict ---------------------------------
def _create_assistant(ids: Ids) -> tuple[CreateAssistantRequest, CreateAssistantRequestParam]:
    # A list of several kinds of tool: mypy would infer list[<their common base>]; the spec's union says it.
    tools: list[AssistantTool] = [
        AssistantToolsCode(),
        AssistantToolsFunction(function=FunctionObject(name="get_weather")),
    ]
    model = CreateAssistantRequest(model="gpt-4o", name="Helper", tools=tools, metadata=Metadata({"team": "a"}))
    tool: AssistantToolsFunctionParam = {"type": "function", "function": {"name": "get_weather"}}
    param: CreateAssistantRequestParam = {
        "model": "gpt-4o",
        "name": "Helper",
        "tools": [{"type": "code_interpreter"}, tool],
        "metadata": {"team": "a"},
    }
    return model, param


def _modify_assistant(ids: Ids) -> tuple[ModifyAssistantRequest, ModifyAssistantRequestParam]:
    return ModifyAssistantRequest(instructions="Be brief.", temperature=0.5), {
        "instructions": "Be brief.",
        "temperature": 0.5,
    }


def _create_thread(ids: Ids) -> tuple[CreateThreadRequest, CreateThreadRequestParam]:
    messages = [CreateMessageRequest(role=CreateMessageRole.USER, content="Hello")]
    model = CreateThreadRequest(messages=messages, metadata={"user": "u_1"})
    return model, {"messages": [{"role": "user", "content": "Hello"}], "metadata": {"user": "u_1"}}


def _modify_thread(ids: Ids) -> tuple[ModifyThreadRequest, ModifyThreadRequestParam]:
    return ModifyThreadRequest(metadata=Metadata(topic="weather")), {"metadata": {"topic": "weather"}}


def _create_message(ids: Ids) -> tuple[CreateMessageRequest, CreateMessageRequestParam]:
    model = CreateMessageRequest(role="user", content=[{"type": "text", "text": "Look"}])
    return model, {"role": "user", "content": [{"type": "text", "text": "Look"}]}


def _modify_message(ids: Ids) -> tuple[ModifyMessageRequest, ModifyMessageRequestParam]:
    return ModifyMessageRequest(metadata={"seen": "yes"}), {"metadata": {"seen": "yes"}}


def _create_thread_and_run(ids: Ids) -> tuple[CreateThreadAndRunRequest, CreateThreadAndRunRequestParam]:
    tools = [
        AssistantToolsFunction(function=FunctionObject(name="get_weather", parameters=FunctionParameters(PARAMETERS)))
    ]
    model = CreateThreadAndRunRequest(
        assistant_id=ASSISTANT_ID,
        thread=CreateThreadRequest(messages=[CreateMessageRequest(role="user", content="Weather?")]),
        tools=tools,
        tool_choice="required",
        truncation_strategy=TruncationObject(type="last_messages", last_messages=5),
    )
    param: CreateThreadAndRunRequestParam = {
        "assistant_id": ASSISTANT_ID,
        "thread": {"messages": [{"role": "user", "content": "Weather?"}]},
        "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": PARAMETERS}}],
        "tool_choice": "required",
        "truncation_strategy": {"type": "last_messages", "last_messages": 5},
    }
    return model, param


def _create_run(ids: Ids) -> tuple[CreateRunRequest, CreateRunRequestParam]:
    extra = (CreateMessageRequest(role="user", content="One more thing"),)  # a tuple: any sequence will do
    model = CreateRunRequest(assistant_id=ASSISTANT_ID, additional_messages=extra, response_format="auto")
    param: CreateRunRequestParam = {
        "assistant_id": ASSISTANT_ID,
        "additional_messages": [{"role": "user", "content": "One more thing"}],
        "response_format": "auto",
    }
    return model, param


def _modify_run(ids: Ids) -> tuple[ModifyRunRequest, ModifyRunRequestParam]:
    return ModifyRunRequest(metadata={"user": "u_2"}), {"metadata": {"user": "u_2"}}


def _submit_tool_outputs(ids: Ids) -> tuple[SubmitToolOutputsRunRequest, SubmitToolOutputsRunRequestParam]:
    outputs = [ToolOutput(tool_call_id=ids.call, output="sunny")]
    output: ToolOutputParam = {"tool_call_id": ids.call, "output": "sunny"}
    return SubmitToolOutputsRunRequest(tool_outputs=outputs), {"tool_outputs": [output]}


Build = Callable[[Ids], tuple[Any, Any]]
Send = Callable[[AuthenticatedClient, Ids, Any], object]
REQUESTS: dict[str, tuple[Build, Send]] = {
    "createAssistant": (_create_assistant, lambda c, i, body: create_assistant.sync(client=c, body=body)),
    "modifyAssistant": (_modify_assistant, lambda c, i, body: modify_assistant.sync(ASSISTANT_ID, client=c, body=body)),
    "createThread": (_create_thread, lambda c, i, body: create_thread.sync(client=c, body=body)),
    "modifyThread": (_modify_thread, lambda c, i, body: modify_thread.sync(i.thread, client=c, body=body)),
    # A thread whose run waits for outputs takes neither a message nor a run (the API's rule): a fresh one does.
    "createMessage": (_create_message, lambda c, i, body: create_message.sync(_idle(c), client=c, body=body)),
    "modifyMessage": (
        _modify_message,
        lambda c, i, body: modify_message.sync(i.thread, i.message, client=c, body=body),
    ),
    "createThreadAndRun": (_create_thread_and_run, lambda c, i, body: create_thread_and_run.sync(client=c, body=body)),
    "createRun": (_create_run, lambda c, i, body: create_run.sync(_idle(c), client=c, body=body)),
    "modifyRun": (_modify_run, lambda c, i, body: modify_run.sync(i.thread, i.run, client=c, body=body)),
    "submitToolOutputsToRun": (
        _submit_tool_outputs,
        lambda c, i, body: submit_tool_outputs_to_run.sync(i.thread, i.run, client=c, body=body),
    ),
}


@pytest.mark.parametrize("operation", list(REQUESTS))
def test_a_dict_body_sends_the_same_bytes_as_the_model(operation: str) -> None:
    build, send = REQUESTS[operation]
    sent: list[bytes] = []
    for form in (0, 1):
        with LocalRunsServer() as server, AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client:
            ids = _set_up(server, client)
            send(client, ids, build(ids)[form])
            assert server.requests[-1].operation == operation
            sent.append(server.requests[-1].content)
    assert sent[0] == sent[1]


def test_strings_for_enums_are_sent_as_given(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    thread_id = create_thread.sync(client=client).id
    list_runs.sync(thread_id, client=client, order="asc")
    assert server.requests[-1].query["order"] == ["asc"]
    message = CreateMessageRequest(role="user", content="Hi")
    assert message.role is CreateMessageRole.USER and message.to_dict() == {"role": "user", "content": "Hi"}


def test_free_form_objects_are_built_from_a_dict_or_keywords() -> None:
    assert Metadata({"k": "v"}) == Metadata(k="v") and Metadata({"k": "v"}).to_dict() == {"k": "v"}
    assert FunctionParameters(PARAMETERS).to_dict() == PARAMETERS
    assert CreateRunRequest(assistant_id="a", metadata={"k": "v"}).metadata == Metadata({"k": "v"})


@pytest.mark.parametrize(
    ("body", "path", "reason"),
    [
        ({"thread": {}}, "body.assistant_id", "required field is missing"),
        ({"assistant_id": "a", "thread": {"messages": [{"content": "x"}]}}, "body.thread.messages[0].role", "missing"),
        (
            {"assistant_id": "a", "thread": {"messages": [{"role": 5, "content": "x"}]}},
            "body.thread.messages[0].role",
            "got integer",
        ),
        ({"assistant_id": "a", "temperature": "hot"}, "body.temperature", "expected number"),
        ({"assistant_id": "a", "tools": "code_interpreter"}, "body.tools", "expected array, got string"),
    ],
    ids=["missing-required", "missing-nested", "wrong-type-nested", "wrong-scalar", "not-a-list"],
)
def test_a_dict_body_that_breaks_the_spec_is_refused_before_sending(
    server: LocalRunsServer, client: AuthenticatedClient, body: dict[str, Any], path: str, reason: str
) -> None:
    with pytest.raises(errors.InvalidRequestError, match=reason) as caught:
        create_thread_and_run.sync(client=client, body=body)  # type: ignore[arg-type]
    assert caught.value.path == path and isinstance(caught.value, ValueError)
    assert server.requests == []


@pytest.mark.parametrize(
    ("output", "says"),
    [({"a": 1}, "expected string, got object"), (21, "expected string, got integer"), (None, "null is not allowed")],
    ids=["dict", "number", "null"],
)
def test_a_tool_output_that_is_not_a_string_is_refused_before_sending(
    server: LocalRunsServer, client: AuthenticatedClient, output: object, says: str
) -> None:
    body = SubmitToolOutputsRunRequest(tool_outputs=[ToolOutput(tool_call_id="call_1", output=output)])  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidRequestError, match=says) as caught:
        submit_tool_outputs_to_run.sync("thread_1", "run_1", client=client, body=body)
    assert caught.value.path == "body.tool_outputs[0].output" and server.requests == []


def test_two_outputs_for_one_call_are_refused_before_sending(
    server: LocalRunsServer, client: AuthenticatedClient
) -> None:
    twice: SubmitToolOutputsRunRequestParam = {
        "tool_outputs": [{"tool_call_id": "call_1", "output": "a"}, {"tool_call_id": "call_1", "output": "b"}]
    }
    with pytest.raises(errors.InvalidRequestError, match="repeats tool_call_id 'call_1' of item \\[0\\]"):
        submit_tool_outputs_to_run.sync("thread_1", "run_1", client=client, body=twice)
    assert server.requests == []


def test_the_tool_helper_sends_a_dict_or_list_result_as_json_text(
    server: LocalRunsServer, client: AuthenticatedClient
) -> None:
    server.script([tool_call("get_weather", {"city": "Paris"})])
    waiting = create_and_poll(client, create_thread.sync(client=client).id, {"assistant_id": ASSISTANT_ID})
    (output,) = tool_outputs(waiting, {"get_weather": lambda city: [city, {"sky": "clear"}]})
    assert output.output == '["Paris", {"sky": "clear"}]'


def test_a_base_url_that_cannot_work_is_refused_when_the_client_is_built() -> None:
    with pytest.raises(errors.InvalidOptionError, match="is not an http:// or https:// URL with a host"):
        AuthenticatedClient(base_url="127.0.0.1:1/v1", token=TOKEN)


def test_type_checkers_catch_what_the_runtime_would_refuse() -> None:
    """Not run for its assertions: mypy --strict must flag each line (an unneeded ignore fails it)."""
    with pytest.raises(errors.InvalidPayloadError):
        CreateMessageRequest(role="user", content=5)  # type: ignore[arg-type]
    param: CreateRunRequestParam = {"assistant_id": "a", "tool_choice": "zz_future_sometimes"}  # type: ignore[typeddict-item]
    assert param["assistant_id"] == "a"
