"""Threads to Conversations: items in order, nothing dropped silently, idempotent, and the local Conversations API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from openai_client import AuthenticatedClient, errors
from openai_client.api.conversations import (
    create_conversation,
    create_conversation_items,
    delete_conversation,
    delete_conversation_item,
    get_conversation,
    get_conversation_item,
    list_conversation_items,
    update_conversation,
)
from openai_client.models import FunctionToolCallOutputResource, FunctionToolCallResource, Message
from openai_client.models.easy_input_message import EasyInputMessageParam
from openai_client.models.function_call_output_item_param import FunctionCallOutputItemParamParam
from openai_client.models.function_tool_call import FunctionToolCallParam
from openai_client.types import UNSET
from openai_client_helpers import archive, cli, migrate
from openai_client_helpers.local_server import LocalRunsServer
from openai_client_helpers.migrate import MAP_FILE, migrate_archive, read_map, response_template, thread_items
from tests.archive_seed import call, seed
from tests.test_export import TOKEN, run_export


def _message(role: str, content: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {"id": f"msg_{len(content)}_{role}", "created_at": 1, "role": role, "content": content, **fields}


def _text(value: str, annotations: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"type": "text", "text": {"value": value, "annotations": annotations or []}}


def test_a_thread_becomes_items_in_order_and_what_has_no_item_form_is_reported() -> None:
    question = _message(
        "user",
        [_text("Plot this"), {"type": "image_file", "image_file": {"file_id": "file-img", "detail": "low"}}],
        attachments=[{"file_id": "file-csv", "tools": [{"type": "code_interpreter"}]}],
        metadata={"source": "web"},
    )
    answer = _message(
        "assistant",
        [
            _text("Here【4:0†data.csv】", [{"type": "file_citation"}]),
            {"type": "image_file", "image_file": {"file_id": "f"}},
        ],
        id="msg_answer",
        run_id="run_1",
        created_at=5,
    )
    tool_step = {
        "id": "step_1",
        "run_id": "run_1",
        "created_at": 3,
        "step_details": {
            "type": "tool_calls",
            "tool_calls": [
                {"id": "call_f", "type": "function", "function": {"name": "load", "arguments": "{}", "output": "ok"}},
                {"id": "call_c", "type": "code_interpreter", "code_interpreter": {"input": "1+1", "outputs": [{}]}},
                {"id": "call_s", "type": "file_search", "file_search": {"results": [{}, {}]}},
            ],
        },
    }
    message_step = {
        "id": "step_2",
        "run_id": "run_1",
        "created_at": 5,
        "step_details": {"type": "message_creation", "message_creation": {"message_id": "msg_answer"}},
    }
    converted = thread_items([question, answer], [tool_step, message_step])
    assert converted.items == [
        {
            "type": "message",
            "role": "user",
            "content": [
                {"type": "input_text", "text": "Plot this"},
                {"type": "input_image", "detail": "low", "file_id": "file-img"},
                {"type": "input_file", "file_id": "file-csv"},
            ],
        },
        {"type": "function_call", "call_id": "call_f", "name": "load", "arguments": "{}"},
        {"type": "function_call_output", "call_id": "call_f", "output": "ok"},
        {
            "type": "message",
            "role": "assistant",
            "content": "Here【4:0†data.csv】",
        },
    ]
    report = "\n".join(converted.not_carried)
    for expected in (
        "attachment file-csv is referenced, its tools (code_interpreter)",
        'metadata {"source": "web"}',
        "msg_answer content[0]: 1 annotation(s) (file_citation)",
        "msg_answer content[1]: a image_file part in a assistant message",
        "call_c: code interpreter call (its input and 1 output(s))",
        "call_s: file search call (its 2 result(s))",
    ):
        assert expected in report
    assert len(converted.not_carried) == 6


def test_a_function_call_no_message_followed_keeps_its_place_and_its_missing_output_is_reported() -> None:
    first = _message("user", [_text("Weather?")], id="msg_q", created_at=1)
    later = _message("user", [_text("Hello?")], id="msg_later", created_at=9)
    step = {
        "id": "step_1",
        "run_id": "run_1",
        "created_at": 2,
        "step_details": {
            "type": "tool_calls",
            "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "w", "arguments": "{}", "output": None}}
            ],
        },
    }
    converted = thread_items([first, later], [step])
    assert [item.get("call_id") or item["content"][0]["text"] for item in converted.items] == [
        "Weather?",
        "call_1",
        "Hello?",
    ]
    assert converted.not_carried == ["run step step_1 tool call call_1: function w has no output (the run ended first)"]


def _raw_items(client: AuthenticatedClient, conversation_id: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    after: Any = UNSET
    while True:
        response = list_conversation_items.sync_detailed(
            conversation_id, client=client, order="asc", limit=100, after=after
        )
        page = json.loads(response.content)
        items += page["data"]
        if not page["has_more"]:
            return items
        after = page["last_id"]


def _long_thread(server: LocalRunsServer, count: int) -> str:
    thread = call(server, "createThread", body={})
    for index in range(count):
        call(server, "createMessage", {"thread_id": thread["id"]}, {"role": "user", "content": f"Message {index}"})
    thread_id: str = thread["id"]
    return thread_id


def _as_stored(item: dict[str, Any]) -> dict[str, Any]:
    """An item as the API keeps it: an assistant's text (sent as a string) as one `output_text` part."""
    if item.get("type") == "message" and isinstance(item["content"], str):
        return {**item, "content": [{"type": "output_text", "text": item["content"], "annotations": []}]}
    return item


def _check_migrated(folder: Path, server: LocalRunsServer, mapping: dict[str, str]) -> None:
    opened = archive.open(folder)
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client:
        for thread_id in opened.thread_ids():
            converted = thread_items(opened.messages(thread_id), opened.steps(thread_id))
            expected = [_as_stored(item) for item in converted.items]
            stored = _raw_items(client, mapping[thread_id])
            assert [{k: v for k, v in item.items() if k not in ("id", "status")} for item in stored] == expected
            conversation = get_conversation.sync(mapping[thread_id], client=client)
            assert conversation.metadata == {"assistants_thread_id": thread_id}


@pytest.mark.parametrize(
    "count", [pytest.param(48, id="48 threads"), pytest.param(400, marks=pytest.mark.slow, id="400")]
)
def test_an_exported_archive_migrates_item_for_item_and_a_rerun_changes_nothing(tmp_path: Path, count: int) -> None:
    with LocalRunsServer(manual_clock=True) as server:
        _, thread_ids = seed(server, count)
        long_thread = _long_thread(server, 45)
        run_export(server, tmp_path, [*thread_ids, long_thread], assistants=True)
        with AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client:
            summary = migrate_archive(client, tmp_path)
            assert summary.migrated == count + 1 and summary.templates == 2
            sent = [request for request in server.requests if request.operation in migrate_operations()]
            assert max(len(request.body.get("items") or []) for request in sent) == migrate.BATCH_SIZE
            assert sum(1 for request in sent if request.operation == "createConversation") == count + 1
            again = migrate_archive(client, tmp_path)
            assert (again.migrated, again.skipped) == (0, count + 1)
            assert len([r for r in server.requests if r.operation in migrate_operations()]) == len(sent)
        _check_migrated(tmp_path, server, summary.mapping)
        assert summary.mapping == {
            entry: line["conversation_id"] for entry, line in read_map(tmp_path / MAP_FILE).items()
        }
    templates = sorted((tmp_path / migrate.TEMPLATES_FOLDER).glob("*.json"))
    assert [json.loads(path.read_text())["model"] for path in templates] == ["gpt-4o", "gpt-4o"]


def migrate_operations() -> set[str]:
    return {"createConversation", "createConversationItems"}


def test_a_migration_stopped_halfway_through_a_thread_is_completed_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LocalRunsServer(manual_clock=True) as server:
        long_thread = _long_thread(server, 50)
        run_export(server, tmp_path, [long_thread])
        real_add = create_conversation_items.sync
        calls = 0

        def add_then_fail(*args: Any, **kwargs: Any) -> Any:
            nonlocal calls
            calls += 1
            if calls == 2:
                raise errors.APIConnectionError("connection reset")
            return real_add(*args, **kwargs)

        monkeypatch.setattr(create_conversation_items, "sync", add_then_fail)
        with AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client:
            with pytest.raises(errors.APIConnectionError):
                migrate_archive(client, tmp_path)
            assert read_map(tmp_path / MAP_FILE)[long_thread]["done"] is False
            summary = migrate_archive(client, tmp_path)
        assert (summary.migrated, summary.completed) == (1, 1)
        assert sum(1 for request in server.requests if request.operation == "createConversation") == 1
        _check_migrated(tmp_path, server, summary.mapping)


def test_the_cli_migrates_to_the_url_given_with_the_map_elsewhere_and_prints_a_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with LocalRunsServer(manual_clock=True) as server:
        _, thread_ids = seed(server, 2)
        run_export(server, tmp_path / "archive", thread_ids)
        monkeypatch.setenv("OPENAI_API_KEY", TOKEN)
        monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
        map_path = tmp_path / "elsewhere.jsonl"
        assert cli.main(["migrate", str(tmp_path / "archive"), "--to", server.base_url, "--map", str(map_path)]) == 0
    assert "threads migrated: 2" in capsys.readouterr().out
    assert set(read_map(map_path)) == set(thread_ids) and not (tmp_path / "archive" / MAP_FILE).exists()


def test_an_assistant_becomes_a_responses_request_template() -> None:
    template = response_template(
        {
            "id": "asst_1",
            "model": "gpt-4o",
            "instructions": "Be brief.",
            "tools": [
                {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}, "strict": True}},
                {"type": "file_search"},
            ],
            "tool_resources": {"file_search": {"vector_store_ids": ["vs_1"]}},
            "response_format": {"type": "json_schema", "json_schema": {"name": "out", "schema": {"type": "object"}}},
            "temperature": 0.3,
            "top_p": None,
        }
    )
    assert template == {
        "model": "gpt-4o",
        "instructions": "Be brief.",
        "tools": [
            {"type": "function", "name": "f", "parameters": {"type": "object"}, "strict": True},
            {"type": "file_search", "vector_store_ids": ["vs_1"]},
        ],
        "text": {"format": {"type": "json_schema", "name": "out", "schema": {"type": "object"}}},
        "temperature": 0.3,
        "metadata": {"assistants_assistant_id": "asst_1"},
    }


def test_the_local_conversations_api_keeps_the_apis_limits_and_errors() -> None:
    message: EasyInputMessageParam = {"type": "message", "role": "user", "content": "hi"}
    # What breaks a limit goes in `extra_body`, past the client's own check of the spec's limits:
    # the server's refusal is what is tested.
    with LocalRunsServer() as server, AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client:
        with pytest.raises(errors.BadRequestError) as too_many:
            create_conversation.sync(client=client, extra_body={"items": [message] * 21})
        assert too_many.value.param == "items"
        with pytest.raises(errors.BadRequestError) as too_much_metadata:
            create_conversation.sync(client=client, extra_body={"metadata": {f"k{i}": "v" for i in range(17)}})
        assert too_much_metadata.value.param == "metadata"
        with pytest.raises(errors.NotFoundError):
            get_conversation.sync("conv_missing", client=client)
        conversation = create_conversation.sync(client=client, body={"metadata": {"a": "1"}, "items": [message]})
        added = create_conversation_items.sync(conversation.id, client=client, body={"items": [message] * 20})
        assert len(added.data) == 20
        with pytest.raises(errors.BadRequestError) as missing_role:
            create_conversation_items.sync(
                conversation.id,
                client=client,
                body={"items": []},
                extra_body={"items": [{"type": "message", "content": "x"}]},
            )
        assert missing_role.value.param == "items[0].role"
        first = list_conversation_items.sync(conversation.id, client=client, order="asc", limit=5)
        assert len(first.data) == 5 and first.has_more
        item_id = str(first.data[0].to_dict()["id"])
        item_url = f"{server.base_url}/conversations/{conversation.id}/items/{item_id}"
        headers = {"authorization": f"Bearer {TOKEN}"}  # no OpenAI-Beta: Conversations does not ask for it
        refused = httpx.get(f"{server.base_url}/assistants", headers=headers)  # the Assistants API does
        assert refused.status_code == 400 and "OpenAI-Beta" in refused.json()["error"]["message"]
        assert httpx.get(item_url, headers=headers).json() == {
            **message,
            "id": item_id,
            "status": "completed",
            "content": [{"type": "input_text", "text": "hi"}],
        }
        delete_conversation_item.sync(conversation.id, item_id, client=client)
        assert httpx.get(item_url, headers=headers).status_code == 404
        with pytest.raises(errors.NotFoundError):
            get_conversation_item.sync(conversation.id, item_id, client=client)
        assert update_conversation.sync(conversation.id, client=client, body={"metadata": {"b": "2"}}).metadata == {
            "b": "2"
        }
        assert delete_conversation.sync(conversation.id, client=client).deleted is True
        with pytest.raises(errors.NotFoundError):
            get_conversation.sync(conversation.id, client=client)


def test_an_item_is_read_as_the_kind_its_type_names_and_written_back_as_it_came() -> None:
    items: list[EasyInputMessageParam | FunctionToolCallParam | FunctionCallOutputItemParamParam] = [
        {"type": "message", "role": "user", "content": "Weather?"},
        {"type": "function_call", "call_id": "call_1", "name": "get_weather", "arguments": "{}"},
        {"type": "function_call_output", "call_id": "call_1", "output": "22C"},
    ]
    kinds = (Message, FunctionToolCallResource, FunctionToolCallOutputResource)
    with LocalRunsServer() as server, AuthenticatedClient(base_url=server.base_url, token=TOKEN) as client:
        conversation = create_conversation.sync(client=client, body={"items": items})
        for raw, kind in zip(_raw_items(client, conversation.id), kinds, strict=True):
            item = get_conversation_item.sync(conversation.id, raw["id"], client=client)
            assert isinstance(item, kind) and item.to_dict() == raw
