from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    BOOLEAN,
    const,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ThreadCreated(ExtraFields["Any"]):
    """`thread.created`: sent when a thread is created.

    Attributes:
        event (Literal['thread.created']): The event name: always `thread.created`.
        data (ThreadObject): A thread: the conversation that runs work on.
        enabled (bool | Unset): A flag that OpenAI's spec lists on this event without saying what it means here (its description there belongs
            to another API); the event carries it rarely, if ever.
    """

    data: ThreadObject
    event: Literal["thread.created"] = "thread.created"
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.thread_object import ThreadObject

table_of(
    ThreadCreated,
    field("event", const("thread.created"), required=True),
    field("data", model_of(ThreadObject), required=True),
    field("enabled", BOOLEAN),
    extra=ANY,
)
