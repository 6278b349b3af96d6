from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ThreadRunCompleted(ExtraFields["Any"]):
    """`thread.run.completed`: sent when a run moves to `completed`.

    Attributes:
        event (Literal['thread.run.completed']): The event name: always `thread.run.completed`.
        data (RunObject): A run: one execution of an assistant on a thread.
    """

    data: RunObject
    event: Literal["thread.run.completed"] = "thread.run.completed"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_object import RunObject

table_of(
    ThreadRunCompleted,
    field("event", const("thread.run.completed"), required=True),
    field("data", model_of(RunObject), required=True),
    extra=ANY,
)
