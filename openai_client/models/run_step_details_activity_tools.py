from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    table_of,
)
from .._model import FreeForm


@_attrs_define(eq=False, repr=False, getstate_setstate=False, init=False)
class RunStepDetailsActivityTools(FreeForm["Any"]):
    """The server's tools, by name: each with its `description` and its `parameters` (a JSON Schema object), kept as sent."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    RunStepDetailsActivityTools,
    extra=ANY,
)
