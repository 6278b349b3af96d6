"""The answer of a run: the messages it wrote, and their text.

After polling (`create_and_poll`, `run_tool_loop`) the run is done but its answer lives
on the thread, as messages whose `run_id` is the run's. These read them, every page:

    run = create_and_poll(client, thread_id, {"assistant_id": assistant_id})
    print(run_text(client, run))
"""

from __future__ import annotations

from collections.abc import Iterable

from openai_client import Client
from openai_client.models import MessageContentTextObject, MessageObject, RunObject

from .paging import aiter_messages, iter_messages


def run_messages(client: Client, run: RunObject) -> list[MessageObject]:
    """Every message `run` wrote on its thread, in the order it wrote them."""
    return list(iter_messages(client, run.thread_id, run_id=run.id, order="asc", page_size=100))


async def arun_messages(client: Client, run: RunObject) -> list[MessageObject]:
    """Async `run_messages`."""
    return [
        message async for message in aiter_messages(client, run.thread_id, run_id=run.id, order="asc", page_size=100)
    ]


def run_text(client: Client, run: RunObject) -> str:
    """The text of the messages `run` wrote (see `message_text`): its answer, as one string."""
    return message_text(run_messages(client, run))


async def arun_text(client: Client, run: RunObject) -> str:
    """Async `run_text`."""
    return message_text(await arun_messages(client, run))


def message_text(messages: Iterable[MessageObject]) -> str:
    """The text parts of `messages`, a message's parts joined as they are, messages by a blank line.

    Parts that are not text (images, refusals, kinds this client does not know) are left out.
    """
    texts = [
        "".join(part.text.value for part in message.content if isinstance(part, MessageContentTextObject))
        for message in messages
    ]
    return "\n\n".join(text for text in texts if text)
