from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsConnectedAgentObject(ExtraFields["Any"]):
    """Foundry: a connected agent call, while streaming.

    Attributes:
        index (int): Which tool call this changes, counted from 0.
        type (Literal['connected_agent']): Always `connected_agent`.
        id (str | Unset): Call ID.
        connected_agent (RunStepConnectedAgent | Unset): The connected agent called, what it was asked, and where it ran.
    """

    index: int
    type: Literal["connected_agent"] = "connected_agent"
    id: str | Unset = UNSET
    connected_agent: RunStepConnectedAgent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["connected_agent"]]("type")


from ..models.run_step_connected_agent import RunStepConnectedAgent

table_of(
    RunStepDeltaStepDetailsToolCallsConnectedAgentObject,
    field("index", INTEGER, required=True),
    field("type", const("connected_agent"), required=True),
    field("id", STRING),
    field("connected_agent", model_of(RunStepConnectedAgent)),
    extra=ANY,
)
