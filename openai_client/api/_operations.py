"""Every operation of the spec by operationId (written by codegen/emit_operations.py).

Each row is declared by its endpoint module (`OPERATION`); see openai_client/_operation.py.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from .._operation import Operation
from .assistants import create_assistant, delete_assistant, get_assistant, list_assistants, modify_assistant
from .conversations import (
    create_conversation,
    create_conversation_items,
    delete_conversation,
    delete_conversation_item,
    get_conversation,
    get_conversation_item,
    list_conversation_items,
    update_conversation,
)
from .messages import create_message, delete_message, get_message, list_messages, modify_message
from .runs import (
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
from .threads import create_thread, delete_thread, get_thread, list_threads, modify_thread

OPERATIONS: Final[Mapping[str, Operation[Any, Any]]] = MappingProxyType(
    {
        "cancelRun": cancel_run.OPERATION,
        "createAssistant": create_assistant.OPERATION,
        "createConversation": create_conversation.OPERATION,
        "createConversationItems": create_conversation_items.OPERATION,
        "createMessage": create_message.OPERATION,
        "createRun": create_run.OPERATION,
        "createThread": create_thread.OPERATION,
        "createThreadAndRun": create_thread_and_run.OPERATION,
        "deleteAssistant": delete_assistant.OPERATION,
        "deleteConversation": delete_conversation.OPERATION,
        "deleteConversationItem": delete_conversation_item.OPERATION,
        "deleteMessage": delete_message.OPERATION,
        "deleteThread": delete_thread.OPERATION,
        "getAssistant": get_assistant.OPERATION,
        "getConversation": get_conversation.OPERATION,
        "getConversationItem": get_conversation_item.OPERATION,
        "getMessage": get_message.OPERATION,
        "getRun": get_run.OPERATION,
        "getRunStep": get_run_step.OPERATION,
        "getThread": get_thread.OPERATION,
        "listAssistants": list_assistants.OPERATION,
        "listConversationItems": list_conversation_items.OPERATION,
        "listMessages": list_messages.OPERATION,
        "listRunSteps": list_run_steps.OPERATION,
        "listRuns": list_runs.OPERATION,
        "listThreads": list_threads.OPERATION,
        "modifyAssistant": modify_assistant.OPERATION,
        "modifyMessage": modify_message.OPERATION,
        "modifyRun": modify_run.OPERATION,
        "modifyThread": modify_thread.OPERATION,
        "submitToolOutputsToRun": submit_tool_outputs_to_run.OPERATION,
        "updateConversation": update_conversation.OPERATION,
    }
)
"""operationId -> its Operation (method, path, parameters, models, streams, resend safety)."""

FOUNDRY_ONLY: Final[frozenset[str]] = frozenset(("listThreads",))
"""The operations the spec marks `x-openai-client-foundry-only`: Foundry Agent Service has them, OpenAI does not."""

__all__ = ["FOUNDRY_ONLY", "OPERATIONS"]
