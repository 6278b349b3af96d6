from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields

if TYPE_CHECKING:
    from ..models.connected_agent_details import ConnectedAgentDetailsParam


def _convert_connected_agent(value: ConnectedAgentDetails | ConnectedAgentDetailsParam) -> ConnectedAgentDetails:
    return AssistantToolsConnectedAgent.__table__.convert("connected_agent", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsConnectedAgent(ExtraFields["Any"]):
    """Foundry: another agent of the project, called as a tool.

    Attributes:
        type (Literal['connected_agent']): Always `connected_agent`.
        connected_agent (ConnectedAgentDetails): The agent to call, and what it is for.
    """

    connected_agent: ConnectedAgentDetails = _attrs_field(converter=_convert_connected_agent)
    type: Literal["connected_agent"] = "connected_agent"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["connected_agent"]]("type")


class AssistantToolsConnectedAgentParam(TypedDict, total=False):
    """The dict form of AssistantToolsConnectedAgent: what a request takes in its place (checked before sending)."""

    type: Required[Literal["connected_agent"]]
    connected_agent: Required[ConnectedAgentDetails | ConnectedAgentDetailsParam]


from ..models.connected_agent_details import ConnectedAgentDetails

table_of(
    AssistantToolsConnectedAgent,
    field("type", const("connected_agent"), required=True),
    field("connected_agent", model_of(ConnectedAgentDetails), required=True),
    extra=ANY,
)
