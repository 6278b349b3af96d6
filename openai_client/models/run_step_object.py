from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.run_step_status import RunStepStatus
from ..models.run_step_type import RunStepType
from ..types import UNSET, Unset


def _parse_type_(data: Any, strict: bool) -> RunStepType:
    return RunStepType.known(data) or RunStepType.from_value(data)


def _parse_status(data: Any, strict: bool) -> RunStepStatus:
    return RunStepStatus.known(data) or RunStepStatus.from_value(data)


def _parse_step_details(
    data: Any, strict: bool
) -> (
    RunStepDetailsActivitiesObject
    | RunStepDetailsMessageCreationObject
    | RunStepDetailsToolCallsObject
    | UnknownRunStepDetails
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "message_creation":
            return RunStepDetailsMessageCreationObject.from_dict(data, strict)
        if tag == "tool_calls":
            return RunStepDetailsToolCallsObject.from_dict(data, strict)
        if tag == "activities":
            return RunStepDetailsActivitiesObject.from_dict(data, strict)
        return UnknownRunStepDetails.from_dict(data, strict)
    if isinstance(
        data,
        (
            RunStepDetailsMessageCreationObject,
            RunStepDetailsToolCallsObject,
            RunStepDetailsActivitiesObject,
            UnknownRunStepDetails,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_step_details(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_step_details(value: Any) -> Any:
    if isinstance(
        value,
        (
            RunStepDetailsMessageCreationObject,
            RunStepDetailsToolCallsObject,
            RunStepDetailsActivitiesObject,
            UnknownRunStepDetails,
        ),
    ):
        return value.to_dict()
    return value


def _parse_last_error(data: Any, strict: bool) -> None | RunStepLastError:
    if data is None:
        return None
    if type(data) is dict:
        return RunStepLastError.from_dict(data, strict)
    if isinstance(data, RunStepLastError):
        return data
    if isinstance(data, Mapping):
        return _parse_last_error(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_last_error(value: Any) -> Any:
    if isinstance(value, RunStepLastError):
        return value.to_dict()
    return value


def _parse_usage(data: Any, strict: bool) -> None | RunStepCompletionUsage:
    if data is None:
        return None
    if type(data) is dict:
        return RunStepCompletionUsage.from_dict(data, strict)
    if isinstance(data, RunStepCompletionUsage):
        return data
    if isinstance(data, Mapping):
        return _parse_usage(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_usage(value: Any) -> Any:
    if isinstance(value, RunStepCompletionUsage):
        return value.to_dict()
    return value


def _parse_metadata(data: Any, strict: bool) -> Metadata | None | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return Metadata.from_dict(data, strict)
    if isinstance(data, Metadata):
        return data
    if isinstance(data, Mapping):
        return _parse_metadata(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_metadata(value: Any) -> Any:
    if isinstance(value, Metadata):
        return value.to_dict()
    return value


_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("object", "object_", (str,), required=True, const="thread.run.step"),
    FieldSpec("created_at", "created_at", (int,), required=True),
    FieldSpec("assistant_id", "assistant_id", (str,), required=True),
    FieldSpec("thread_id", "thread_id", (str,), required=True),
    FieldSpec("run_id", "run_id", (str,), required=True),
    FieldSpec("type", "type_", (str,), required=True, read=_parse_type_),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec(
        "step_details", "step_details", (dict,), required=True, read=_parse_step_details, dump=_dump_step_details
    ),
    FieldSpec(
        "last_error", "last_error", (dict,), required=True, nullable=True, read=_parse_last_error, dump=_dump_last_error
    ),
    FieldSpec("expires_at", "expires_at", (int,), required=True, nullable=True),
    FieldSpec("cancelled_at", "cancelled_at", (int,), required=True, nullable=True),
    FieldSpec("failed_at", "failed_at", (int,), required=True, nullable=True),
    FieldSpec("completed_at", "completed_at", (int,), required=True, nullable=True),
    FieldSpec("usage", "usage", (dict,), required=True, nullable=True, read=_parse_usage, dump=_dump_usage),
    FieldSpec("expired_at", "expired_at", (int,), nullable=True),
    FieldSpec("metadata", "metadata", (dict,), nullable=True, read=_parse_metadata, dump=_dump_metadata),
)
_KNOWN = frozenset(
    {
        "id",
        "object",
        "created_at",
        "assistant_id",
        "thread_id",
        "run_id",
        "type",
        "status",
        "step_details",
        "last_error",
        "expires_at",
        "cancelled_at",
        "failed_at",
        "completed_at",
        "usage",
        "expired_at",
        "metadata",
    }
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
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
        step_details (RunStepDetailsActivitiesObject | RunStepDetailsMessageCreationObject |
            RunStepDetailsToolCallsObject | UnknownRunStepDetails): What the step did.
        last_error (None | RunStepLastError): The last error of the step; `null` when there was none.
        expires_at (int | None): When the step expires (Unix seconds); `null` once it ended.
        cancelled_at (int | None): When the step was cancelled (Unix seconds), if it was.
        failed_at (int | None): When the step failed (Unix seconds), if it did.
        completed_at (int | None): When the step completed (Unix seconds), if it did.
        usage (None | RunStepCompletionUsage): Token usage of the step; `null` while it is in progress.
        expired_at (int | None | Unset): When the step expired (Unix seconds). Named by OpenAI's document; servers send
            `expires_at` instead.
        metadata (Metadata | None | Unset): Metadata, or `null`.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    created_at: int
    assistant_id: str
    thread_id: str
    run_id: str
    type_: RunStepType
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
    object_: Literal["thread.run.step"] = "thread.run.step"
    expired_at: int | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "id": self.id,
                "object": self.object_,
                "created_at": self.created_at,
                "assistant_id": self.assistant_id,
                "thread_id": self.thread_id,
                "run_id": self.run_id,
                "type": self.type_,
                "status": self.status,
                "step_details": _dump_step_details(self.step_details),
                "last_error": _dump_last_error(self.last_error),
                "expires_at": self.expires_at,
                "cancelled_at": self.cancelled_at,
                "failed_at": self.failed_at,
                "completed_at": self.completed_at,
                "usage": _dump_usage(self.usage),
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (expired_at := self.expired_at) is not UNSET:
            field_dict["expired_at"] = expired_at
        if (metadata := self.metadata) is not UNSET:
            field_dict["metadata"] = _dump_metadata(metadata)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepObject from decoded JSON.

        Without `strict`, what the server sent is read as it is: a field it left out stays
        absent (see `is_sent`). With `strict`, a value of the wrong JSON type, a null where
        none is allowed, or a missing required field raises, at any depth.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELD_SPECS, None)
        obj = _new(cls)
        at = ""
        try:
            obj.id = d["id"]
            obj.object_ = d["object"]
            obj.created_at = d["created_at"]
            obj.assistant_id = d["assistant_id"]
            obj.thread_id = d["thread_id"]
            obj.run_id = d["run_id"]
            at = "type"
            value = d["type"]
            obj.type_ = RunStepType.known(value) or RunStepType.from_value(value)
            at = "status"
            value = d["status"]
            obj.status = RunStepStatus.known(value) or RunStepStatus.from_value(value)
            at = "step_details"
            obj.step_details = _parse_step_details(d["step_details"], strict)
            at = "last_error"
            value = d["last_error"]
            obj.last_error = None if value is None else _parse_last_error(value, strict)
            obj.expires_at = d["expires_at"]
            obj.cancelled_at = d["cancelled_at"]
            obj.failed_at = d["failed_at"]
            obj.completed_at = d["completed_at"]
            at = "usage"
            value = d["usage"]
            obj.usage = None if value is None else _parse_usage(value, strict)
            obj.expired_at = d.get("expired_at", UNSET)
            at = "metadata"
            value = d.get("metadata", UNSET)
            obj.metadata = None if value is None else _parse_metadata(value, strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 15 + (obj.expired_at is not UNSET) + (obj.metadata is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.metadata import Metadata
from ..models.run_step_completion_usage import RunStepCompletionUsage
from ..models.run_step_details_activities_object import RunStepDetailsActivitiesObject
from ..models.run_step_details_message_creation_object import RunStepDetailsMessageCreationObject
from ..models.run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
from ..models.run_step_last_error import RunStepLastError
from ..models.unknown_run_step_details import UnknownRunStepDetails
