from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaObject(ExtraFields["Any"]):
    """A piece of a run step being written, sent while streaming.

    Attributes:
        id (str): The identifier.
        object (Literal['thread.run.step.delta']): The object type: always `thread.run.step.delta`.
        delta (RunStepDelta): What changed in the step.
    """

    id: str
    delta: RunStepDelta
    object: Literal["thread.run.step.delta"] = "thread.run.step.delta"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[Literal["thread.run.step.delta"]]("object")


from ..models.run_step_delta import RunStepDelta

table_of(
    RunStepDeltaObject,
    field("id", STRING, required=True),
    field("object", const("thread.run.step.delta", fixes_kind=True), required=True),
    field("delta", model_of(RunStepDelta), required=True),
    extra=ANY,
)
