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
class ThreadRunFailed(ExtraFields["Any"]):
    """`thread.run.failed`: sent when a run moves to `failed`.

    Attributes:
        event (Literal['thread.run.failed']): The event name: always `thread.run.failed`.
        data (RunObject): A run: one execution of an assistant on a thread.
    """

    data: RunObject
    event: Literal["thread.run.failed"] = "thread.run.failed"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_object import RunObject

table_of(
    ThreadRunFailed,
    field("event", const("thread.run.failed"), required=True),
    field("data", model_of(RunObject), required=True),
    extra=ANY,
)
