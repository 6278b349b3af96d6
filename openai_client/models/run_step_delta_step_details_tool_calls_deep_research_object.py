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
class RunStepDeltaStepDetailsToolCallsDeepResearchObject(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): a deep research call, while streaming.

    Attributes:
        index (int): Which tool call this changes, counted from 0.
        type (Literal['deep_research']): Always `deep_research`.
        id (str | Unset): Call ID.
        deep_research (RunStepDeepResearchToolCallDetails | Unset): What the research was asked and what it found.
    """

    index: int
    type: Literal["deep_research"] = "deep_research"
    id: str | Unset = UNSET
    deep_research: RunStepDeepResearchToolCallDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["deep_research"]]("type")


from ..models.run_step_deep_research_tool_call_details import RunStepDeepResearchToolCallDetails

table_of(
    RunStepDeltaStepDetailsToolCallsDeepResearchObject,
    field("index", INTEGER, required=True),
    field("type", const("deep_research"), required=True),
    field("id", STRING),
    field("deep_research", model_of(RunStepDeepResearchToolCallDetails)),
    extra=ANY,
)
