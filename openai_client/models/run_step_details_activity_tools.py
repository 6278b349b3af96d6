from __future__ import annotations

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    model_of,
    table_of,
)
from .._model import FreeForm


@_attrs_define(eq=False, repr=False, getstate_setstate=False, init=False)
class RunStepDetailsActivityTools(FreeForm["RunStepActivityFunction"]):
    """The server's tools, by name."""

    additional_properties: dict[str, RunStepActivityFunction] = _attrs_field(init=False, factory=dict)


from ..models.run_step_activity_function import RunStepActivityFunction

table_of(
    RunStepDetailsActivityTools,
    extra=model_of(RunStepActivityFunction),
)
