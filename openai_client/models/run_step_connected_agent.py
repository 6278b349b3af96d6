from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepConnectedAgent(ExtraFields["Any"]):
    """The connected agent called, what it was asked, and where it ran.

    Attributes:
        name (str | Unset): The connected agent's name.
        arguments (str | Unset): What it was asked, a JSON text.
        output (str | Unset): What it answered.
        run_id (str | Unset): The run the connected agent made.
        thread_id (str | Unset): The thread that run was on.
        assistant_id (str | Unset): The connected agent's ID.
    """

    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    output: str | Unset = UNSET
    run_id: str | Unset = UNSET
    thread_id: str | Unset = UNSET
    assistant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    RunStepConnectedAgent,
    field("name", STRING),
    field("arguments", STRING),
    field("output", STRING),
    field("run_id", STRING),
    field("thread_id", STRING),
    field("assistant_id", STRING),
    extra=ANY,
)
