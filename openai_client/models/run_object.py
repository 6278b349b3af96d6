from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    ExtraFields,
    FieldSpec,
    as_list,
    as_object,
    check_strict,
    dump_sent,
    read_sent,
)
from ..errors import InvalidPayloadError
from ..models.assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from ..models.run_status import RunStatus
from ..types import UNSET, Unset


def _parse_status(data: Any, strict: bool) -> RunStatus:
    return RunStatus.known(data) or RunStatus.from_value(data)


def _parse_required_action(
    data: Any, strict: bool
) -> None | RunRequiredAction | RunRequiredActionSubmitToolApproval | UnknownRunObjectRequiredAction:
    if data is None:
        return None
    if type(data) is dict:
        tag = data.get("type")
        if tag == "submit_tool_outputs":
            return RunRequiredAction.from_dict(data, strict)
        if tag == "submit_tool_approval":
            return RunRequiredActionSubmitToolApproval.from_dict(data, strict)
        return UnknownRunObjectRequiredAction.from_dict(data, strict)
    if isinstance(data, (RunRequiredAction, RunRequiredActionSubmitToolApproval, UnknownRunObjectRequiredAction)):
        return data
    if isinstance(data, Mapping):
        return _parse_required_action(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_required_action(value: Any) -> Any:
    if isinstance(value, (RunRequiredAction, RunRequiredActionSubmitToolApproval, UnknownRunObjectRequiredAction)):
        return value.to_dict()
    return value


def _parse_last_error(data: Any, strict: bool) -> None | RunLastError:
    if data is None:
        return None
    if type(data) is dict:
        return RunLastError.from_dict(data, strict)
    if isinstance(data, RunLastError):
        return data
    if isinstance(data, Mapping):
        return _parse_last_error(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_last_error(value: Any) -> Any:
    if isinstance(value, RunLastError):
        return value.to_dict()
    return value


def _parse_incomplete_details(data: Any, strict: bool) -> None | RunIncompleteDetails:
    if data is None:
        return None
    if type(data) is dict:
        return RunIncompleteDetails.from_dict(data, strict)
    if isinstance(data, RunIncompleteDetails):
        return data
    if isinstance(data, Mapping):
        return _parse_incomplete_details(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_incomplete_details(value: Any) -> Any:
    if isinstance(value, RunIncompleteDetails):
        return value.to_dict()
    return value


def _parse_tools_item(
    data: Any, strict: bool
) -> (
    AssistantToolsAzureAISearch
    | AssistantToolsAzureFunction
    | AssistantToolsBingCustomSearch
    | AssistantToolsBingGrounding
    | AssistantToolsBrowserAutomation
    | AssistantToolsCode
    | AssistantToolsConnectedAgent
    | AssistantToolsDeepResearch
    | AssistantToolsFabric
    | AssistantToolsFileSearch
    | AssistantToolsFunction
    | AssistantToolsMcp
    | AssistantToolsOpenApi
    | AssistantToolsSharepoint
    | UnknownAssistantTool
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "code_interpreter":
            return AssistantToolsCode.from_dict(data, strict)
        if tag == "file_search":
            return AssistantToolsFileSearch.from_dict(data, strict)
        if tag == "function":
            return AssistantToolsFunction.from_dict(data, strict)
        if tag == "azure_ai_search":
            return AssistantToolsAzureAISearch.from_dict(data, strict)
        if tag == "bing_grounding":
            return AssistantToolsBingGrounding.from_dict(data, strict)
        if tag == "bing_custom_search":
            return AssistantToolsBingCustomSearch.from_dict(data, strict)
        if tag == "openapi":
            return AssistantToolsOpenApi.from_dict(data, strict)
        if tag == "azure_function":
            return AssistantToolsAzureFunction.from_dict(data, strict)
        if tag == "connected_agent":
            return AssistantToolsConnectedAgent.from_dict(data, strict)
        if tag == "mcp":
            return AssistantToolsMcp.from_dict(data, strict)
        if tag == "deep_research":
            return AssistantToolsDeepResearch.from_dict(data, strict)
        if tag == "fabric_dataagent":
            return AssistantToolsFabric.from_dict(data, strict)
        if tag == "sharepoint_grounding":
            return AssistantToolsSharepoint.from_dict(data, strict)
        if tag == "browser_automation":
            return AssistantToolsBrowserAutomation.from_dict(data, strict)
        return UnknownAssistantTool.from_dict(data, strict)
    if isinstance(
        data,
        (
            AssistantToolsCode,
            AssistantToolsFileSearch,
            AssistantToolsFunction,
            AssistantToolsAzureAISearch,
            AssistantToolsBingGrounding,
            AssistantToolsBingCustomSearch,
            AssistantToolsOpenApi,
            AssistantToolsAzureFunction,
            AssistantToolsConnectedAgent,
            AssistantToolsMcp,
            AssistantToolsDeepResearch,
            AssistantToolsFabric,
            AssistantToolsSharepoint,
            AssistantToolsBrowserAutomation,
            UnknownAssistantTool,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_tools_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_tools_item(value: Any) -> Any:
    if isinstance(
        value,
        (
            AssistantToolsCode,
            AssistantToolsFileSearch,
            AssistantToolsFunction,
            AssistantToolsAzureAISearch,
            AssistantToolsBingGrounding,
            AssistantToolsBingCustomSearch,
            AssistantToolsOpenApi,
            AssistantToolsAzureFunction,
            AssistantToolsConnectedAgent,
            AssistantToolsMcp,
            AssistantToolsDeepResearch,
            AssistantToolsFabric,
            AssistantToolsSharepoint,
            AssistantToolsBrowserAutomation,
            UnknownAssistantTool,
        ),
    ):
        return value.to_dict()
    return value


def _parse_tools(
    data: Any, strict: bool
) -> list[
    AssistantToolsAzureAISearch
    | AssistantToolsAzureFunction
    | AssistantToolsBingCustomSearch
    | AssistantToolsBingGrounding
    | AssistantToolsBrowserAutomation
    | AssistantToolsCode
    | AssistantToolsConnectedAgent
    | AssistantToolsDeepResearch
    | AssistantToolsFabric
    | AssistantToolsFileSearch
    | AssistantToolsFunction
    | AssistantToolsMcp
    | AssistantToolsOpenApi
    | AssistantToolsSharepoint
    | UnknownAssistantTool
]:
    listed = data if type(data) is list else as_list(data)
    items: list[
        AssistantToolsAzureAISearch
        | AssistantToolsAzureFunction
        | AssistantToolsBingCustomSearch
        | AssistantToolsBingGrounding
        | AssistantToolsBrowserAutomation
        | AssistantToolsCode
        | AssistantToolsConnectedAgent
        | AssistantToolsDeepResearch
        | AssistantToolsFabric
        | AssistantToolsFileSearch
        | AssistantToolsFunction
        | AssistantToolsMcp
        | AssistantToolsOpenApi
        | AssistantToolsSharepoint
        | UnknownAssistantTool
    ] = []
    try:
        for item in listed:
            items.append(_parse_tools_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tools(value: Any) -> Any:
    return [_dump_tools_item(item) for item in value]


def _parse_metadata(data: Any, strict: bool) -> Metadata | None:
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


def _parse_usage(data: Any, strict: bool) -> None | RunCompletionUsage:
    if data is None:
        return None
    if type(data) is dict:
        return RunCompletionUsage.from_dict(data, strict)
    if isinstance(data, RunCompletionUsage):
        return data
    if isinstance(data, Mapping):
        return _parse_usage(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_usage(value: Any) -> Any:
    if isinstance(value, RunCompletionUsage):
        return value.to_dict()
    return value


def _parse_truncation_strategy(data: Any, strict: bool) -> None | TruncationObject:
    if data is None:
        return None
    if type(data) is dict:
        return TruncationObject.from_dict(data, strict)
    if isinstance(data, TruncationObject):
        return data
    if isinstance(data, Mapping):
        return _parse_truncation_strategy(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_truncation_strategy(value: Any) -> Any:
    if isinstance(value, TruncationObject):
        return value.to_dict()
    return value


def _parse_tool_choice(data: Any, strict: bool) -> AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None:
    if data is None:
        return None
    if type(data) is dict:
        return AssistantsNamedToolChoice.from_dict(data, strict)
    if isinstance(data, str):
        return AssistantsApiToolChoiceMode.known(data) or AssistantsApiToolChoiceMode.from_value(data)
    if isinstance(data, AssistantsNamedToolChoice):
        return data
    if isinstance(data, Mapping):
        return _parse_tool_choice(dict(data), strict)
    raise TypeError(f"expected string or object or null, got {type(data).__name__}")


def _dump_tool_choice(value: Any) -> Any:
    if isinstance(value, AssistantsNamedToolChoice):
        return value.to_dict()
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
    if isinstance(data, str):
        return AssistantsApiResponseFormatAuto.known(data) or AssistantsApiResponseFormatAuto.from_value(data)
    if isinstance(
        data,
        (
            ResponseFormatText,
            ResponseFormatJsonObject,
            ResponseFormatJsonSchema,
            UnknownAssistantsApiResponseFormatOption,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_response_format(dict(data), strict)
    raise TypeError(f"expected string or object or null, got {type(data).__name__}")


def _dump_response_format(value: Any) -> Any:
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
    return value


def _parse_tool_resources(data: Any, strict: bool) -> None | ThreadObjectToolResources | Unset:
    if data is UNSET:
        return Unset.UNSET
    if data is None:
        return None
    if type(data) is dict:
        return ThreadObjectToolResources.from_dict(data, strict)
    if isinstance(data, ThreadObjectToolResources):
        return data
    if isinstance(data, Mapping):
        return _parse_tool_resources(dict(data), strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_tool_resources(value: Any) -> Any:
    if isinstance(value, ThreadObjectToolResources):
        return value.to_dict()
    return value


_FIELD_SPECS = (
    FieldSpec("id", "id", (str,), required=True),
    FieldSpec("object", "object_", (str,), required=True, const="thread.run"),
    FieldSpec("created_at", "created_at", (int,), required=True),
    FieldSpec("thread_id", "thread_id", (str,), required=True),
    FieldSpec("assistant_id", "assistant_id", (str,), required=True),
    FieldSpec("status", "status", (str,), required=True, read=_parse_status),
    FieldSpec(
        "required_action",
        "required_action",
        (dict,),
        required=True,
        nullable=True,
        read=_parse_required_action,
        dump=_dump_required_action,
    ),
    FieldSpec(
        "last_error", "last_error", (dict,), required=True, nullable=True, read=_parse_last_error, dump=_dump_last_error
    ),
    FieldSpec("expires_at", "expires_at", (int,), required=True, nullable=True),
    FieldSpec("started_at", "started_at", (int,), required=True, nullable=True),
    FieldSpec("cancelled_at", "cancelled_at", (int,), required=True, nullable=True),
    FieldSpec("failed_at", "failed_at", (int,), required=True, nullable=True),
    FieldSpec("completed_at", "completed_at", (int,), required=True, nullable=True),
    FieldSpec(
        "incomplete_details",
        "incomplete_details",
        (dict,),
        required=True,
        nullable=True,
        read=_parse_incomplete_details,
        dump=_dump_incomplete_details,
    ),
    FieldSpec("model", "model", (str,), required=True),
    FieldSpec("instructions", "instructions", (str,), required=True, nullable=True),
    FieldSpec("tools", "tools", (list,), required=True, read=_parse_tools, dump=_dump_tools),
    FieldSpec("metadata", "metadata", (dict,), required=True, nullable=True, read=_parse_metadata, dump=_dump_metadata),
    FieldSpec("usage", "usage", (dict,), required=True, nullable=True, read=_parse_usage, dump=_dump_usage),
    FieldSpec("max_prompt_tokens", "max_prompt_tokens", (int,), required=True, nullable=True),
    FieldSpec("max_completion_tokens", "max_completion_tokens", (int,), required=True, nullable=True),
    FieldSpec(
        "truncation_strategy",
        "truncation_strategy",
        (dict,),
        required=True,
        nullable=True,
        read=_parse_truncation_strategy,
        dump=_dump_truncation_strategy,
    ),
    FieldSpec(
        "tool_choice",
        "tool_choice",
        (str, dict),
        required=True,
        nullable=True,
        read=_parse_tool_choice,
        dump=_dump_tool_choice,
    ),
    FieldSpec("parallel_tool_calls", "parallel_tool_calls", (bool,), required=True),
    FieldSpec(
        "response_format",
        "response_format",
        (str, dict),
        required=True,
        nullable=True,
        read=_parse_response_format,
        dump=_dump_response_format,
    ),
    FieldSpec("temperature", "temperature", (float, int), nullable=True),
    FieldSpec("top_p", "top_p", (float, int), nullable=True),
    FieldSpec(
        "tool_resources",
        "tool_resources",
        (dict,),
        nullable=True,
        read=_parse_tool_resources,
        dump=_dump_tool_resources,
    ),
)
_KNOWN = frozenset(
    {
        "id",
        "object",
        "created_at",
        "thread_id",
        "assistant_id",
        "status",
        "required_action",
        "last_error",
        "expires_at",
        "started_at",
        "cancelled_at",
        "failed_at",
        "completed_at",
        "incomplete_details",
        "model",
        "instructions",
        "tools",
        "metadata",
        "usage",
        "max_prompt_tokens",
        "max_completion_tokens",
        "truncation_strategy",
        "tool_choice",
        "parallel_tool_calls",
        "response_format",
        "temperature",
        "top_p",
        "tool_resources",
    }
)
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunObject(ExtraFields[Any]):
    """A run: one execution of an assistant on a thread.

    Attributes:
        id (str): The identifier, which can be referenced in API endpoints.
        object_ (Literal['thread.run']): The object type, which is always `thread.run`.
        created_at (int): The Unix timestamp (in seconds) for when the run was created.
        thread_id (str): The ID of the thread that was executed on as a part of this run.
        assistant_id (str): The ID of the assistant used for execution of this run.
        status (RunStatus): The status of the run, which can be either `queued`, `in_progress`, `requires_action`,
            `cancelling`, `cancelled`, `failed`, `completed`, `incomplete`, or `expired`. Foundry Agent Service's
            description has no `incomplete` (its runs end `completed` or `failed` instead); the value stays here for
            OpenAI's servers.
        required_action (None | RunRequiredAction | RunRequiredActionSubmitToolApproval |
            UnknownRunObjectRequiredAction): What the run needs before it can go on; only set while the status is
            `requires_action`.
        last_error (None | RunLastError): The last error of the run; `null` when there was none.
        expires_at (int | None): The Unix timestamp (in seconds) for when the run will expire.
        started_at (int | None): The Unix timestamp (in seconds) for when the run was started.
        cancelled_at (int | None): The Unix timestamp (in seconds) for when the run was cancelled.
        failed_at (int | None): The Unix timestamp (in seconds) for when the run failed.
        completed_at (int | None): The Unix timestamp (in seconds) for when the run was completed.
        incomplete_details (None | RunIncompleteDetails): Why the run ended `incomplete`; `null` when it did not.
        model (str): The model that the assistant used for this run.
        instructions (None | str): The instructions that the assistant used for this run; `null` when it had none.
        tools (list[AssistantToolsAzureAISearch | AssistantToolsAzureFunction | AssistantToolsBingCustomSearch |
            AssistantToolsBingGrounding | AssistantToolsBrowserAutomation | AssistantToolsCode |
            AssistantToolsConnectedAgent | AssistantToolsDeepResearch | AssistantToolsFabric | AssistantToolsFileSearch |
            AssistantToolsFunction | AssistantToolsMcp | AssistantToolsOpenApi | AssistantToolsSharepoint |
            UnknownAssistantTool]): The list of tools that the assistant used for this run.
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
        tool_resources (None | ThreadObjectToolResources | Unset): Foundry: the tool resources this run used in place of
            its assistant's (sent by Foundry Agent Service only; OpenAI's runs have no such field).
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    id: str
    created_at: int
    thread_id: str
    assistant_id: str
    status: RunStatus
    required_action: None | RunRequiredAction | RunRequiredActionSubmitToolApproval | UnknownRunObjectRequiredAction
    last_error: None | RunLastError
    expires_at: int | None
    started_at: int | None
    cancelled_at: int | None
    failed_at: int | None
    completed_at: int | None
    incomplete_details: None | RunIncompleteDetails
    model: str
    instructions: None | str
    tools: list[
        AssistantToolsAzureAISearch
        | AssistantToolsAzureFunction
        | AssistantToolsBingCustomSearch
        | AssistantToolsBingGrounding
        | AssistantToolsBrowserAutomation
        | AssistantToolsCode
        | AssistantToolsConnectedAgent
        | AssistantToolsDeepResearch
        | AssistantToolsFabric
        | AssistantToolsFileSearch
        | AssistantToolsFunction
        | AssistantToolsMcp
        | AssistantToolsOpenApi
        | AssistantToolsSharepoint
        | UnknownAssistantTool
    ]
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
    tool_resources: None | ThreadObjectToolResources | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "id": self.id,
                "object": self.object_,
                "created_at": self.created_at,
                "thread_id": self.thread_id,
                "assistant_id": self.assistant_id,
                "status": self.status,
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
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (temperature := self.temperature) is not UNSET:
            field_dict["temperature"] = temperature
        if (top_p := self.top_p) is not UNSET:
            field_dict["top_p"] = top_p
        if (tool_resources := self.tool_resources) is not UNSET:
            field_dict["tool_resources"] = _dump_tool_resources(tool_resources)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunObject from decoded JSON.

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
            obj.thread_id = d["thread_id"]
            obj.assistant_id = d["assistant_id"]
            at = "status"
            value = d["status"]
            obj.status = RunStatus.known(value) or RunStatus.from_value(value)
            at = "required_action"
            value = d["required_action"]
            obj.required_action = None if value is None else _parse_required_action(value, strict)
            at = "last_error"
            value = d["last_error"]
            obj.last_error = None if value is None else _parse_last_error(value, strict)
            obj.expires_at = d["expires_at"]
            obj.started_at = d["started_at"]
            obj.cancelled_at = d["cancelled_at"]
            obj.failed_at = d["failed_at"]
            obj.completed_at = d["completed_at"]
            at = "incomplete_details"
            value = d["incomplete_details"]
            obj.incomplete_details = None if value is None else _parse_incomplete_details(value, strict)
            obj.model = d["model"]
            obj.instructions = d["instructions"]
            at = "tools"
            obj.tools = _parse_tools(d["tools"], strict)
            at = "metadata"
            value = d["metadata"]
            obj.metadata = None if value is None else _parse_metadata(value, strict)
            at = "usage"
            value = d["usage"]
            obj.usage = None if value is None else _parse_usage(value, strict)
            obj.max_prompt_tokens = d["max_prompt_tokens"]
            obj.max_completion_tokens = d["max_completion_tokens"]
            at = "truncation_strategy"
            value = d["truncation_strategy"]
            obj.truncation_strategy = None if value is None else _parse_truncation_strategy(value, strict)
            at = "tool_choice"
            value = d["tool_choice"]
            obj.tool_choice = None if value is None else _parse_tool_choice(value, strict)
            obj.parallel_tool_calls = d["parallel_tool_calls"]
            at = "response_format"
            value = d["response_format"]
            obj.response_format = None if value is None else _parse_response_format(value, strict)
            obj.temperature = d.get("temperature", UNSET)
            obj.top_p = d.get("top_p", UNSET)
            at = "tool_resources"
            value = d.get("tool_resources", UNSET)
            obj.tool_resources = None if value is None else _parse_tool_resources(value, strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 25 + (obj.temperature is not UNSET) + (obj.top_p is not UNSET) + (obj.tool_resources is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.assistant_tools_azure_ai_search import AssistantToolsAzureAISearch
from ..models.assistant_tools_azure_function import AssistantToolsAzureFunction
from ..models.assistant_tools_bing_custom_search import AssistantToolsBingCustomSearch
from ..models.assistant_tools_bing_grounding import AssistantToolsBingGrounding
from ..models.assistant_tools_browser_automation import AssistantToolsBrowserAutomation
from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_connected_agent import AssistantToolsConnectedAgent
from ..models.assistant_tools_deep_research import AssistantToolsDeepResearch
from ..models.assistant_tools_fabric import AssistantToolsFabric
from ..models.assistant_tools_file_search import AssistantToolsFileSearch
from ..models.assistant_tools_function import AssistantToolsFunction
from ..models.assistant_tools_mcp import AssistantToolsMcp
from ..models.assistant_tools_open_api import AssistantToolsOpenApi
from ..models.assistant_tools_sharepoint import AssistantToolsSharepoint
from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
from ..models.metadata import Metadata
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.run_completion_usage import RunCompletionUsage
from ..models.run_incomplete_details import RunIncompleteDetails
from ..models.run_last_error import RunLastError
from ..models.run_required_action import RunRequiredAction
from ..models.run_required_action_submit_tool_approval import RunRequiredActionSubmitToolApproval
from ..models.thread_object_tool_resources import ThreadObjectToolResources
from ..models.truncation_object import TruncationObject
from ..models.unknown_assistant_tool import UnknownAssistantTool
from ..models.unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption
from ..models.unknown_run_object_required_action import UnknownRunObjectRequiredAction
