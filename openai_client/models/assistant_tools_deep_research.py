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
    from ..models.deep_research_details import DeepResearchDetailsParam


def _convert_deep_research(value: DeepResearchDetails | DeepResearchDetailsParam) -> DeepResearchDetails:
    return AssistantToolsDeepResearch.__table__.convert("deep_research", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsDeepResearch(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): multi-step web research by a deep research model.

    Attributes:
        type (Literal['deep_research']): Always `deep_research`.
        deep_research (DeepResearchDetails): The research model, and the Bing connections it searches through.
    """

    deep_research: DeepResearchDetails = _attrs_field(converter=_convert_deep_research)
    type: Literal["deep_research"] = "deep_research"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["deep_research"]]("type")


class AssistantToolsDeepResearchParam(TypedDict, total=False):
    """The dict form of AssistantToolsDeepResearch: what a request takes in its place (checked before sending)."""

    type: Required[Literal["deep_research"]]
    deep_research: Required[DeepResearchDetails | DeepResearchDetailsParam]


from ..models.deep_research_details import DeepResearchDetails

table_of(
    AssistantToolsDeepResearch,
    field("type", const("deep_research"), required=True),
    field("deep_research", model_of(DeepResearchDetails), required=True),
    extra=ANY,
)
