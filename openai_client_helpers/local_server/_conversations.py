"""The Conversations API of the local server: conversations and the items they hold.

Served beside the Assistants operations, so that a migration off the Assistants API can be
tested end to end on one machine. The API's limits are kept: at most 20 items per create or
add call, metadata of at most 16 keys (keys up to 64 characters, values up to 512), and the
API's 400 and 404 answers. Items are stored as the API returns them: with an `id` and a
`status`, a message's string content as one text part.
"""

from __future__ import annotations

import copy
import itertools
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._errors import JSON, ApiError
from ._state import ApiState, _page

if TYPE_CHECKING:
    from ._handlers import Call

MAX_ITEMS_PER_CALL = 20
MAX_METADATA_KEYS = 16
MAX_METADATA_KEY_LENGTH = 64
MAX_METADATA_VALUE_LENGTH = 512
_ITEM_PREFIXES = {"message": "msg", "function_call": "fc", "function_call_output": "fco"}

OPERATION_IDS = (
    "createConversation",
    "getConversation",
    "updateConversation",
    "deleteConversation",
    "createConversationItems",
    "listConversationItems",
    "getConversationItem",
    "deleteConversationItem",
)
"""The Conversations operations of the client's table (openapi.yaml) this module answers."""

_STATES: weakref.WeakKeyDictionary[ApiState, ConversationState] = weakref.WeakKeyDictionary()


def conversations_of(state: ApiState) -> ConversationState:
    """The conversations kept beside `state` (one server's Assistants objects): made on first use."""
    conversations = _STATES.get(state)
    if conversations is None:
        conversations = _STATES.setdefault(state, ConversationState(lambda: int(state.clock.now())))
    return conversations


def _answer_of(operation_id: str) -> Callable[[ApiState, Call], JSON]:
    def answer(state: ApiState, call: Call) -> JSON:
        return conversations_of(state).answer(operation_id, call.params, call.query, call.body)

    return answer


ANSWERS: dict[str, Callable[[ApiState, Call], JSON]] = {
    operation_id: _answer_of(operation_id) for operation_id in OPERATION_IDS
}
"""operationId -> its answer, added to the server's handlers (`_handlers.ANSWERS`)."""


class ConversationState:
    """Conversations and their items, behind one lock; every answer is a copy."""

    def __init__(self, now: Callable[[], int]) -> None:
        self._now = now
        self._lock = threading.Lock()
        self._conversations: dict[str, JSON] = {}
        self._items: dict[str, list[JSON]] = {}
        self._counter = itertools.count(1)

    def answer(self, operation: str, params: dict[str, str], query: dict[str, list[str]], body: JSON) -> JSON:
        with self._lock:
            return copy.deepcopy(self._answer(operation, params, query, body))

    def _answer(self, operation: str, params: dict[str, str], query: dict[str, list[str]], body: JSON) -> JSON:
        if operation == "createConversation":
            return self._create(body)
        conversation = self._conversation(params["conversation_id"])
        items = self._items[conversation["id"]]
        match operation:
            case "getConversation":
                return conversation
            case "updateConversation":
                if "metadata" not in body:
                    raise ApiError(400, "Missing required parameter: 'metadata'.", param="metadata")
                conversation["metadata"] = _metadata(body["metadata"])
                return conversation
            case "deleteConversation":
                del self._conversations[conversation["id"]]
                return {"id": conversation["id"], "object": "conversation.deleted", "deleted": True}
            case "createConversationItems":
                if "items" not in body:
                    raise ApiError(400, "Missing required parameter: 'items'.", param="items")
                added = self._stored_items(body["items"])
                items.extend(added)
                return _list(added)
            case "listConversationItems":
                page = _page(items, {key: value for key, value in query.items() if key != "include"})
                return {**page, "first_id": page["first_id"] or "", "last_id": page["last_id"] or ""}
            case "getConversationItem":
                return self._item(items, params["item_id"])
            case "deleteConversationItem":
                items.remove(self._item(items, params["item_id"]))
                return conversation
        raise AssertionError(f"no answer for {operation}")

    def _create(self, body: JSON) -> JSON:
        metadata = _metadata(body.get("metadata"))
        raw_items = body.get("items")
        added = [] if raw_items is None else self._stored_items(raw_items)
        conversation_id = f"conv_{next(self._counter):024x}"
        conversation = {
            "id": conversation_id,
            "object": "conversation",
            "created_at": self._now(),
            "metadata": metadata,
        }
        self._conversations[conversation_id] = conversation
        self._items[conversation_id] = added
        return conversation

    def _stored_items(self, items: Any) -> list[JSON]:
        if not isinstance(items, list):
            raise ApiError(400, "Invalid type for 'items': expected an array.", param="items", code="invalid_type")
        if len(items) > MAX_ITEMS_PER_CALL:
            raise ApiError(
                400,
                f"Invalid 'items': array too long. Expected an array with maximum length {MAX_ITEMS_PER_CALL}, "
                f"but got an array with length {len(items)} instead.",
                param="items",
                code="array_above_max_length",
            )
        return [self._stored(item, f"items[{index}]") for index, item in enumerate(items)]

    def _stored(self, item: Any, param: str) -> JSON:
        if not isinstance(item, dict):
            raise ApiError(400, f"Invalid type for '{param}': expected an object.", param=param, code="invalid_type")
        item = copy.deepcopy(item)
        kind = item.setdefault("type", "message")
        if not isinstance(kind, str):
            raise ApiError(400, f"Invalid type for '{param}.type'.", param=f"{param}.type", code="invalid_type")
        for field in _REQUIRED.get(kind, ()):
            if field not in item:
                raise ApiError(
                    400,
                    f"Missing required parameter: '{param}.{field}'.",
                    param=f"{param}.{field}",
                    code="missing_required_parameter",
                )
        if kind == "message":
            if item["role"] not in ("user", "assistant", "system", "developer"):
                raise ApiError(400, f"Invalid value for '{param}.role'.", param=f"{param}.role", code="invalid_value")
            if isinstance(item["content"], str):
                part = "output_text" if item["role"] == "assistant" else "input_text"
                text: JSON = {"type": part, "text": item["content"]}
                if part == "output_text":
                    text["annotations"] = []
                item["content"] = [text]
        item["id"] = item.get("id") or f"{_ITEM_PREFIXES.get(kind, 'item')}_{next(self._counter):024x}"
        item.setdefault("status", "completed")
        stored: JSON = item
        return stored

    def _conversation(self, conversation_id: str) -> JSON:
        conversation = self._conversations.get(conversation_id)
        if conversation is None:
            raise ApiError(404, f"Conversation with id '{conversation_id}' not found.", param="conversation_id")
        return conversation

    @staticmethod
    def _item(items: list[JSON], item_id: str) -> JSON:
        for item in items:
            if item["id"] == item_id:
                return item
        raise ApiError(404, f"Item with id '{item_id}' not found.", param="item_id")


_REQUIRED = {
    "message": ("role", "content"),
    "function_call": ("call_id", "name", "arguments"),
    "function_call_output": ("call_id", "output"),
}


def _metadata(metadata: Any) -> JSON:
    if metadata is None:
        return {}
    if not isinstance(metadata, dict):
        raise ApiError(400, "Invalid type for 'metadata': expected an object.", param="metadata", code="invalid_type")
    if len(metadata) > MAX_METADATA_KEYS:
        raise ApiError(
            400,
            f"Invalid 'metadata': too many properties. Expected an object with at most {MAX_METADATA_KEYS} "
            f"properties, but got an object with {len(metadata)} properties instead.",
            param="metadata",
            code="object_above_max_properties",
        )
    for key, value in metadata.items():
        if len(key) > MAX_METADATA_KEY_LENGTH:
            raise ApiError(
                400,
                f"Invalid 'metadata': key '{key[:20]}...' is longer than {MAX_METADATA_KEY_LENGTH} characters.",
                param="metadata",
                code="invalid_value",
            )
        if not isinstance(value, str) or len(value) > MAX_METADATA_VALUE_LENGTH:
            raise ApiError(
                400,
                f"Invalid 'metadata.{key}': expected a string of at most {MAX_METADATA_VALUE_LENGTH} characters.",
                param=f"metadata.{key}",
                code="invalid_value",
            )
    return dict(metadata)


def _list(items: list[JSON]) -> JSON:
    return {
        "object": "list",
        "data": items,
        "first_id": items[0]["id"] if items else "",
        "last_id": items[-1]["id"] if items else "",
        "has_more": False,
    }
