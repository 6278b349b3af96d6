from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import ExtraFields, FieldSpec, as_object, check_strict, drop_absent_nulls, missing_keys
from ..errors import InvalidPayloadError
from ..models.assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from ..models.run_status import RunStatus
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("id", (str,), required=True),
    FieldSpec("object", (str,), required=True, const="thread.run"),
    FieldSpec("created_at", (int,), required=True),
    FieldSpec("thread_id", (str,), required=True),
    FieldSpec("assistant_id", (str,), required=True),
    FieldSpec("status", (str,), required=True),
    FieldSpec("required_action", (dict,), required=True, nullable=True),
    FieldSpec("last_error", (dict,), required=True, nullable=True),
    FieldSpec("expires_at", (int,), required=True, nullable=True),
    FieldSpec("started_at", (int,), required=True, nullable=True),
    FieldSpec("cancelled_at", (int,), required=True, nullable=True),
    FieldSpec("failed_at", (int,), required=True, nullable=True),
    FieldSpec("completed_at", (int,), required=True, nullable=True),
    FieldSpec("incomplete_details", (dict,), required=True, nullable=True),
    FieldSpec("model", (str,), required=True),
    FieldSpec("instructions", (str,), required=True),
    FieldSpec("tools", (list,), required=True),
    FieldSpec("metadata", (dict,), required=True, nullable=True),
    FieldSpec("usage", (dict,), required=True, nullable=True),
    FieldSpec("max_prompt_tokens", (int,), required=True, nullable=True),
    FieldSpec("max_completion_tokens", (int,), required=True, nullable=True),
    FieldSpec("truncation_strategy", (dict,), required=True, nullable=True),
    FieldSpec("tool_choice", (str, dict), required=True, nullable=True),
    FieldSpec("parallel_tool_calls", (bool,), required=True),
    FieldSpec("response_format", (str, dict), required=True, nullable=True),
    FieldSpec("temperature", (float, int), nullable=True),
    FieldSpec("top_p", (float, int), nullable=True),
)
_ABSENT_IF_NULL = frozenset(
    {
        "required_action",
        "last_error",
        "expires_at",
        "started_at",
        "cancelled_at",
        "failed_at",
        "completed_at",
        "incomplete_details",
        "metadata",
        "usage",
        "max_prompt_tokens",
        "max_completion_tokens",
        "truncation_strategy",
        "tool_choice",
        "response_format",
    }
)


def _dump_required_action(value: None | RunRequiredAction | UnknownRunRequiredAction) -> Any:
    if isinstance(value, (RunRequiredAction, UnknownRunRequiredAction)):
        return value.to_dict()
    return value


def _parse_required_action(data: Any, strict: bool) -> None | RunRequiredAction | UnknownRunRequiredAction:
    if data is None:
        return None
    if type(data) is dict:
        tag = data.get("type")
        if tag == "submit_tool_outputs":
            return RunRequiredAction.from_dict(data, strict)
        return UnknownRunRequiredAction.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_last_error(value: None | RunLastError) -> Any:
    if isinstance(value, RunLastError):
        return value.to_dict()
    return value


def _parse_last_error(data: Any, strict: bool) -> None | RunLastError:
    if data is None:
        return None
    if type(data) is dict:
        return RunLastError.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_incomplete_details(value: None | RunIncompleteDetails) -> Any:
    if isinstance(value, RunIncompleteDetails):
        return value.to_dict()
    return value


def _parse_incomplete_details(data: Any, strict: bool) -> None | RunIncompleteDetails:
    if data is None:
        return None
    if type(data) is dict:
        return RunIncompleteDetails.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_tools_item(
    value: AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool,
) -> Any:
    if isinstance(value, (AssistantToolsCode, AssistantToolsFileSearch, AssistantToolsFunction, UnknownAssistantTool)):
        return value.to_dict()
    return value


def _parse_tools_item(
    data: Any, strict: bool
) -> AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool:
    if type(data) is dict:
        tag = data.get("type")
        if tag == "code_interpreter":
            return AssistantToolsCode.from_dict(data, strict)
        if tag == "file_search":
            return AssistantToolsFileSearch.from_dict(data, strict)
        if tag == "function":
            return AssistantToolsFunction.from_dict(data, strict)
        return UnknownAssistantTool.from_dict(data, strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _parse_tools(
    data: Any, strict: bool
) -> list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool]:
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool] = []
    try:
        for item in data:
            items.append(_parse_tools_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


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


def _dump_usage(value: None | RunCompletionUsage) -> Any:
    if isinstance(value, RunCompletionUsage):
        return value.to_dict()
    return value


def _parse_usage(data: Any, strict: bool) -> None | RunCompletionUsage:
    if data is None:
        return None
    if type(data) is dict:
        return RunCompletionUsage.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_truncation_strategy(value: None | TruncationObject) -> Any:
    if isinstance(value, TruncationObject):
        return value.to_dict()
    return value


def _parse_truncation_strategy(data: Any, strict: bool) -> None | TruncationObject:
    if data is None:
        return None
    if type(data) is dict:
        return TruncationObject.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_tool_choice(value: AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None) -> Any:
    if isinstance(value, AssistantsNamedToolChoice):
        return value.to_dict()
    if isinstance(value, AssistantsApiToolChoiceMode):
        return value.value
    return value


def _parse_tool_choice(data: Any, strict: bool) -> AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None:
    if data is None:
        return None
    if type(data) is dict:
        return AssistantsNamedToolChoice.from_dict(data, strict)
    if type(data) is str:
        return AssistantsApiToolChoiceMode.from_value(data)
    raise TypeError(f"expected string or object or null, got {type(data).__name__}")


def _dump_response_format(
    value: AssistantsApiResponseFormatAuto
    | None
    | ResponseFormatJsonObject
    | ResponseFormatJsonSchema
    | ResponseFormatText
    | UnknownAssistantsApiResponseFormatOption,
) -> Any:
    if isinstance(
        value,
        (
            ResponseFormatText,
            ResponseFormatJsonObject,
            ResponseFormatJsonSchema,
            UnknownAssistantsApiResponseFormatOption,
        ),
    ):
        return value.to_dict()
    if isinstance(value, AssistantsApiResponseFormatAuto):
        return value.value
    return value


def _parse_response_format(
    data: Any, strict: bool
) -> (
    AssistantsApiResponseFormatAuto
    | None
    | ResponseFormatJsonObject
    | ResponseFormatJsonSchema
    | ResponseFormatText
    | UnknownAssistantsApiResponseFormatOption
):
    if data is None:
        return None
    if type(data) is dict:
        tag = data.get("type")
        if tag == "text":
            return ResponseFormatText.from_dict(data, strict)
        if tag == "json_object":
            return ResponseFormatJsonObject.from_dict(data, strict)
        if tag == "json_schema":
            return ResponseFormatJsonSchema.from_dict(data, strict)
        return UnknownAssistantsApiResponseFormatOption.from_dict(data, strict)
    if type(data) is str:
        return AssistantsApiResponseFormatAuto.from_value(data)
    raise TypeError(f"expected string or object or null, got {type(data).__name__}")


@_attrs_define
class RunObject(ExtraFields[Any]):
    """A run: one execution of an assistant on a thread.

    Attributes:
        id (str): The identifier, which can be referenced in API endpoints.
        object_ (Literal['thread.run']): The object type, which is always `thread.run`.
        created_at (int): The Unix timestamp (in seconds) for when the run was created.
        thread_id (str): The ID of the thread that was executed on as a part of this run.
        assistant_id (str): The ID of the assistant used for execution of this run.
        status (RunStatus): The status of the run, which can be either `queued`, `in_progress`, `requires_action`,
            `cancelling`, `cancelled`, `failed`, `completed`, `incomplete`, or `expired`.
        required_action (None | RunRequiredAction | UnknownRunRequiredAction): What the run needs before it can go on;
            only set while the status is `requires_action`.
        last_error (None | RunLastError): The last error of the run; `null` when there was none.
        expires_at (int | None): The Unix timestamp (in seconds) for when the run will expire.
        started_at (int | None): The Unix timestamp (in seconds) for when the run was started.
        cancelled_at (int | None): The Unix timestamp (in seconds) for when the run was cancelled.
        failed_at (int | None): The Unix timestamp (in seconds) for when the run failed.
        completed_at (int | None): The Unix timestamp (in seconds) for when the run was completed.
        incomplete_details (None | RunIncompleteDetails): Why the run ended `incomplete`; `null` when it did not.
        model (str): The model that the assistant used for this run.
        instructions (str): The instructions that the assistant used for this run.
        tools (list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool]): The
            list of tools that the assistant used for this run.
        metadata (Metadata | None): Metadata, or `null`.
        usage (None | RunCompletionUsage): Token usage of the run; `null` until the run is in a terminal state.
        max_prompt_tokens (int | None): The maximum number of prompt tokens specified to have been used over the course
            of the run.
        max_completion_tokens (int | None): The maximum number of completion tokens specified to have been used over the
            course of the run.
        truncation_strategy (None | TruncationObject): How the thread was truncated before the run.
        tool_choice (AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None): Which tool, if any, the model was
            steered to call.
        parallel_tool_calls (bool): Whether the model may call several tools at once.
        response_format (AssistantsApiResponseFormatAuto | None | ResponseFormatJsonObject | ResponseFormatJsonSchema |
            ResponseFormatText | UnknownAssistantsApiResponseFormatOption): The format the model was asked to answer in.
        temperature (float | None | Unset): The sampling temperature used for this run. If not set, defaults to 1.
        top_p (float | None | Unset): The nucleus sampling value used for this run. If not set, defaults to 1.
    """

    id: str
    created_at: int
    thread_id: str
    assistant_id: str
    status: RunStatus
    required_action: None | RunRequiredAction | UnknownRunRequiredAction
    last_error: None | RunLastError
    expires_at: int | None
    started_at: int | None
    cancelled_at: int | None
    failed_at: int | None
    completed_at: int | None
    incomplete_details: None | RunIncompleteDetails
    model: str
    instructions: str
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool]
    metadata: Metadata | None
    usage: None | RunCompletionUsage
    max_prompt_tokens: int | None
    max_completion_tokens: int | None
    truncation_strategy: None | TruncationObject
    tool_choice: AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None
    parallel_tool_calls: bool
    response_format: (
        AssistantsApiResponseFormatAuto
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | UnknownAssistantsApiResponseFormatOption
    )
    object_: Literal["thread.run"] = "thread.run"
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "object": self.object_,
            "created_at": self.created_at,
            "thread_id": self.thread_id,
            "assistant_id": self.assistant_id,
            "status": self.status.value,
            "required_action": _dump_required_action(self.required_action),
            "last_error": _dump_last_error(self.last_error),
            "expires_at": self.expires_at,
            "started_at": self.started_at,
            "cancelled_at": self.cancelled_at,
            "failed_at": self.failed_at,
            "completed_at": self.completed_at,
            "incomplete_details": _dump_incomplete_details(self.incomplete_details),
            "model": self.model,
            "instructions": self.instructions,
            "tools": [_dump_tools_item(item) for item in self.tools],
            "metadata": _dump_metadata(self.metadata),
            "usage": _dump_usage(self.usage),
            "max_prompt_tokens": self.max_prompt_tokens,
            "max_completion_tokens": self.max_completion_tokens,
            "truncation_strategy": _dump_truncation_strategy(self.truncation_strategy),
            "tool_choice": _dump_tool_choice(self.tool_choice),
            "parallel_tool_calls": self.parallel_tool_calls,
            "response_format": _dump_response_format(self.response_format),
        }
        if not isinstance(temperature := self.temperature, Unset):
            field_dict["temperature"] = temperature
        if not isinstance(top_p := self.top_p, Unset):
            field_dict["top_p"] = top_p
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunObject from decoded JSON.

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
            v_thread_id = d.pop("thread_id")
            v_assistant_id = d.pop("assistant_id")
            at = "status"
            v_status = RunStatus.from_value(d.pop("status"))
            at = "required_action"
            v_required_action = d.pop("required_action", None)
            if v_required_action is not None:
                v_required_action = _parse_required_action(v_required_action, strict)
            at = "last_error"
            v_last_error = d.pop("last_error", None)
            if v_last_error is not None:
                v_last_error = _parse_last_error(v_last_error, strict)
            v_expires_at = d.pop("expires_at", None)
            v_started_at = d.pop("started_at", None)
            v_cancelled_at = d.pop("cancelled_at", None)
            v_failed_at = d.pop("failed_at", None)
            v_completed_at = d.pop("completed_at", None)
            at = "incomplete_details"
            v_incomplete_details = d.pop("incomplete_details", None)
            if v_incomplete_details is not None:
                v_incomplete_details = _parse_incomplete_details(v_incomplete_details, strict)
            v_model = d.pop("model")
            v_instructions = d.pop("instructions")
            at = "tools"
            v_tools = _parse_tools(d.pop("tools"), strict)
            at = "metadata"
            v_metadata = d.pop("metadata", None)
            if v_metadata is not None:
                v_metadata = _parse_metadata(v_metadata, strict)
            at = "usage"
            v_usage = d.pop("usage", None)
            if v_usage is not None:
                v_usage = _parse_usage(v_usage, strict)
            v_max_prompt_tokens = d.pop("max_prompt_tokens", None)
            v_max_completion_tokens = d.pop("max_completion_tokens", None)
            at = "truncation_strategy"
            v_truncation_strategy = d.pop("truncation_strategy", None)
            if v_truncation_strategy is not None:
                v_truncation_strategy = _parse_truncation_strategy(v_truncation_strategy, strict)
            at = "tool_choice"
            v_tool_choice = d.pop("tool_choice", None)
            if v_tool_choice is not None:
                v_tool_choice = _parse_tool_choice(v_tool_choice, strict)
            v_parallel_tool_calls = d.pop("parallel_tool_calls")
            at = "response_format"
            v_response_format = d.pop("response_format", None)
            if v_response_format is not None:
                v_response_format = _parse_response_format(v_response_format, strict)
            v_temperature = d.pop("temperature", UNSET)
            v_top_p = d.pop("top_p", UNSET)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            id=v_id,
            object_=v_object_,
            created_at=v_created_at,
            thread_id=v_thread_id,
            assistant_id=v_assistant_id,
            status=v_status,
            required_action=v_required_action,
            last_error=v_last_error,
            expires_at=v_expires_at,
            started_at=v_started_at,
            cancelled_at=v_cancelled_at,
            failed_at=v_failed_at,
            completed_at=v_completed_at,
            incomplete_details=v_incomplete_details,
            model=v_model,
            instructions=v_instructions,
            tools=v_tools,
            metadata=v_metadata,
            usage=v_usage,
            max_prompt_tokens=v_max_prompt_tokens,
            max_completion_tokens=v_max_completion_tokens,
            truncation_strategy=v_truncation_strategy,
            tool_choice=v_tool_choice,
            parallel_tool_calls=v_parallel_tool_calls,
            response_format=v_response_format,
            temperature=v_temperature,
            top_p=v_top_p,
        )
        obj.additional_properties = d
        if absent:
            obj._absent = absent
        return obj


from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_file_search import AssistantToolsFileSearch
from ..models.assistant_tools_function import AssistantToolsFunction
from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
from ..models.metadata import Metadata
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.run_completion_usage import RunCompletionUsage
from ..models.run_incomplete_details import RunIncompleteDetails
from ..models.run_last_error import RunLastError
from ..models.run_required_action import RunRequiredAction
from ..models.truncation_object import TruncationObject
from ..models.unknown_assistant_tool import UnknownAssistantTool
from ..models.unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption
from ..models.unknown_run_required_action import UnknownRunRequiredAction
