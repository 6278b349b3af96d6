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


def _convert_sharepoint_grounding(value: ToolConnectionList | ToolConnectionListParam) -> ToolConnectionList:
    return AssistantToolsSharepoint.__table__.convert("sharepoint_grounding", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsSharepoint(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): grounds answers in SharePoint content.

    Attributes:
        type (Literal['sharepoint_grounding']): Always `sharepoint_grounding`.
        sharepoint_grounding (ToolConnectionList): The project connection a Fabric or SharePoint tool goes through.
    """

    sharepoint_grounding: ToolConnectionList = _attrs_field(converter=_convert_sharepoint_grounding)
    type: Literal["sharepoint_grounding"] = "sharepoint_grounding"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["sharepoint_grounding"]]("type")


class AssistantToolsSharepointParam(TypedDict, total=False):
    """The dict form of AssistantToolsSharepoint: what a request takes in its place (checked before sending)."""

    type: Required[Literal["sharepoint_grounding"]]
    sharepoint_grounding: Required[ToolConnectionList | ToolConnectionListParam]


from ..models.tool_connection_list import ToolConnectionList

table_of(
    AssistantToolsSharepoint,
    field("type", const("sharepoint_grounding"), required=True),
    field("sharepoint_grounding", model_of(ToolConnectionList), required=True),
    extra=ANY,
)
