from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls, missing_keys
from ..errors import InvalidPayloadError
from ..models.run_step_status import RunStepStatus
from ..models.run_step_type import RunStepType

_FIELDS = (
    FieldSpec("id", (str,), required=True),
    FieldSpec("object", (str,), required=True, const="thread.run.step"),
    FieldSpec("created_at", (int,), required=True),
    FieldSpec("assistant_id", (str,), required=True),
    FieldSpec("thread_id", (str,), required=True),
    FieldSpec("run_id", (str,), required=True),
    FieldSpec("type", (str,), required=True),
    FieldSpec("status", (str,), required=True),
    FieldSpec("step_details", (dict,), required=True),
    FieldSpec("last_error", (dict,), required=True, nullable=True),
    FieldSpec("expired_at", (int,), required=True, nullable=True),
    FieldSpec("cancelled_at", (int,), required=True, nullable=True),
    FieldSpec("failed_at", (int,), required=True, nullable=True),
    FieldSpec("completed_at", (int,), required=True, nullable=True),
    FieldSpec("metadata", (dict,), required=True, nullable=True),
    FieldSpec("usage", (dict,), required=True, nullable=True),
)
_ABSENT_IF_NULL = frozenset(
    {"last_error", "expired_at", "cancelled_at", "failed_at", "completed_at", "metadata", "usage"}
)


def _dump_step_details(
    value: RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject | UnknownRunStepDetails,
) -> Any:
    if isinstance(value, (RunStepDetailsMessageCreationObject, RunStepDetailsToolCallsObject, UnknownRunStepDetails)):
        return value.to_dict()
    return value


def _parse_step_details(
    data: Any, strict: bool
) -> RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject | UnknownRunStepDetails:
    if type(data) is dict:
        tag = data.get("type")
        if tag == "message_creation":
            return RunStepDetailsMessageCreationObject.from_dict(data, strict)
        if tag == "tool_calls":
            return RunStepDetailsToolCallsObject.from_dict(data, strict)
        return UnknownRunStepDetails.from_dict(data, strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_last_error(value: None | RunStepLastError) -> Any:
    if isinstance(value, RunStepLastError):
        return value.to_dict()
    return value


def _parse_last_error(data: Any, strict: bool) -> None | RunStepLastError:
    if data is None:
        return None
    if type(data) is dict:
        return RunStepLastError.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_metadata(value: Metadata | None) -> Any:
    if isinstance(value, Metadata):
        return value.to_dict()
    return value


def _parse_metadata(data: Any, strict: bool) -> Metadata | None:
    if data is None:
        return None
    if type(data) is dict:
        return Metadata.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_usage(value: None | RunStepCompletionUsage) -> Any:
    if isinstance(value, RunStepCompletionUsage):
        return value.to_dict()
    return value


def _parse_usage(data: Any, strict: bool) -> None | RunStepCompletionUsage:
    if data is None:
        return None
    if type(data) is dict:
        return RunStepCompletionUsage.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


@_attrs_define
class RunStepObject(ExtraFields[Any]):
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
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "object": self.object_,
            "created_at": self.created_at,
            "assistant_id": self.assistant_id,
            "thread_id": self.thread_id,
            "run_id": self.run_id,
            "type": self.type_.value,
            "status": self.status.value,
            "step_details": _dump_step_details(self.step_details),
            "last_error": _dump_last_error(self.last_error),
            "expired_at": self.expired_at,
            "cancelled_at": self.cancelled_at,
            "failed_at": self.failed_at,
            "completed_at": self.completed_at,
            "metadata": _dump_metadata(self.metadata),
            "usage": _dump_usage(self.usage),
        }
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepObject from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS, None)
        absent = () if d.keys() >= _ABSENT_IF_NULL else missing_keys(d, _ABSENT_IF_NULL)
        at = ""
        try:
            v_id = d.pop("id")
            v_object_ = d.pop("object")
            v_created_at = d.pop("created_at")
            v_assistant_id = d.pop("assistant_id")
            v_thread_id = d.pop("thread_id")
            v_run_id = d.pop("run_id")
            at = "type"
            v_type_ = RunStepType.from_value(d.pop("type"))
            at = "status"
            v_status = RunStepStatus.from_value(d.pop("status"))
            at = "step_details"
            v_step_details = _parse_step_details(d.pop("step_details"), strict)
            at = "last_error"
            v_last_error = d.pop("last_error", None)
            if v_last_error is not None:
                v_last_error = _parse_last_error(v_last_error, strict)
            v_expired_at = d.pop("expired_at", None)
            v_cancelled_at = d.pop("cancelled_at", None)
            v_failed_at = d.pop("failed_at", None)
            v_completed_at = d.pop("completed_at", None)
            at = "metadata"
            v_metadata = d.pop("metadata", None)
            if v_metadata is not None:
                v_metadata = _parse_metadata(v_metadata, strict)
            at = "usage"
            v_usage = d.pop("usage", None)
            if v_usage is not None:
                v_usage = _parse_usage(v_usage, strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            id=v_id,
            object_=v_object_,
            created_at=v_created_at,
            assistant_id=v_assistant_id,
            thread_id=v_thread_id,
            run_id=v_run_id,
            type_=v_type_,
            status=v_status,
            step_details=v_step_details,
            last_error=v_last_error,
            expired_at=v_expired_at,
            cancelled_at=v_cancelled_at,
            failed_at=v_failed_at,
            completed_at=v_completed_at,
            metadata=v_metadata,
            usage=v_usage,
        )
        obj.additional_properties = d
        if absent:
            obj._absent = absent
        return obj


from ..models.metadata import Metadata
from ..models.run_step_completion_usage import RunStepCompletionUsage
from ..models.run_step_details_message_creation_object import RunStepDetailsMessageCreationObject
from ..models.run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
from ..models.run_step_last_error import RunStepLastError
from ..models.unknown_run_step_details import UnknownRunStepDetails
