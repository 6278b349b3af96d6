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
class ThreadRunStepDelta(ExtraFields["Any"]):
    """`thread.run.step.delta`: sent with each piece of a run step as it is written.

    Attributes:
        event (Literal['thread.run.step.delta']): The event name: always `thread.run.step.delta`.
        data (RunStepDeltaObject): A piece of a run step being written, sent while streaming.
    """

    data: RunStepDeltaObject
    event: Literal["thread.run.step.delta"] = "thread.run.step.delta"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_step_delta_object import RunStepDeltaObject

table_of(
    ThreadRunStepDelta,
    field("event", const("thread.run.step.delta"), required=True),
    field("data", model_of(RunStepDeltaObject), required=True),
    extra=ANY,
)
