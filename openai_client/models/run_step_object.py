from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..models.run_step_status import RunStepStatus
from ..models.run_step_type import RunStepType

T = TypeVar("T", bound="RunStepObject")


def _parse_step_details(
    data: object,
) -> RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject | UnknownRunStepDetails:
    if isinstance(data, dict):
        discriminator = data.get("type")
        if discriminator == "message_creation":
            return RunStepDetailsMessageCreationObject.from_dict(data)
        if discriminator == "tool_calls":
            return RunStepDetailsToolCallsObject.from_dict(data)
    if not isinstance(data, dict):
        raise TypeError(
            f"expected RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject | UnknownRunStepDetails, got {type(data).__name__}"
        )
    componentsschemas_run_step_details_type_2 = UnknownRunStepDetails.from_dict(data)

    return componentsschemas_run_step_details_type_2


def _parse_last_error(data: object) -> None | RunStepLastError:
    if data is None:
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected None | RunStepLastError, got {type(data).__name__}")
    last_error_type_0 = RunStepLastError.from_dict(data)

    return last_error_type_0


def _parse_metadata(data: object) -> Metadata | None:
    if data is None:
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected Metadata | None, got {type(data).__name__}")
    componentsschemas_nullable_metadata_type_0 = Metadata.from_dict(data)

    return componentsschemas_nullable_metadata_type_0


def _parse_usage(data: object) -> None | RunStepCompletionUsage:
    if data is None:
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected None | RunStepCompletionUsage, got {type(data).__name__}")
    usage_type_0 = RunStepCompletionUsage.from_dict(data)

    return usage_type_0


@_attrs_define
class RunStepObject:
    """One step a run took: creating a message or calling tools.

    Attributes:
        id (str): Step ID.
        object_ (Literal['thread.run.step']): Always `thread.run.step`.
        created_at (int): When the step was created (Unix seconds).
        assistant_id (str): Assistant of the run.
        thread_id (str): Thread of the run.
        run_id (str): Run the step is part of.
        type_ (RunStepType): What kind of step it is.
        status (RunStepStatus): Where the step stands.
        step_details (RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject | UnknownRunStepDetails): What
            the step did.
        last_error (None | RunStepLastError): The last error of the step; `null` when there was none.
        expired_at (int | None): When the step expired (Unix seconds), if it did.
        cancelled_at (int | None): When the step was cancelled (Unix seconds), if it was.
        failed_at (int | None): When the step failed (Unix seconds), if it did.
        completed_at (int | None): When the step completed (Unix seconds), if it did.
        metadata (Metadata | None): Metadata, or `null`.
        usage (None | RunStepCompletionUsage): Token usage of the step; `null` while it is in progress.
    """

    id: str
    created_at: int
    assistant_id: str
    thread_id: str
    run_id: str
    type_: RunStepType
    status: RunStepStatus
    step_details: RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject | UnknownRunStepDetails
    last_error: None | RunStepLastError
    expired_at: int | None
    cancelled_at: int | None
    failed_at: int | None
    completed_at: int | None
    metadata: Metadata | None
    usage: None | RunStepCompletionUsage
    object_: Literal["thread.run.step"] = "thread.run.step"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created_at = self.created_at

        assistant_id = self.assistant_id

        thread_id = self.thread_id

        run_id = self.run_id

        type_ = self.type_.value

        status = self.status.value

        step_details: dict[str, Any]
        if isinstance(self.step_details, RunStepDetailsMessageCreationObject) or isinstance(
            self.step_details, RunStepDetailsToolCallsObject
        ):
            step_details = self.step_details.to_dict()
        else:
            step_details = self.step_details.to_dict()

        last_error: dict[str, Any] | None
        if isinstance(self.last_error, RunStepLastError):
            last_error = self.last_error.to_dict()
        else:
            last_error = self.last_error

        expired_at: int | None
        expired_at = self.expired_at

        cancelled_at: int | None
        cancelled_at = self.cancelled_at

        failed_at: int | None
        failed_at = self.failed_at

        completed_at: int | None
        completed_at = self.completed_at

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        usage: dict[str, Any] | None
        if isinstance(self.usage, RunStepCompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "assistant_id": assistant_id,
                "thread_id": thread_id,
                "run_id": run_id,
                "type": type_,
                "status": status,
                "step_details": step_details,
                "last_error": last_error,
                "expired_at": expired_at,
                "cancelled_at": cancelled_at,
                "failed_at": failed_at,
                "completed_at": completed_at,
                "metadata": metadata,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a RunStepObject from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            id = d.pop("id")

            try:
                object_: Literal["thread.run.step"] = d.pop("object")
                if object_ != "thread.run.step":
                    raise ValueError(f"object must match const 'thread.run.step', got '{object_}'")
            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "object") from _exc

            created_at = d.pop("created_at")

            assistant_id = d.pop("assistant_id")

            thread_id = d.pop("thread_id")

            run_id = d.pop("run_id")

            try:
                type_ = RunStepType.from_value(d.pop("type"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "type") from _exc

            try:
                status = RunStepStatus.from_value(d.pop("status"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "status") from _exc

            try:
                step_details = _parse_step_details(d.pop("step_details"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "step_details") from _exc

            try:
                last_error = _parse_last_error(d.pop("last_error"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "last_error") from _exc

            expired_at: int | None = d.pop("expired_at")

            cancelled_at: int | None = d.pop("cancelled_at")

            failed_at: int | None = d.pop("failed_at")

            completed_at: int | None = d.pop("completed_at")

            try:
                metadata = _parse_metadata(d.pop("metadata"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "metadata") from _exc

            try:
                usage = _parse_usage(d.pop("usage"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "usage") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        run_step_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            assistant_id=assistant_id,
            thread_id=thread_id,
            run_id=run_id,
            type_=type_,
            status=status,
            step_details=step_details,
            last_error=last_error,
            expired_at=expired_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
            completed_at=completed_at,
            metadata=metadata,
            usage=usage,
        )

        run_step_object.additional_properties = d
        return run_step_object

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.metadata import Metadata
from ..models.run_step_completion_usage import RunStepCompletionUsage
from ..models.run_step_details_message_creation_object import RunStepDetailsMessageCreationObject
from ..models.run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
from ..models.run_step_last_error import RunStepLastError
from ..models.unknown_run_step_details import UnknownRunStepDetails
