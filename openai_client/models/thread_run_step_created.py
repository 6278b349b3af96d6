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
class ThreadRunStepCreated(ExtraFields["Any"]):
    """`thread.run.step.created`: sent when a run step is created.

    Attributes:
        event (Literal['thread.run.step.created']): The event name: always `thread.run.step.created`.
        data (RunStepObject): One step a run took: creating a message or calling tools.
    """

    data: RunStepObject
    event: Literal["thread.run.step.created"] = "thread.run.step.created"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_step_object import RunStepObject

table_of(
    ThreadRunStepCreated,
    field("event", const("thread.run.step.created"), required=True),
    field("data", model_of(RunStepObject), required=True),
    extra=ANY,
)
