from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import ExtraFields

if TYPE_CHECKING:
    from ..models.deep_research_bing_grounding_connection import DeepResearchBingGroundingConnectionParam


def _convert_bing_grounding_connections(
    value: Sequence[DeepResearchBingGroundingConnection | DeepResearchBingGroundingConnectionParam],
) -> list[DeepResearchBingGroundingConnection]:
    return DeepResearchDetails.__table__.convert("bing_grounding_connections", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class DeepResearchDetails(ExtraFields["Any"]):
    """The research model, and the Bing connections it searches through.

    Attributes:
        deep_research_model (str): The deployment name of the deep research model.
        bing_grounding_connections (list[DeepResearchBingGroundingConnection]): Bing grounding connections the research uses.
    """

    deep_research_model: str
    bing_grounding_connections: list[DeepResearchBingGroundingConnection] = _attrs_field(
        converter=_convert_bing_grounding_connections
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class DeepResearchDetailsParam(TypedDict, total=False):
    """The dict form of DeepResearchDetails: what a request takes in its place (checked before sending)."""

    deep_research_model: Required[str]
    bing_grounding_connections: Required[
        Sequence[DeepResearchBingGroundingConnection | DeepResearchBingGroundingConnectionParam]
    ]


from ..models.deep_research_bing_grounding_connection import DeepResearchBingGroundingConnection

table_of(
    DeepResearchDetails,
    field("deep_research_model", STRING, required=True),
    field("bing_grounding_connections", list_of(model_of(DeepResearchBingGroundingConnection)), required=True),
    extra=ANY,
)
