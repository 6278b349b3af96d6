from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidPayloadError
from ..models.assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from ..models.run_status import RunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunObject")


def _parse_required_action(data: object) -> None | RunRequiredAction:
    if data is None:
        return data
    if isinstance(data, dict):
        discriminator = data.get("type")
        if discriminator == "submit_tool_outputs":
            return RunRequiredAction.from_dict(data)
    if isinstance(data, dict):
        raise ValueError(f"unknown type {data.get('type')!r}")
    raise TypeError(f"expected an object, got {type(data).__name__}")


def _parse_last_error(data: object) -> None | RunLastError:
    if data is None:
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected None | RunLastError, got {type(data).__name__}")
    last_error_type_0 = RunLastError.from_dict(data)

    return last_error_type_0


def _parse_incomplete_details(data: object) -> None | RunIncompleteDetails:
    if data is None:
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected None | RunIncompleteDetails, got {type(data).__name__}")
    incomplete_details_type_0 = RunIncompleteDetails.from_dict(data)

    return incomplete_details_type_0


def _parse_tools_item(
    data: object,
) -> AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool:
    if isinstance(data, dict):
        discriminator = data.get("type")
        if discriminator == "code_interpreter":
            return AssistantToolsCode.from_dict(data)
        if discriminator == "file_search":
            return AssistantToolsFileSearch.from_dict(data)
        if discriminator == "function":
            return AssistantToolsFunction.from_dict(data)
    if not isinstance(data, dict):
        raise TypeError(
            f"expected AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool, got {type(data).__name__}"
        )
    componentsschemas_assistant_tool_type_3 = UnknownAssistantTool.from_dict(data)

    return componentsschemas_assistant_tool_type_3


def _parse_metadata(data: object) -> Metadata | None:
    if data is None:
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected Metadata | None, got {type(data).__name__}")
    componentsschemas_nullable_metadata_type_0 = Metadata.from_dict(data)

    return componentsschemas_nullable_metadata_type_0


def _parse_usage(data: object) -> None | RunCompletionUsage:
    if data is None:
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected None | RunCompletionUsage, got {type(data).__name__}")
    usage_type_0 = RunCompletionUsage.from_dict(data)

    return usage_type_0


def _parse_truncation_strategy(data: object) -> None | TruncationObject:
    if data is None:
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected None | TruncationObject, got {type(data).__name__}")
    truncation_strategy_type_0 = TruncationObject.from_dict(data)

    return truncation_strategy_type_0


def _parse_tool_choice(data: object) -> AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            componentsschemas_assistants_api_tool_choice_option_type_0 = AssistantsApiToolChoiceMode.from_value(data)

            return componentsschemas_assistants_api_tool_choice_option_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError(
            f"expected AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None, got {type(data).__name__}"
        )
    componentsschemas_assistants_api_tool_choice_option_type_1 = AssistantsNamedToolChoice.from_dict(data)

    return componentsschemas_assistants_api_tool_choice_option_type_1


def _parse_response_format(
    data: object,
) -> (
    AssistantsApiResponseFormatAuto
    | None
    | ResponseFormatJsonObject
    | ResponseFormatJsonSchema
    | ResponseFormatText
    | UnknownAssistantsApiResponseFormatOption
):
    if data is None:
        return data
    if isinstance(data, dict):
        discriminator = data.get("type")
        if discriminator == "text":
            return ResponseFormatText.from_dict(data)
        if discriminator == "json_object":
            return ResponseFormatJsonObject.from_dict(data)
        if discriminator == "json_schema":
            return ResponseFormatJsonSchema.from_dict(data)
    if isinstance(data, str):
        try:
            componentsschemas_assistants_api_response_format_option_type_0 = AssistantsApiResponseFormatAuto.from_value(
                data
            )

            return componentsschemas_assistants_api_response_format_option_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError(
            f"expected AssistantsApiResponseFormatAuto | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | UnknownAssistantsApiResponseFormatOption, got {type(data).__name__}"
        )
    componentsschemas_assistants_api_response_format_option_type_4 = UnknownAssistantsApiResponseFormatOption.from_dict(
        data
    )

    return componentsschemas_assistants_api_response_format_option_type_4


@_attrs_define
class RunObject:
    """A run: one execution of an assistant on a thread.

    Attributes:
        id (str): The identifier, which can be referenced in API endpoints.
        object_ (Literal['thread.run']): The object type, which is always `thread.run`.
        created_at (int): The Unix timestamp (in seconds) for when the run was created.
        thread_id (str): The ID of the thread that was executed on as a part of this run.
        assistant_id (str): The ID of the assistant used for execution of this run.
        status (RunStatus): The status of the run, which can be either `queued`, `in_progress`, `requires_action`,
            `cancelling`, `cancelled`, `failed`, `completed`, `incomplete`, or `expired`.
        required_action (None | RunRequiredAction): What the run needs before it can go on; only set while the status is
            `requires_action`.
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
    required_action: None | RunRequiredAction
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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created_at = self.created_at

        thread_id = self.thread_id

        assistant_id = self.assistant_id

        status = self.status.value

        required_action: dict[str, Any] | None
        if isinstance(self.required_action, RunRequiredAction):
            required_action = self.required_action.to_dict()
        else:
            required_action = self.required_action

        last_error: dict[str, Any] | None
        if isinstance(self.last_error, RunLastError):
            last_error = self.last_error.to_dict()
        else:
            last_error = self.last_error

        expires_at: int | None
        expires_at = self.expires_at

        started_at: int | None
        started_at = self.started_at

        cancelled_at: int | None
        cancelled_at = self.cancelled_at

        failed_at: int | None
        failed_at = self.failed_at

        completed_at: int | None
        completed_at = self.completed_at

        incomplete_details: dict[str, Any] | None
        if isinstance(self.incomplete_details, RunIncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        model = self.model

        instructions = self.instructions

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if (
                isinstance(tools_item_data, AssistantToolsCode)
                or isinstance(tools_item_data, AssistantToolsFileSearch)
                or isinstance(tools_item_data, AssistantToolsFunction)
            ):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        usage: dict[str, Any] | None
        if isinstance(self.usage, RunCompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        max_prompt_tokens: int | None
        max_prompt_tokens = self.max_prompt_tokens

        max_completion_tokens: int | None
        max_completion_tokens = self.max_completion_tokens

        truncation_strategy: dict[str, Any] | None
        if isinstance(self.truncation_strategy, TruncationObject):
            truncation_strategy = self.truncation_strategy.to_dict()
        else:
            truncation_strategy = self.truncation_strategy

        tool_choice: dict[str, Any] | None | str
        if isinstance(self.tool_choice, AssistantsApiToolChoiceMode):
            tool_choice = self.tool_choice.value
        elif isinstance(self.tool_choice, AssistantsNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        parallel_tool_calls = self.parallel_tool_calls

        response_format: dict[str, Any] | None | str
        if isinstance(self.response_format, AssistantsApiResponseFormatAuto):
            response_format = self.response_format.value
        elif (
            isinstance(self.response_format, ResponseFormatText)
            or isinstance(self.response_format, ResponseFormatJsonObject)
            or isinstance(self.response_format, ResponseFormatJsonSchema)
            or isinstance(self.response_format, UnknownAssistantsApiResponseFormatOption)
        ):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "thread_id": thread_id,
                "assistant_id": assistant_id,
                "status": status,
                "required_action": required_action,
                "last_error": last_error,
                "expires_at": expires_at,
                "started_at": started_at,
                "cancelled_at": cancelled_at,
                "failed_at": failed_at,
                "completed_at": completed_at,
                "incomplete_details": incomplete_details,
                "model": model,
                "instructions": instructions,
                "tools": tools,
                "metadata": metadata,
                "usage": usage,
                "max_prompt_tokens": max_prompt_tokens,
                "max_completion_tokens": max_completion_tokens,
                "truncation_strategy": truncation_strategy,
                "tool_choice": tool_choice,
                "parallel_tool_calls": parallel_tool_calls,
                "response_format": response_format,
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a RunObject from decoded JSON.

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
                object_: Literal["thread.run"] = d.pop("object")
                if object_ != "thread.run":
                    raise ValueError(f"object must match const 'thread.run', got '{object_}'")
            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "object") from _exc

            created_at = d.pop("created_at")

            thread_id = d.pop("thread_id")

            assistant_id = d.pop("assistant_id")

            try:
                status = RunStatus.from_value(d.pop("status"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "status") from _exc

            try:
                required_action = _parse_required_action(d.pop("required_action"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "required_action") from _exc

            try:
                last_error = _parse_last_error(d.pop("last_error"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "last_error") from _exc

            expires_at: int | None = d.pop("expires_at")

            started_at: int | None = d.pop("started_at")

            cancelled_at: int | None = d.pop("cancelled_at")

            failed_at: int | None = d.pop("failed_at")

            completed_at: int | None = d.pop("completed_at")

            try:
                incomplete_details = _parse_incomplete_details(d.pop("incomplete_details"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "incomplete_details") from _exc

            model = d.pop("model")

            instructions = d.pop("instructions")

            try:
                _tools = d.pop("tools")
                if not isinstance(_tools, list):
                    raise TypeError(f"expected an array, got {type(_tools).__name__}")
                tools = []
                try:
                    for tools_item_data in _tools:
                        tools_item = _parse_tools_item(tools_item_data)

                        tools.append(tools_item)
                except (TypeError, ValueError, AttributeError, KeyError) as _exc:
                    raise InvalidPayloadError.wrap(_exc, f"[{len(tools)}]") from _exc

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "tools") from _exc

            try:
                metadata = _parse_metadata(d.pop("metadata"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "metadata") from _exc

            try:
                usage = _parse_usage(d.pop("usage"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "usage") from _exc

            max_prompt_tokens: int | None = d.pop("max_prompt_tokens")

            max_completion_tokens: int | None = d.pop("max_completion_tokens")

            try:
                truncation_strategy = _parse_truncation_strategy(d.pop("truncation_strategy"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "truncation_strategy") from _exc

            try:
                tool_choice = _parse_tool_choice(d.pop("tool_choice"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "tool_choice") from _exc

            parallel_tool_calls = d.pop("parallel_tool_calls")

            try:
                response_format = _parse_response_format(d.pop("response_format"))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "response_format") from _exc

            temperature: float | None | Unset = d.pop("temperature", UNSET)

            top_p: float | None | Unset = d.pop("top_p", UNSET)

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        run_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            assistant_id=assistant_id,
            status=status,
            required_action=required_action,
            last_error=last_error,
            expires_at=expires_at,
            started_at=started_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
            completed_at=completed_at,
            incomplete_details=incomplete_details,
            model=model,
            instructions=instructions,
            tools=tools,
            metadata=metadata,
            usage=usage,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
            temperature=temperature,
            top_p=top_p,
        )

        run_object.additional_properties = d
        return run_object

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
