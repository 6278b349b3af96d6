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
class RunStepDetailsToolCallsConnectedAgentObject(ExtraFields["Any"]):
    """Foundry: a call of a connected agent.

    Attributes:
        id (str): Call ID.
        type (Literal['connected_agent']): Always `connected_agent`.
        connected_agent (RunStepConnectedAgent): The connected agent called, what it was asked, and where it ran.
    """

    id: str
    connected_agent: RunStepConnectedAgent
    type: Literal["connected_agent"] = "connected_agent"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["connected_agent"]]("type")


from ..models.run_step_connected_agent import RunStepConnectedAgent

table_of(
    RunStepDetailsToolCallsConnectedAgentObject,
    field("id", STRING, required=True),
    field("type", const("connected_agent"), required=True),
    field("connected_agent", model_of(RunStepConnectedAgent), required=True),
    extra=ANY,
)
