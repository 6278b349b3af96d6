from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsActivitiesObject(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): a step that did something other than call tools, such as listing an MCP server's
    tools.

    Attributes:
        type (Literal['activities']): Always `activities`.
        activities (list[RunStepDetailsActivity]): What the step did.
    """

    activities: list[RunStepDetailsActivity]
    type: Literal["activities"] = "activities"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["activities"]]("type")


from ..models.run_step_details_activity import RunStepDetailsActivity

table_of(
    RunStepDetailsActivitiesObject,
    field("type", const("activities"), required=True),
    field("activities", list_of(model_of(RunStepDetailsActivity)), required=True),
    extra=ANY,
)
