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
class RunStepDetailsToolCallsDeepResearchObject(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): a call of the deep research tool.

    Attributes:
        id (str): Call ID.
        type (Literal['deep_research']): Always `deep_research`.
        deep_research (RunStepDeepResearchToolCallDetails): What the research was asked and what it found.
    """

    id: str
    deep_research: RunStepDeepResearchToolCallDetails
    type: Literal["deep_research"] = "deep_research"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["deep_research"]]("type")


from ..models.run_step_deep_research_tool_call_details import RunStepDeepResearchToolCallDetails

table_of(
    RunStepDetailsToolCallsDeepResearchObject,
    field("id", STRING, required=True),
    field("type", const("deep_research"), required=True),
    field("deep_research", model_of(RunStepDeepResearchToolCallDetails), required=True),
    extra=ANY,
)
