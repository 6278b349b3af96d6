"""Move archived threads to the Conversations API: one conversation per thread, nothing dropped silently.

`thread_items(messages, steps)` turns a thread into Conversation items (as request dicts):
user and assistant text messages, with their roles, in order; the function calls of its runs
and their outputs as `function_call` / `function_call_output` items, each before the answer
its run then wrote; attachments and image files as file references. What has no item form
(code interpreter calls and outputs, file-search calls and results, annotations, message
metadata, images in assistant messages) is listed in the thread's `not_carried`.

`migrate_archive` creates the conversations (metadata `assistants_thread_id`: the old id),
adds items in the API's batch size, and keeps a mapping file, one JSON line per step:
`{"thread_id", "conversation_id", "done": false}` when a conversation is created, then
`{"thread_id", "conversation_id", "done": true, "items": N, "not_carried": [...]}` when
all its items are in. A re-run skips threads mapped done and completes one left half-done
(the items already there are counted, the rest added). The API cannot list conversations,
so one created by a run stopped before its first map line was written is not found again:
the re-run makes a new one (the old one carries `assistants_thread_id` to find it by).

Each assistant's settings become a Responses request template (`<assistant id>.json`),
since prompts cannot be created through the API.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import attrs

from openai_client import AuthenticatedClient
from openai_client.api.conversations import create_conversation, create_conversation_items, list_conversation_items
from openai_client.models import AssistantObject, MessageObject, RunStepObject
from openai_client.types import UNSET, Unset

from . import archive as archive_module

if TYPE_CHECKING:  # the items are JSON built to the spec's shapes; the client checks them before sending
    from openai_client.models.create_conversation_body import CreateConversationBodyParam
    from openai_client.models.create_conversation_items_body import CreateConversationItemsBodyParam

BATCH_SIZE = 20
"""Items per create or add call: the API's maximum."""
MAP_FILE = "thread-to-conversation.map.jsonl"
TEMPLATES_FOLDER = "responses-templates"
THREAD_ID_KEY = "assistants_thread_id"

JSON = dict[str, Any]


@attrs.define
class ThreadItems:
    """A thread as Conversation items, and what could not be carried over (one line each, saying where)."""

    items: list[JSON]
    not_carried: list[str]


def _plain(model: MessageObject | RunStepObject | AssistantObject) -> JSON:
    """A model as plain JSON values (enum members as their strings), as the API would send it."""
    plain: JSON = json.loads(json.dumps(model.to_dict()))
    return plain


def message_item(message: JSON, not_carried: list[str]) -> JSON | None:
    """One Assistants message (as its JSON) as a Conversation message item (None: nothing left to carry)."""
    role = message.get("role", "user")
    where = f"message {message.get('id')}"
    content: list[JSON] = []
    texts: list[str] = []
    """An assistant's text parts: the spec's one input form of an assistant message
    (`EasyInputMessage`) takes its text as one string, which the API stores as an
    `output_text` part (an `OutputMessage` would need the id and status the API gives)."""
    for index, part in enumerate(message.get("content") or []):
        kind = part.get("type")
        if kind == "text":
            text = part.get("text") or {}
            if role == "assistant":
                texts.append(text.get("value", ""))
            else:
                content.append({"type": "input_text", "text": text.get("value", "")})
            annotations = text.get("annotations") or []
            if annotations:
                kinds = ", ".join(sorted({str(note.get("type")) for note in annotations}))
                not_carried.append(f"{where} content[{index}]: {len(annotations)} annotation(s) ({kinds})")
        elif kind in ("image_file", "image_url") and role != "assistant":
            image = part.get(kind) or {}
            reference: JSON = {"type": "input_image", "detail": image.get("detail") or "auto"}
            if kind == "image_file":
                reference["file_id"] = image.get("file_id")
            else:
                reference["image_url"] = image.get("url")
            content.append(reference)
        else:
            not_carried.append(f"{where} content[{index}]: a {kind} part in a {role} message has no item form")
    for attachment in message.get("attachments") or []:
        file_id = attachment.get("file_id")
        tools = ", ".join(str(tool.get("type")) for tool in attachment.get("tools") or [])
        if role == "assistant":
            not_carried.append(f"{where}: attachment {file_id} (an assistant message cannot reference files)")
            continue
        content.append({"type": "input_file", "file_id": file_id})
        if tools:
            not_carried.append(f"{where}: attachment {file_id} is referenced, its tools ({tools}) are not")
    if message.get("metadata"):
        not_carried.append(f"{where}: metadata {json.dumps(message['metadata'], sort_keys=True)}")
    if role == "assistant":
        if len(texts) > 1:
            not_carried.append(f"{where}: its {len(texts)} text parts are carried as one text (joined by a blank line)")
        return {"type": "message", "role": role, "content": "\n\n".join(texts)} if texts else None
    if not content:
        return None
    return {"type": "message", "role": role, "content": content}


def step_items(step: JSON, not_carried: list[str]) -> list[JSON]:
    """The function calls of a `tool_calls` run step (and their outputs) as items."""
    details = step.get("step_details") or {}
    if details.get("type") != "tool_calls":
        return []
    items: list[JSON] = []
    for call in details.get("tool_calls") or []:
        kind = call.get("type")
        where = f"run step {step.get('id')} tool call {call.get('id')}"
        if kind == "function":
            function = call.get("function") or {}
            items.append(
                {
                    "type": "function_call",
                    "call_id": call.get("id"),
                    "name": function.get("name"),
                    "arguments": function.get("arguments") or "",
                }
            )
            if function.get("output") is not None:
                items.append({"type": "function_call_output", "call_id": call.get("id"), "output": function["output"]})
            else:
                not_carried.append(f"{where}: function {function.get('name')} has no output (the run ended first)")
        elif kind == "code_interpreter":
            outputs = (call.get("code_interpreter") or {}).get("outputs") or []
            not_carried.append(f"{where}: code interpreter call (its input and {len(outputs)} output(s))")
        elif kind == "file_search":
            results = (call.get("file_search") or {}).get("results") or []
            not_carried.append(f"{where}: file search call (its {len(results)} result(s))")
        else:
            not_carried.append(f"{where}: a {kind} tool call has no item form")
    return items


def thread_items(messages: Iterable[MessageObject | JSON], steps: Iterable[RunStepObject | JSON]) -> ThreadItems:
    """A thread (its messages oldest first, its runs' steps) as Conversation items; see the module docstring."""
    not_carried: list[str] = []
    by_run: dict[str, list[JSON]] = {}
    for step in steps:
        data = _plain(step) if isinstance(step, RunStepObject) else step
        by_run.setdefault(str(data.get("run_id")), []).append(data)
    emitted: dict[str, int] = dict.fromkeys(by_run, 0)
    timeline: list[tuple[int, JSON]] = []

    def emit_steps(run_id: str, until_message: str | None) -> None:
        run_steps = by_run.get(run_id, [])
        while emitted[run_id] < len(run_steps):
            step = run_steps[emitted[run_id]]
            details = step.get("step_details") or {}
            if until_message is not None and (details.get("message_creation") or {}).get("message_id") == until_message:
                emitted[run_id] += 1
                return
            emitted[run_id] += 1
            timeline.extend((int(step.get("created_at") or 0), item) for item in step_items(step, not_carried))

    for message in messages:
        data = _plain(message) if isinstance(message, MessageObject) else message
        run_id = data.get("run_id")
        if run_id in by_run:
            emit_steps(run_id, data.get("id"))
        item = message_item(data, not_carried)
        if item is not None:
            timeline.append((int(data.get("created_at") or 0), item))
    for run_id in by_run:  # runs whose tool calls no message followed (failed, cancelled, requires_action)
        before = len(timeline)
        emit_steps(run_id, None)
        leftover = timeline[before:]
        del timeline[before:]
        for created_at, item in leftover:
            position = next((i for i, (at, _) in enumerate(timeline) if at > created_at), len(timeline))
            timeline.insert(position, (created_at, item))
    return ThreadItems([item for _, item in timeline], not_carried)


def response_template(assistant: AssistantObject | JSON) -> JSON:
    """An assistant's settings as a Responses API request body (model, instructions, tools, text format, sampling)."""
    data = _plain(assistant) if isinstance(assistant, AssistantObject) else assistant
    resources = data.get("tool_resources") or {}
    template: JSON = {"model": data.get("model")}
    if data.get("instructions"):
        template["instructions"] = data["instructions"]
    tools: list[JSON] = []
    for tool in data.get("tools") or []:
        kind = tool.get("type")
        if kind == "function":
            function = dict(tool.get("function") or {})
            tools.append({"type": "function", **function})
        elif kind == "file_search":
            ids = (resources.get("file_search") or {}).get("vector_store_ids") or []
            converted: JSON = {"type": "file_search", "vector_store_ids": ids}
            ranking = (tool.get("file_search") or {}).get("ranking_options")
            if ranking:
                converted["ranking_options"] = ranking
            tools.append(converted)
        elif kind == "code_interpreter":
            file_ids = (resources.get("code_interpreter") or {}).get("file_ids") or []
            tools.append({"type": "code_interpreter", "container": {"type": "auto", "file_ids": file_ids}})
        else:
            tools.append(dict(tool))
    if tools:
        template["tools"] = tools
    response_format = data.get("response_format")
    if isinstance(response_format, dict):
        if response_format.get("type") == "json_schema":
            template["text"] = {"format": {"type": "json_schema", **(response_format.get("json_schema") or {})}}
        else:
            template["text"] = {"format": {"type": response_format.get("type")}}
    for name in ("temperature", "top_p"):
        if data.get(name) is not None:
            template[name] = data[name]
    template["metadata"] = {"assistants_assistant_id": str(data.get("id"))}
    return template


@attrs.define
class MigrationSummary:
    migrated: int = 0
    completed: int = 0
    skipped: int = 0
    items: int = 0
    not_carried: int = 0
    templates: int = 0
    mapping: dict[str, str] = attrs.field(factory=dict)

    def lines(self) -> list[str]:
        return [
            f"threads migrated: {self.migrated} (of which {self.completed} completed from an earlier run)",
            f"threads already mapped, skipped: {self.skipped}",
            f"items added: {self.items}",
            f"things not carried over (see the map file's not_carried): {self.not_carried}",
            f"Responses request templates written: {self.templates}",
        ]


def read_map(path: Path) -> dict[str, JSON]:
    """Thread id -> its last line in the mapping file (a cut last line is ignored)."""
    entries: dict[str, JSON] = {}
    if path.exists():
        with path.open("rb") as file:
            for line in file:
                if line.endswith(b"\n"):
                    entry = json.loads(line)
                    entries[entry["thread_id"]] = entry
    return entries


def _append(path: Path, entry: JSON) -> None:
    with path.open("ab", buffering=0) as file:
        file.write(json.dumps(entry, separators=(",", ":")).encode() + b"\n")
        os.fsync(file.fileno())


def _batches(items: list[JSON]) -> Iterator[list[JSON]]:
    for start in range(0, len(items), BATCH_SIZE):
        yield items[start : start + BATCH_SIZE]


def _count_items(client: AuthenticatedClient, conversation_id: str) -> int:
    count, after = 0, UNSET
    cursor: str | Unset = after
    while True:
        page = list_conversation_items.sync(conversation_id, client=client, order="asc", limit=100, after=cursor)
        count += len(page.data)
        if not page.has_more or not page.data:
            return count
        cursor = page.last_id


def migrate_archive(
    client: AuthenticatedClient,
    folder: str | Path,
    *,
    map_path: Path | None = None,
    templates: Path | None = None,
) -> MigrationSummary:
    """Migrate every thread of the archive in `folder`; see the module docstring."""
    archive = archive_module.open(folder)
    map_path = map_path or archive.folder / MAP_FILE
    templates = templates or archive.folder / TEMPLATES_FOLDER
    summary = MigrationSummary()
    templates.mkdir(parents=True, exist_ok=True)
    for assistant in archive.assistants():
        path = templates / f"{assistant.id}.json"
        path.write_text(json.dumps(response_template(assistant), indent=2) + "\n", encoding="utf-8")
        summary.templates += 1
    mapped = read_map(map_path)
    for thread_id in archive.thread_ids():
        entry = mapped.get(thread_id)
        if entry is not None and entry.get("done"):
            summary.skipped += 1
            summary.mapping[thread_id] = entry["conversation_id"]
            continue
        converted = thread_items(
            (json.loads(record.raw) for record in archive.records("messages", thread_id=thread_id)),
            (json.loads(record.raw) for record in archive.records("run_steps", thread_id=thread_id)),
        )
        if entry is None:
            first, rest = converted.items[:BATCH_SIZE], converted.items[BATCH_SIZE:]
            created = cast("CreateConversationBodyParam", {"metadata": {THREAD_ID_KEY: thread_id}, "items": first})
            conversation = create_conversation.sync(client=client, body=created)
            conversation_id = conversation.id
            _append(map_path, {"thread_id": thread_id, "conversation_id": conversation_id, "done": False})
        else:
            conversation_id = entry["conversation_id"]
            rest = converted.items[_count_items(client, conversation_id) :]
            summary.completed += 1
        for batch in _batches(rest):
            added = cast("CreateConversationItemsBodyParam", {"items": batch})
            create_conversation_items.sync(conversation_id, client=client, body=added)
        _append(
            map_path,
            {
                "thread_id": thread_id,
                "conversation_id": conversation_id,
                "done": True,
                "items": len(converted.items),
                "not_carried": converted.not_carried,
            },
        )
        summary.migrated += 1
        summary.items += len(converted.items)
        summary.not_carried += len(converted.not_carried)
        summary.mapping[thread_id] = conversation_id
    return summary
