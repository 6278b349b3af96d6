from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    table_of,
    union_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDelta(ExtraFields["Any"]):
    """What changed in the step.

    Attributes:
        step_details (RunStepDeltaStepDetailsMcpObject | RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsOpenApiObject | RunStepDeltaStepDetailsToolCallsObject | UnknownRunStepDeltaStepDetails | Unset): The change to the step's details: a message created, or tool calls.
    """

    step_details: (
        RunStepDeltaStepDetailsMcpObject
        | RunStepDeltaStepDetailsMessageCreationObject
        | RunStepDeltaStepDetailsOpenApiObject
        | RunStepDeltaStepDetailsToolCallsObject
        | UnknownRunStepDeltaStepDetails
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_step_delta_step_details_mcp_object import RunStepDeltaStepDetailsMcpObject
from ..models.run_step_delta_step_details_message_creation_object import RunStepDeltaStepDetailsMessageCreationObject
from ..models.run_step_delta_step_details_open_api_object import RunStepDeltaStepDetailsOpenApiObject
from ..models.run_step_delta_step_details_tool_calls_object import RunStepDeltaStepDetailsToolCallsObject
from ..models.unknown_run_step_delta_step_details import UnknownRunStepDeltaStepDetails

table_of(
    RunStepDelta,
    field(
        "step_details",
        union_of(
            "type",
            {
                "message_creation": RunStepDeltaStepDetailsMessageCreationObject,
                "tool_calls": RunStepDeltaStepDetailsToolCallsObject,
                "mcp": RunStepDeltaStepDetailsMcpObject,
                "openapi": RunStepDeltaStepDetailsOpenApiObject,
            },
            fallback=UnknownRunStepDeltaStepDetails,
        ),
    ),
    extra=ANY,
)
