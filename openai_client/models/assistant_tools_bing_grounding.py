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
    from ..models.bing_grounding_search_tool_parameters import BingGroundingSearchToolParametersParam


def _convert_bing_grounding(
    value: BingGroundingSearchToolParameters | BingGroundingSearchToolParametersParam,
) -> BingGroundingSearchToolParameters:
    return AssistantToolsBingGrounding.__table__.convert("bing_grounding", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsBingGrounding(ExtraFields["Any"]):
    """Foundry: grounds answers in Bing web search results, through a project connection.

    Attributes:
        type (Literal['bing_grounding']): Always `bing_grounding`.
        bing_grounding (BingGroundingSearchToolParameters): The Bing search configuration of a grounding tool.
    """

    bing_grounding: BingGroundingSearchToolParameters = _attrs_field(converter=_convert_bing_grounding)
    type: Literal["bing_grounding"] = "bing_grounding"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["bing_grounding"]]("type")


class AssistantToolsBingGroundingParam(TypedDict, total=False):
    """The dict form of AssistantToolsBingGrounding: what a request takes in its place (checked before sending)."""

    type: Required[Literal["bing_grounding"]]
    bing_grounding: Required[BingGroundingSearchToolParameters | BingGroundingSearchToolParametersParam]


from ..models.bing_grounding_search_tool_parameters import BingGroundingSearchToolParameters

table_of(
    AssistantToolsBingGrounding,
    field("type", const("bing_grounding"), required=True),
    field("bing_grounding", model_of(BingGroundingSearchToolParameters), required=True),
    extra=ANY,
)
