"""Every item of a list operation, fetched a page at a time as the iteration goes.

The API's lists are pages of at most 100 objects joined by cursors (`after` is the last id
of the page before, `has_more` says whether another page exists). These helpers walk them
lazily: a page is fetched only when the iteration reaches it, so stopping early costs
nothing more. Like the API, every one of them lists newest first unless `order="asc"`.

Each sync helper is written once, as its async twin: codegen/unasync.py derives the sync
code from the async code by rule (`make unasync`), and `make check` fails if they differ.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Protocol, TypeVar, get_args

from openai_client import Client
from openai_client.api.assistants import list_assistants
from openai_client.api.messages import list_messages
from openai_client.api.runs import list_run_steps, list_runs
from openai_client.api.threads import list_threads
from openai_client.errors import InvalidOptionError
from openai_client.models import (
    AssistantObject,
    ListOrder,
    ListOrderLiteral,
    MessageObject,
    RunObject,
    RunStepObject,
    ThreadObject,
)
from openai_client.types import UNSET, Unset

from ._options import check_choice

Order = ListOrder | ListOrderLiteral
"""`"desc"` (newest first, the API's default) or `"asc"`, as a string or a `ListOrder`."""
DEFAULT_PAGE_SIZE = 20


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


ItemT = TypeVar("ItemT", bound=_Identified)


class _Page(Protocol[ItemT]):
    """What every list response has in common."""

    @property
    def data(self) -> list[ItemT]: ...

    @property
    def has_more(self) -> bool: ...


# -- async twins, written once: codegen/unasync.py derives the sync ones below from them --
async def _awalk_pages(fetch: Callable[[str | Unset], Awaitable[_Page[ItemT]]]) -> AsyncIterator[ItemT]:
    """Items of consecutive pages; `fetch(after)` gets the page after that cursor."""
    after: str | Unset = UNSET
    while True:
        page = await fetch(after)
        for item in page.data:
            yield item
        if not page.has_more or not page.data:
            return
        after = page.data[-1].id


def aiter_runs(
    client: Client,
    thread_id: str,
    *,
    order: Order = "desc",
    page_size: int = DEFAULT_PAGE_SIZE,
) -> AsyncIterator[RunObject]:
    """Every run of a thread, newest first (or oldest first with `order="asc"`)."""
    checked = _checked(order, page_size)
    return _awalk_pages(
        lambda after: list_runs.asyncio(thread_id, client=client, order=checked, limit=page_size, after=after)
    )


def aiter_run_steps(
    client: Client,
    thread_id: str,
    run_id: str,
    *,
    order: Order = "desc",
    page_size: int = DEFAULT_PAGE_SIZE,
) -> AsyncIterator[RunStepObject]:
    """Every step of a run, newest first (or in the order they happened with `order="asc"`)."""
    checked = _checked(order, page_size)
    return _awalk_pages(
        lambda after: list_run_steps.asyncio(
            thread_id, run_id, client=client, order=checked, limit=page_size, after=after
        )
    )


def aiter_assistants(
    client: Client, *, order: Order = "desc", page_size: int = DEFAULT_PAGE_SIZE
) -> AsyncIterator[AssistantObject]:
    """Every assistant of the organization (or project), newest first."""
    checked = _checked(order, page_size)
    return _awalk_pages(
        lambda after: list_assistants.asyncio(client=client, order=checked, limit=page_size, after=after)
    )


def aiter_messages(
    client: Client,
    thread_id: str,
    *,
    run_id: str | None = None,
    order: Order = "desc",
    page_size: int = DEFAULT_PAGE_SIZE,
) -> AsyncIterator[MessageObject]:
    """Every message of a thread, newest first; only those a run wrote when `run_id` is given."""
    checked = _checked(order, page_size)
    only_run: str | Unset = UNSET if run_id is None else run_id
    return _awalk_pages(
        lambda after: list_messages.asyncio(
            thread_id, client=client, order=checked, limit=page_size, after=after, run_id=only_run
        )
    )


def aiter_threads(
    client: Client, *, order: Order = "desc", page_size: int = DEFAULT_PAGE_SIZE
) -> AsyncIterator[ThreadObject]:
    """Every thread of the project, newest first: Foundry Agent Service only (`GET /threads`).

    OpenAI's and Azure OpenAI's Assistants API cannot list threads; against them the first
    page raises the server's error (404 or 405).
    """
    checked = _checked(order, page_size)
    return _awalk_pages(lambda after: list_threads.asyncio(client=client, order=checked, limit=page_size, after=after))


# -- sync twins, written by codegen/unasync.py from the async ones above (make unasync): do not edit --


def _walk_pages(fetch: Callable[[str | Unset], _Page[ItemT]]) -> Iterator[ItemT]:
    """Items of consecutive pages; `fetch(after)` gets the page after that cursor."""
    after: str | Unset = UNSET
    while True:
        page = fetch(after)
        yield from page.data
        if not page.has_more or not page.data:
            return
        after = page.data[-1].id


def iter_runs(
    client: Client,
    thread_id: str,
    *,
    order: Order = "desc",
    page_size: int = DEFAULT_PAGE_SIZE,
) -> Iterator[RunObject]:
    """Every run of a thread, newest first (or oldest first with `order="asc"`)."""
    checked = _checked(order, page_size)
    return _walk_pages(
        lambda after: list_runs.sync(thread_id, client=client, order=checked, limit=page_size, after=after)
    )


def iter_run_steps(
    client: Client,
    thread_id: str,
    run_id: str,
    *,
    order: Order = "desc",
    page_size: int = DEFAULT_PAGE_SIZE,
) -> Iterator[RunStepObject]:
    """Every step of a run, newest first (or in the order they happened with `order="asc"`)."""
    checked = _checked(order, page_size)
    return _walk_pages(
        lambda after: list_run_steps.sync(thread_id, run_id, client=client, order=checked, limit=page_size, after=after)
    )


def iter_assistants(
    client: Client, *, order: Order = "desc", page_size: int = DEFAULT_PAGE_SIZE
) -> Iterator[AssistantObject]:
    """Every assistant of the organization (or project), newest first."""
    checked = _checked(order, page_size)
    return _walk_pages(lambda after: list_assistants.sync(client=client, order=checked, limit=page_size, after=after))


def iter_messages(
    client: Client,
    thread_id: str,
    *,
    run_id: str | None = None,
    order: Order = "desc",
    page_size: int = DEFAULT_PAGE_SIZE,
) -> Iterator[MessageObject]:
    """Every message of a thread, newest first; only those a run wrote when `run_id` is given."""
    checked = _checked(order, page_size)
    only_run: str | Unset = UNSET if run_id is None else run_id
    return _walk_pages(
        lambda after: list_messages.sync(
            thread_id, client=client, order=checked, limit=page_size, after=after, run_id=only_run
        )
    )


def iter_threads(
    client: Client, *, order: Order = "desc", page_size: int = DEFAULT_PAGE_SIZE
) -> Iterator[ThreadObject]:
    """Every thread of the project, newest first: Foundry Agent Service only (`GET /threads`).

    OpenAI's and Azure OpenAI's Assistants API cannot list threads; against them the first
    page raises the server's error (404 or 405).
    """
    checked = _checked(order, page_size)
    return _walk_pages(lambda after: list_threads.sync(client=client, order=checked, limit=page_size, after=after))


# -- end of the twins --


def _checked(order: Order, page_size: int) -> ListOrder:
    if not isinstance(page_size, int) or isinstance(page_size, bool) or not 1 <= page_size <= 100:
        raise InvalidOptionError(f"page_size must be an int from 1 to 100 (the API's page limit), not {page_size!r}")
    return ListOrder(check_choice("order", order, get_args(ListOrderLiteral)))
