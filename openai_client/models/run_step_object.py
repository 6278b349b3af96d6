from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    enum_of,
    field,
    model_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.run_step_status import RunStepStatus
from ..models.run_step_type import RunStepType
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepObject(ExtraFields["Any"]):
    """One step a run took: creating a message or calling tools.

    Attributes:
        id (str): Step ID.
        object (Literal['thread.run.step']): Always `thread.run.step`.
        created_at (int): When the step was created (Unix seconds).
        assistant_id (str): Assistant of the run.
        thread_id (str): Thread of the run.
        run_id (str): Run the step is part of.
        type (RunStepType): What kind of step it is.
        status (RunStepStatus): Where the step stands.
        step_details (RunStepDetailsActivitiesObject | RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject | UnknownRunStepDetails): What the step did.
        last_error (None | RunStepLastError): The last error of the step; `null` when there was none.
        expires_at (int | None): When the step expires (Unix seconds); `null` once it ended.
        cancelled_at (int | None): When the step was cancelled (Unix seconds), if it was.
        failed_at (int | None): When the step failed (Unix seconds), if it did.
        completed_at (int | None): When the step completed (Unix seconds), if it did.
        usage (None | RunStepCompletionUsage): Token usage of the step; `null` while it is in progress.
        expired_at (int | None | Unset): When the step expired (Unix seconds). Named by OpenAI's document; servers send `expires_at` instead.
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    id: str
    created_at: int
    assistant_id: str
    thread_id: str
    run_id: str
    type: RunStepType
    status: RunStepStatus
    step_details: (
        RunStepDetailsActivitiesObject
        | RunStepDetailsMessageCreationObject
        | RunStepDetailsToolCallsObject
        | UnknownRunStepDetails
    )
    last_error: None | RunStepLastError
    expires_at: int | None
    cancelled_at: int | None
    failed_at: int | None
    completed_at: int | None
    usage: None | RunStepCompletionUsage
    object: Literal["thread.run.step"] = "thread.run.step"
    expired_at: int | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    object_ = DeprecatedAlias[Literal["thread.run.step"]]("object")
    type_ = DeprecatedAlias[RunStepType]("type")


from ..models.metadata import Metadata
from ..models.run_step_completion_usage import RunStepCompletionUsage
from ..models.run_step_details_activities_object import RunStepDetailsActivitiesObject
from ..models.run_step_details_message_creation_object import RunStepDetailsMessageCreationObject
from ..models.run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
from ..models.run_step_last_error import RunStepLastError
from ..models.unknown_run_step_details import UnknownRunStepDetails

table_of(
    RunStepObject,
    field("id", STRING, required=True),
    field("object", const("thread.run.step", fixes_kind=True), required=True),
    field("created_at", INTEGER, required=True),
    field("assistant_id", STRING, required=True),
    field("thread_id", STRING, required=True),
    field("run_id", STRING, required=True),
    field("type", enum_of(RunStepType), required=True),
    field("status", enum_of(RunStepStatus), required=True),
    field(
        "step_details",
        union_of(
            "type",
            {
                "message_creation": RunStepDetailsMessageCreationObject,
                "tool_calls": RunStepDetailsToolCallsObject,
                "activities": RunStepDetailsActivitiesObject,
            },
            fallback=UnknownRunStepDetails,
        ),
        required=True,
    ),
    field("last_error", model_of(RunStepLastError), required=True, nullable=True),
    field("expires_at", INTEGER, required=True, nullable=True),
    field("cancelled_at", INTEGER, required=True, nullable=True),
    field("failed_at", INTEGER, required=True, nullable=True),
    field("completed_at", INTEGER, required=True, nullable=True),
    field("usage", model_of(RunStepCompletionUsage), required=True, nullable=True),
    field("expired_at", INTEGER, nullable=True),
    field("metadata", model_of(Metadata), nullable=True),
    extra=ANY,
)
