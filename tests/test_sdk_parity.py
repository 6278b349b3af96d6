"""Coming from the official SDK: every row of the README's table runs, beside the SDK's own call.

Each row pairs a method of the official SDK's `client.beta` with what to call here. Both run
against the same `LocalRunsServer`, the SDK's call unchanged, and must say the same thing
(the summary each side returns).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import openai
import pytest

from openai_client import AuthenticatedClient, Client, __version__, errors
from openai_client.api.assistants import (
    create_assistant,
    delete_assistant,
    get_assistant,
    modify_assistant,
)
from openai_client.api.messages import create_message, delete_message, get_message, list_messages, modify_message
from openai_client.api.runs import (
    cancel_run,
    create_run,
    create_thread_and_run,
    get_run,
    get_run_step,
    list_run_steps,
    list_runs,
    modify_run,
    submit_tool_outputs_to_run,
)
from openai_client.api.threads import create_thread, delete_thread, get_thread, modify_thread
from openai_client.models import (
    AssistantToolsFunctionParam,
    CreateMessageRequestParam,
    CreateThreadAndRunRequest,
    RunObject,
    RunRequiredAction,
    RunStatus,
    SubmitToolOutputsRunRequestParam,
    ToolOutputParam,
)
from openai_client_helpers import (
    LocalRunsServer,
    create_and_poll,
    create_thread_and_run_and_poll,
    iter_assistants,
    iter_messages,
    iter_run_steps,
    iter_runs,
    message_text,
    poll_run,
    stream_run,
    stream_thread_and_run,
    submit_tool_outputs_and_poll,
)
from openai_client_helpers.local_server import reply, tool_call

from .conftest import ASSISTANT_ID, ROOT, TOKEN

HI: list[CreateMessageRequestParam] = [{"role": "user", "content": "Hi"}]
WEATHER: AssistantToolsFunctionParam = {"type": "function", "function": {"name": "get_weather"}}
Summary = tuple[Any, ...]


def _thread(client: AuthenticatedClient) -> str:
    return create_thread.sync(client=client, body={"messages": HI}).id


def _waiting(server: LocalRunsServer, client: AuthenticatedClient) -> RunObject:
    server.script([tool_call("get_weather", {"city": "Oslo"}), reply("Sunny in Oslo.")])
    run = create_thread_and_run_and_poll(client, {"assistant_id": ASSISTANT_ID, "tools": [WEATHER]})
    assert isinstance(run.required_action, RunRequiredAction)
    return run


def _metadata(model: Any) -> dict[str, Any] | None:
    return None if model.metadata is None else dict(model.metadata.to_dict())


def _outputs(run: RunObject) -> list[ToolOutputParam]:
    assert isinstance(run.required_action, RunRequiredAction)
    return [{"tool_call_id": call.id, "output": "sunny"} for call in run.required_action.submit_tool_outputs.tool_calls]


def _run_summary(run: Any) -> Summary:
    kind = run.object
    return (kind, run.status, run.assistant_id)


Ours = Callable[[LocalRunsServer, AuthenticatedClient], Summary]
Theirs = Callable[[LocalRunsServer, AuthenticatedClient, openai.OpenAI], Summary]


# -- assistants -----------------------------------------------------------------------
def _our_assistant_create(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    made = create_assistant.sync(client=client, body={"model": "gpt-4o", "name": "Tutor", "tools": [WEATHER]})
    return (made.object, made.name, made.tools[0].type)


def _their_assistant_create(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    made = sdk.beta.assistants.create(model="gpt-4o", name="Tutor", tools=[WEATHER])  # type: ignore[list-item]
    return (made.object, made.name, made.tools[0].type)


def _our_assistant_retrieve(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    found = get_assistant.sync(ASSISTANT_ID, client=client)
    return (found.id, found.model, found.instructions)


def _their_assistant_retrieve(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    found = sdk.beta.assistants.retrieve(ASSISTANT_ID)
    return (found.id, found.model, found.instructions)


def _our_assistant_update(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    changed = modify_assistant.sync(ASSISTANT_ID, client=client, body={"name": "Renamed", "metadata": {"v": "2"}})
    return (changed.name, _metadata(changed))


def _their_assistant_update(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    changed = sdk.beta.assistants.update(ASSISTANT_ID, name="Renamed", metadata={"v": "2"})
    return (changed.name, changed.metadata)


def _our_assistant_list(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    server.add_assistant(name="Second")
    return tuple(assistant.name for assistant in iter_assistants(client, page_size=1))


def _their_assistant_list(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    server.add_assistant(name="Second")
    return tuple(assistant.name for assistant in sdk.beta.assistants.list(limit=1))


def _our_assistant_delete(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    gone = delete_assistant.sync(ASSISTANT_ID, client=client)
    return (gone.id, gone.object, gone.deleted)


def _their_assistant_delete(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    gone = sdk.beta.assistants.delete(ASSISTANT_ID)
    return (gone.id, gone.object, gone.deleted)


# -- threads --------------------------------------------------------------------------
def _our_thread_create(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    thread = create_thread.sync(client=client, body={"messages": HI, "metadata": {"user": "u_1"}})
    return (thread.object, _metadata(thread), len(list(iter_messages(client, thread.id))))


def _their_thread_create(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    thread = sdk.beta.threads.create(messages=HI, metadata={"user": "u_1"})  # type: ignore[arg-type]
    return (thread.object, thread.metadata, len(list(sdk.beta.threads.messages.list(thread.id))))


def _our_thread_retrieve(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    thread = get_thread.sync(_thread(client), client=client)
    return (thread.object, _metadata(thread))


def _their_thread_retrieve(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    thread = sdk.beta.threads.retrieve(_thread(client))
    return (thread.object, thread.metadata)


def _our_thread_update(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    thread = modify_thread.sync(_thread(client), client=client, body={"metadata": {"topic": "weather"}})
    return (_metadata(thread),)


def _their_thread_update(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    return (sdk.beta.threads.update(_thread(client), metadata={"topic": "weather"}).metadata,)


def _our_thread_delete(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    gone = delete_thread.sync(_thread(client), client=client)
    return (gone.object, gone.deleted)


def _their_thread_delete(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    gone = sdk.beta.threads.delete(_thread(client))
    return (gone.object, gone.deleted)


# -- messages -------------------------------------------------------------------------
def _our_message_create(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    message = create_message.sync(_thread(client), client=client, body={"role": "user", "content": "And tomorrow?"})
    return (message.object, message.role, message.content[0].text.value)  # type: ignore[union-attr]


def _their_message_create(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    message = sdk.beta.threads.messages.create(_thread(client), role="user", content="And tomorrow?")
    return (message.object, message.role, message.content[0].text.value)  # type: ignore[union-attr]


def _our_message_list(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    server.script([reply("Hello there.")])
    run = create_and_poll(client, _thread(client), {"assistant_id": ASSISTANT_ID})
    listed = list_messages.sync(run.thread_id, client=client, order="asc").data
    return tuple(m.content[0].text.value for m in listed) + tuple(m.role for m in iter_messages(client, run.thread_id))  # type: ignore[union-attr]


def _their_message_list(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    server.script([reply("Hello there.")])
    run = sdk.beta.threads.runs.create_and_poll(
        thread_id=_thread(client), assistant_id=ASSISTANT_ID, poll_interval_ms=0
    )
    listed = sdk.beta.threads.messages.list(run.thread_id, order="asc").data
    return tuple(m.content[0].text.value for m in listed) + tuple(  # type: ignore[union-attr]
        m.role for m in sdk.beta.threads.messages.list(run.thread_id)
    )


def _our_message_retrieve(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    thread_id = _thread(client)
    message = get_message.sync(thread_id, list_messages.sync(thread_id, client=client).data[0].id, client=client)
    return (message.role, message.thread_id == thread_id)


def _their_message_retrieve(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    thread_id = _thread(client)
    first = sdk.beta.threads.messages.list(thread_id).data[0]
    message = sdk.beta.threads.messages.retrieve(first.id, thread_id=thread_id)
    return (message.role, message.thread_id == thread_id)


def _our_message_update(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    thread_id = _thread(client)
    message_id = list_messages.sync(thread_id, client=client).data[0].id
    return (_metadata(modify_message.sync(thread_id, message_id, client=client, body={"metadata": {"seen": "1"}})),)


def _their_message_update(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    thread_id = _thread(client)
    message_id = sdk.beta.threads.messages.list(thread_id).data[0].id
    return (sdk.beta.threads.messages.update(message_id, thread_id=thread_id, metadata={"seen": "1"}).metadata,)


def _our_message_delete(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    thread_id = _thread(client)
    gone = delete_message.sync(thread_id, list_messages.sync(thread_id, client=client).data[0].id, client=client)
    return (gone.object, gone.deleted, len(list(iter_messages(client, thread_id))))


def _their_message_delete(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    thread_id = _thread(client)
    message_id = sdk.beta.threads.messages.list(thread_id).data[0].id
    gone = sdk.beta.threads.messages.delete(message_id, thread_id=thread_id)
    return (gone.object, gone.deleted, len(sdk.beta.threads.messages.list(thread_id).data))


# -- runs -----------------------------------------------------------------------------
def _our_run_create(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    return _run_summary(create_run.sync(_thread(client), client=client, body={"assistant_id": ASSISTANT_ID}))


def _their_run_create(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    return _run_summary(sdk.beta.threads.runs.create(_thread(client), assistant_id=ASSISTANT_ID))


def _our_run_create_and_poll(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    return _run_summary(create_and_poll(client, _thread(client), {"assistant_id": ASSISTANT_ID}))


def _their_run_create_and_poll(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    run = sdk.beta.threads.runs.create_and_poll(
        thread_id=_thread(client), assistant_id=ASSISTANT_ID, poll_interval_ms=0
    )
    return _run_summary(run)


def _our_run_stream(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    server.script([reply("Streamed answer.")])
    with stream_run(client, _thread(client), {"assistant_id": ASSISTANT_ID}) as stream:
        text = "".join(stream.text_deltas)
    return (*_run_summary(stream.get_final_run()), text)


def _their_run_stream(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    server.script([reply("Streamed answer.")])
    with sdk.beta.threads.runs.stream(thread_id=_thread(client), assistant_id=ASSISTANT_ID) as stream:
        text = "".join(stream.text_deltas)
        run = stream.get_final_run()
    return (*_run_summary(run), text)


def _their_run_create_and_stream(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    server.script([reply("Streamed answer.")])
    with sdk.beta.threads.runs.create_and_stream(thread_id=_thread(client), assistant_id=ASSISTANT_ID) as stream:
        text = "".join(stream.text_deltas)
        run = stream.get_final_run()
    return (*_run_summary(run), text)


def _our_run_retrieve(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    run = create_run.sync(_thread(client), client=client, body={"assistant_id": ASSISTANT_ID})
    return _run_summary(get_run.sync(run.thread_id, run.id, client=client))


def _their_run_retrieve(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    run = sdk.beta.threads.runs.create(_thread(client), assistant_id=ASSISTANT_ID)
    return _run_summary(sdk.beta.threads.runs.retrieve(run.id, thread_id=run.thread_id))


def _our_run_update(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    run = create_run.sync(_thread(client), client=client, body={"assistant_id": ASSISTANT_ID})
    return (_metadata(modify_run.sync(run.thread_id, run.id, client=client, body={"metadata": {"user": "u_1"}})),)


def _their_run_update(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    run = sdk.beta.threads.runs.create(_thread(client), assistant_id=ASSISTANT_ID)
    return (sdk.beta.threads.runs.update(run.id, thread_id=run.thread_id, metadata={"user": "u_1"}).metadata,)


def _our_run_list(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    thread_id = _thread(client)
    made = [create_and_poll(client, thread_id, {"assistant_id": ASSISTANT_ID}).id for _ in range(3)]
    listed = [run.id for run in iter_runs(client, thread_id, page_size=2)]
    return (listed == made[::-1], len(list_runs.sync(thread_id, client=client, limit=2).data))


def _their_run_list(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    thread_id = _thread(client)
    made = [sdk.beta.threads.runs.create_and_poll(thread_id=thread_id, assistant_id=ASSISTANT_ID).id for _ in range(3)]
    listed = [run.id for run in sdk.beta.threads.runs.list(thread_id, limit=2)]
    return (listed == made[::-1], len(sdk.beta.threads.runs.list(thread_id, limit=2).data))


def _our_run_cancel(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    run = create_run.sync(_thread(client), client=client, body={"assistant_id": ASSISTANT_ID})
    return _run_summary(cancel_run.sync(run.thread_id, run.id, client=client))


def _their_run_cancel(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    run = sdk.beta.threads.runs.create(_thread(client), assistant_id=ASSISTANT_ID)
    return _run_summary(sdk.beta.threads.runs.cancel(run.id, thread_id=run.thread_id))


def _our_submit(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    run = _waiting(server, client)
    body: SubmitToolOutputsRunRequestParam = {"tool_outputs": _outputs(run)}
    return _run_summary(submit_tool_outputs_to_run.sync(run.thread_id, run.id, client=client, body=body))


def _their_submit(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    run = _waiting(server, client)
    answered = sdk.beta.threads.runs.submit_tool_outputs(
        run.id,
        thread_id=run.thread_id,
        tool_outputs=_outputs(run),
    )
    return _run_summary(answered)


def _our_submit_and_poll(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    run = _waiting(server, client)
    done = submit_tool_outputs_and_poll(client, run.thread_id, run.id, {"tool_outputs": _outputs(run)})
    return _run_summary(done)


def _their_submit_and_poll(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    run = _waiting(server, client)
    done = sdk.beta.threads.runs.submit_tool_outputs_and_poll(
        run_id=run.id,
        thread_id=run.thread_id,
        tool_outputs=_outputs(run),
        poll_interval_ms=0,
    )
    return _run_summary(done)


def _our_submit_stream(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    run = _waiting(server, client)
    body: SubmitToolOutputsRunRequestParam = {"tool_outputs": _outputs(run)}
    with submit_tool_outputs_to_run.stream(run.thread_id, run.id, client=client, body=body) as events:
        last = [event for event in events if event.event.startswith("thread.run.")][-1]
    return _run_summary(last.data)


def _their_submit_stream(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    run = _waiting(server, client)
    with sdk.beta.threads.runs.submit_tool_outputs_stream(
        run_id=run.id,
        thread_id=run.thread_id,
        tool_outputs=_outputs(run),
    ) as stream:
        stream.until_done()
        return _run_summary(stream.get_final_run())


def _our_poll(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    run = create_run.sync(_thread(client), client=client, body={"assistant_id": ASSISTANT_ID})
    return _run_summary(poll_run(client, run.thread_id, run.id))


def _their_poll(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    run = sdk.beta.threads.runs.create(_thread(client), assistant_id=ASSISTANT_ID)
    return _run_summary(sdk.beta.threads.runs.poll(run.id, thread_id=run.thread_id, poll_interval_ms=0))


def _our_steps_list(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    run = create_and_poll(client, _thread(client), {"assistant_id": ASSISTANT_ID})
    page = list_run_steps.sync(run.thread_id, run.id, client=client)
    return tuple(step.type for step in page.data) + tuple(
        s.status for s in iter_run_steps(client, run.thread_id, run.id)
    )


def _their_steps_list(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    run = sdk.beta.threads.runs.create_and_poll(
        thread_id=_thread(client), assistant_id=ASSISTANT_ID, poll_interval_ms=0
    )
    steps = sdk.beta.threads.runs.steps.list(run.id, thread_id=run.thread_id)
    return tuple(step.type for step in steps.data) + tuple(step.status for step in steps)


def _our_step_retrieve(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    run = create_and_poll(client, _thread(client), {"assistant_id": ASSISTANT_ID})
    step_id = list_run_steps.sync(run.thread_id, run.id, client=client).data[0].id
    step = get_run_step.sync(run.thread_id, run.id, step_id, client=client)
    return (step.object, step.type, step.run_id == run.id)


def _their_step_retrieve(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    run = sdk.beta.threads.runs.create_and_poll(
        thread_id=_thread(client), assistant_id=ASSISTANT_ID, poll_interval_ms=0
    )
    step_id = sdk.beta.threads.runs.steps.list(run.id, thread_id=run.thread_id).data[0].id
    step = sdk.beta.threads.runs.steps.retrieve(step_id, thread_id=run.thread_id, run_id=run.id)
    return (step.object, step.type, step.run_id == run.id)


def _our_create_and_run(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    return _run_summary(
        create_thread_and_run.sync(client=client, body={"assistant_id": ASSISTANT_ID, "thread": {"messages": HI}})
    )


def _their_create_and_run(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    thread: Any = {"messages": HI}  # the SDK's own TypedDict for it differs in name only
    return _run_summary(sdk.beta.threads.create_and_run(assistant_id=ASSISTANT_ID, thread=thread))


def _our_create_and_run_poll(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    return _run_summary(create_thread_and_run_and_poll(client, {"assistant_id": ASSISTANT_ID}))


def _their_create_and_run_poll(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    return _run_summary(sdk.beta.threads.create_and_run_poll(assistant_id=ASSISTANT_ID, poll_interval_ms=0))


def _our_create_and_run_stream(server: LocalRunsServer, client: AuthenticatedClient) -> Summary:
    server.script([reply("A streamed hello.")])
    with stream_thread_and_run(client, CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID)) as stream:
        return (*_run_summary(stream.get_final_run()), message_text(stream.get_final_messages()))


def _their_create_and_run_stream(server: LocalRunsServer, client: AuthenticatedClient, sdk: openai.OpenAI) -> Summary:
    server.script([reply("A streamed hello.")])
    with sdk.beta.threads.create_and_run_stream(assistant_id=ASSISTANT_ID) as stream:
        stream.until_done()
        text = "".join(
            part.text.value for m in stream.get_final_messages() for part in m.content if part.type == "text"
        )
        return (*_run_summary(stream.get_final_run()), text)


ROWS: dict[str, tuple[Ours, Theirs]] = {
    "assistants.create": (_our_assistant_create, _their_assistant_create),
    "assistants.retrieve": (_our_assistant_retrieve, _their_assistant_retrieve),
    "assistants.update": (_our_assistant_update, _their_assistant_update),
    "assistants.list": (_our_assistant_list, _their_assistant_list),
    "assistants.delete": (_our_assistant_delete, _their_assistant_delete),
    "threads.create": (_our_thread_create, _their_thread_create),
    "threads.retrieve": (_our_thread_retrieve, _their_thread_retrieve),
    "threads.update": (_our_thread_update, _their_thread_update),
    "threads.delete": (_our_thread_delete, _their_thread_delete),
    "threads.messages.create": (_our_message_create, _their_message_create),
    "threads.messages.list": (_our_message_list, _their_message_list),
    "threads.messages.retrieve": (_our_message_retrieve, _their_message_retrieve),
    "threads.messages.update": (_our_message_update, _their_message_update),
    "threads.messages.delete": (_our_message_delete, _their_message_delete),
    "threads.runs.create": (_our_run_create, _their_run_create),
    "threads.runs.create_and_poll": (_our_run_create_and_poll, _their_run_create_and_poll),
    "threads.runs.stream": (_our_run_stream, _their_run_stream),
    "threads.runs.create_and_stream": (_our_run_stream, _their_run_create_and_stream),
    "threads.runs.retrieve": (_our_run_retrieve, _their_run_retrieve),
    "threads.runs.update": (_our_run_update, _their_run_update),
    "threads.runs.list": (_our_run_list, _their_run_list),
    "threads.runs.cancel": (_our_run_cancel, _their_run_cancel),
    "threads.runs.submit_tool_outputs": (_our_submit, _their_submit),
    "threads.runs.submit_tool_outputs_and_poll": (_our_submit_and_poll, _their_submit_and_poll),
    "threads.runs.submit_tool_outputs_stream": (_our_submit_stream, _their_submit_stream),
    "threads.runs.poll": (_our_poll, _their_poll),
    "threads.runs.steps.list": (_our_steps_list, _their_steps_list),
    "threads.runs.steps.retrieve": (_our_step_retrieve, _their_step_retrieve),
    "threads.create_and_run": (_our_create_and_run, _their_create_and_run),
    "threads.create_and_run_poll": (_our_create_and_run_poll, _their_create_and_run_poll),
    "threads.create_and_run_stream": (_our_create_and_run_stream, _their_create_and_run_stream),
}


def test_the_readme_table_lists_exactly_the_tested_rows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Coming from the official SDK") : readme.index("## Where this runs")]
    listed = {
        name
        for row in re.findall(r"^\| (`.+?`(?: / `.+?`)?) \|", table, re.MULTILINE)
        for name in re.findall(r"`(.+?)`", row)
    }
    assert listed == set(ROWS)


def test_the_rows_cover_every_method_of_the_sdks_assistants_surface() -> None:
    beta = openai.OpenAI(api_key="sk-x", base_url="http://127.0.0.1:9/v1").beta
    surfaces = {
        "assistants": beta.assistants,
        "threads": beta.threads,
        "threads.messages": beta.threads.messages,
        "threads.runs": beta.threads.runs,
        "threads.runs.steps": beta.threads.runs.steps,
    }
    methods = {
        f"{prefix}.{name}"
        for prefix, surface in surfaces.items()
        for name in dir(surface)
        if not name.startswith(("_", "with_")) and callable(getattr(surface, name))
    }
    assert methods == set(ROWS)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the SDK marks its Assistants surface deprecated
@pytest.mark.parametrize("sdk_method", list(ROWS))
def test_each_sdk_method_has_an_equivalent_that_says_the_same(
    sdk_method: str, server: LocalRunsServer, client: AuthenticatedClient
) -> None:
    """Ours runs on `server`; the SDK's on a twin set up the same way, so that ids match too."""
    ours, theirs = ROWS[sdk_method]
    with (
        LocalRunsServer() as twin,
        AuthenticatedClient(base_url=twin.base_url, token=TOKEN, max_retries=0) as twin_client,
        openai.OpenAI(api_key=TOKEN, base_url=twin.base_url, max_retries=0) as sdk,
    ):
        twin.add_assistant(id=ASSISTANT_ID, name="Test assistant", instructions="You help.")
        assert ours(server, client) == theirs(twin, twin_client, sdk)


# -- configuration from the environment ---------------------------------------------------
@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in list(os.environ):
        if name.startswith(("OPENAI_", "AZURE_OPENAI_")):
            monkeypatch.delenv(name)
    return monkeypatch


def test_from_env_reads_the_sdk_variables(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("OPENAI_API_KEY", TOKEN)
    clean_env.setenv("OPENAI_ORG_ID", "org_1")
    clean_env.setenv("OPENAI_PROJECT_ID", "proj_1")
    with AuthenticatedClient.from_env() as client:
        pass
    assert (client.token, client.base_url, client.organization, client.project) == (
        TOKEN,
        "https://api.openai.com/v1",
        "org_1",
        "proj_1",
    )
    clean_env.setenv("OPENAI_BASE_URL", "http://127.0.0.1:1/v1")
    with AuthenticatedClient.from_env(max_retries=0) as from_base_url:
        assert from_base_url.base_url == "http://127.0.0.1:1/v1"


def test_from_env_without_a_key_names_the_variable(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="OPENAI_API_KEY"):
        AuthenticatedClient.from_env()


def test_from_env_for_azure(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="AZURE_OPENAI_ENDPOINT"):
        AuthenticatedClient.from_env(azure=True)
    clean_env.setenv("AZURE_OPENAI_ENDPOINT", "https://name.openai.azure.com/")
    with pytest.raises(ValueError, match="AZURE_OPENAI_API_KEY"):
        AuthenticatedClient.from_env(azure=True)
    clean_env.setenv("AZURE_OPENAI_API_KEY", "azure-key-1")
    with AuthenticatedClient.from_env(azure=True) as default_version:
        request = default_version.build_request(
            default_version.get_httpx_client(), {"method": "GET", "url": "/threads/t"}
        )
    assert str(request.url) == "https://name.openai.azure.com/openai/threads/t?api-version=2025-04-01-preview"
    assert request.headers["api-key"] == "azure-key-1" and "authorization" not in request.headers
    clean_env.setenv("OPENAI_API_VERSION", "2024-05-01-preview")
    with AuthenticatedClient.from_env(azure=True) as dated:
        request = dated.build_request(dated.get_httpx_client(), {"method": "GET", "url": "/threads/t"})
    assert request.url.params["api-version"] == "2024-05-01-preview"


# -- per-client copies ----------------------------------------------------------------------
def test_with_options_gives_a_changed_copy_and_leaves_the_original(server: LocalRunsServer) -> None:
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN, headers={"X-A": "1"}) as original:
        copy = original.with_options(timeout=3.0, max_retries=5, headers={"X-B": "2"})
        assert (copy.max_retries, copy.timeout) == (5, 3.0)
        assert (original.max_retries, original.timeout) == (2, httpx.Timeout(60.0, connect=5.0))
        create_thread_and_run.sync(client=copy, body=CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID))
        create_thread_and_run.sync(client=original, body=CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID))
        copy.close()
    first, second = server.requests[-2].headers, server.requests[-1].headers
    assert (first["x-a"], first["x-b"]) == ("1", "2")
    assert second["x-a"] == "1" and "x-b" not in second
    assert isinstance(copy, AuthenticatedClient) and copy.token == TOKEN


# -- request ids, errors and headers as SDK users read them -------------------------------
def test_every_detailed_response_has_its_request_id(client: AuthenticatedClient) -> None:
    response = create_thread_and_run.sync_detailed(
        client=client, body=CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID)
    )
    assert response.request_id is not None and response.request_id.startswith("req_local_")
    missing = get_run.sync_detailed("thread_nope", "run_nope", client=client)
    assert missing.status_code == 404 and missing.request_id is not None


def test_status_error_body_is_decoded_and_raw_bytes_stay_reachable(client: AuthenticatedClient) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        get_run.sync("thread_nope", "run_nope", client=client)
    assert isinstance(caught.value.body, dict) and caught.value.body["error"]["message"].startswith("No thread")
    assert caught.value.response.content.startswith(b'{"error"')


def test_requests_say_who_sends_them(server: LocalRunsServer, client: AuthenticatedClient) -> None:
    create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID))
    assert server.requests[-1].headers["user-agent"].startswith(f"openai-client/{__version__} ")


@pytest.mark.parametrize("level", ["info", "debug"])
def test_openai_log_logs_requests_to_stderr_without_the_token(level: str) -> None:
    script = textwrap.dedent(
        f"""
        from openai_client import AuthenticatedClient
        from openai_client.api.runs import create_thread_and_run, get_run
        from openai_client.models import CreateThreadAndRunRequest
        from openai_client_helpers import LocalRunsServer

        with LocalRunsServer() as server, AuthenticatedClient(base_url=server.base_url, token="{TOKEN}") as client:
            body = CreateThreadAndRunRequest(assistant_id=server.add_assistant()["id"])
            run = create_thread_and_run.sync(client=client, body=body)
            get_run.sync_detailed("thread_nope", run.id, client=client)
            with create_thread_and_run.stream(client=client, body=body) as events:
                print(sum(1 for _ in events), "events")
        """
    )
    environment = {**os.environ, "OPENAI_LOG": level, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=environment, cwd=ROOT
    )
    lines = [line for line in result.stderr.splitlines() if "openai_client" in line]
    assert any(
        re.search(r"POST /v1/threads/runs -> 200 \(request id req_local_\d+\) in \d+ ms, retry 0", x) for x in lines
    )
    assert any("GET /v1/threads/thread_nope/runs/" in line and "-> 404" in line for line in lines)
    assert ("request headers" in result.stderr) == (level == "debug")
    assert TOKEN not in result.stderr and TOKEN not in result.stdout


# -- Azure and compatible servers -----------------------------------------------------------
@pytest.fixture
def azure_server() -> Iterator[LocalRunsServer]:
    with LocalRunsServer(azure=True) as running:
        running.add_assistant(id=ASSISTANT_ID)
        yield running


@pytest.mark.parametrize(
    "endpoint_suffix",
    ["", "/", "/openai", "/openai/", "/openai/v1"],
    ids=["bare", "slash", "openai", "openai-slash", "v1"],
)
def test_azure_with_a_key_uses_azures_layout(azure_server: LocalRunsServer, endpoint_suffix: str) -> None:
    with AuthenticatedClient.for_azure(
        azure_server.endpoint + endpoint_suffix, api_key="azure-key-1", max_retries=0
    ) as client:
        run = create_thread_and_run_and_poll(client, CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID))
    assert run.status == RunStatus.COMPLETED
    for request in azure_server.requests:
        assert request.path.startswith("/openai/threads")
        assert request.headers["api-key"] == "azure-key-1" and "authorization" not in request.headers
        assert request.query["api-version"] == ["2025-04-01-preview"]


def test_azure_with_a_token_provider_called_per_request(azure_server: LocalRunsServer) -> None:
    issued: list[str] = []

    def token_provider() -> str:
        issued.append(f"entra-token-{len(issued)}")
        return issued[-1]

    with AuthenticatedClient.for_azure(
        azure_server.endpoint, token_provider=token_provider, api_version="2024-05-01-preview", max_retries=0
    ) as client:
        with stream_thread_and_run(client, CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID)) as stream:
            assert stream.get_final_run().status == RunStatus.COMPLETED
        run = create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID))
        get_run.sync(run.thread_id, run.id, client=client)
    sent = [request.headers["authorization"] for request in azure_server.requests]
    assert sent == [f"Bearer {token}" for token in issued] and len(set(sent)) == 3
    assert all("api-key" not in request.headers for request in azure_server.requests)


def test_azure_server_answers_as_azure_does(azure_server: LocalRunsServer) -> None:
    body = CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID)
    with (
        AuthenticatedClient.for_azure(azure_server.endpoint, api_key="k", api_version="2020-01-01") as wrong_version,
        pytest.raises(errors.BadRequestError, match="API version not supported: 2020-01-01"),
    ):
        create_thread_and_run.sync(client=wrong_version, body=body)
    with (
        AuthenticatedClient(base_url=azure_server.base_url, token="k", max_retries=0) as no_version,
        pytest.raises(errors.NotFoundError, match="Resource not found"),
    ):
        create_thread_and_run.sync(client=no_version, body=body)
    with (
        AuthenticatedClient.for_azure(azure_server.endpoint, api_key="k", base_url=azure_server.base_url + "/v1") as v1,
        pytest.raises(errors.NotFoundError),
    ):
        create_thread_and_run.sync(client=v1, body=body)


def test_for_azure_refuses_an_empty_api_version() -> None:
    with pytest.raises(ValueError, match=r"api_version is empty.*2025-04-01-preview"):
        AuthenticatedClient.for_azure("https://name.openai.azure.com", api_key="k", api_version="")


def test_for_azure_wants_exactly_one_credential() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        AuthenticatedClient.for_azure("https://name.openai.azure.com")
    with pytest.raises(ValueError, match="exactly one"):
        AuthenticatedClient.for_azure("https://name.openai.azure.com", api_key="k", token_provider=lambda: "t")


def test_a_gateway_gets_its_default_query_on_every_request(server: LocalRunsServer) -> None:
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN, default_query={"gateway-key": "g1"}) as client:
        run = create_thread_and_run.sync(client=client, body=CreateThreadAndRunRequest(assistant_id=ASSISTANT_ID))
        list_runs.sync(run.thread_id, client=client, limit=5)
    assert [request.query.get("gateway-key") for request in server.requests] == [["g1"], ["g1"]]
    assert server.requests[-1].query["limit"] == ["5"]


def test_a_client_without_a_key_is_for_proxies_that_add_one() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"error": {"message": "no", "type": "x"}})

    with (
        Client(base_url="http://proxy/v1", httpx_args={"transport": httpx.MockTransport(handler)}) as client,
        pytest.raises(errors.NotFoundError),
    ):
        get_run.sync("t", "r", client=client)
    assert "authorization" not in seen[0].headers and seen[0].headers["openai-beta"] == "assistants=v2"
    assert parse_qs(urlsplit(str(seen[0].url)).query) == {}
