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
    from ..models.tool_connection_list import ToolConnectionListParam


def _convert_fabric_dataagent(value: ToolConnectionList | ToolConnectionListParam) -> ToolConnectionList:
    return AssistantToolsFabric.__table__.convert("fabric_dataagent", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsFabric(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): asks a Microsoft Fabric data agent.

    Attributes:
        type (Literal['fabric_dataagent']): Always `fabric_dataagent`.
        fabric_dataagent (ToolConnectionList): The project connection a Fabric or SharePoint tool goes through.
    """

    fabric_dataagent: ToolConnectionList = _attrs_field(converter=_convert_fabric_dataagent)
    type: Literal["fabric_dataagent"] = "fabric_dataagent"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["fabric_dataagent"]]("type")


class AssistantToolsFabricParam(TypedDict, total=False):
    """The dict form of AssistantToolsFabric: what a request takes in its place (checked before sending)."""

    type: Required[Literal["fabric_dataagent"]]
    fabric_dataagent: Required[ToolConnectionList | ToolConnectionListParam]


from ..models.tool_connection_list import ToolConnectionList

table_of(
    AssistantToolsFabric,
    field("type", const("fabric_dataagent"), required=True),
    field("fabric_dataagent", model_of(ToolConnectionList), required=True),
    extra=ANY,
)
