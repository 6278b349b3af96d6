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
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsOpenApiObject(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): changes to the OpenAPI calls of a step, while streaming.

    Attributes:
        type (Literal['openapi']): Always `openapi`.
        tool_calls (list[RunStepDeltaStepDetailsToolCallsOpenApiObject] | Unset): Changes to OpenAPI calls.
    """

    type: Literal["openapi"] = "openapi"
    tool_calls: list[RunStepDeltaStepDetailsToolCallsOpenApiObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["openapi"]]("type")


from ..models.run_step_delta_step_details_tool_calls_open_api_object import (
    RunStepDeltaStepDetailsToolCallsOpenApiObject,
)

table_of(
    RunStepDeltaStepDetailsOpenApiObject,
    field("type", const("openapi"), required=True),
    field("tool_calls", list_of(model_of(RunStepDeltaStepDetailsToolCallsOpenApiObject))),
    extra=ANY,
)
