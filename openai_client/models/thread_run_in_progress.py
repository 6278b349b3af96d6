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
class ThreadRunInProgress(ExtraFields["Any"]):
    """`thread.run.in_progress`: sent when a run moves to `in_progress`.

    Attributes:
        event (Literal['thread.run.in_progress']): The event name: always `thread.run.in_progress`.
        data (RunObject): A run: one execution of an assistant on a thread.
    """

    data: RunObject
    event: Literal["thread.run.in_progress"] = "thread.run.in_progress"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_object import RunObject

table_of(
    ThreadRunInProgress,
    field("event", const("thread.run.in_progress"), required=True),
    field("data", model_of(RunObject), required=True),
    extra=ANY,
)
