from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..errors import InvalidPayloadError
from ..models.assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from ..models.thread_and_run_supported_models import ThreadAndRunSupportedModels
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateThreadAndRunRequest")


def _parse_model(data: object) -> None | str | ThreadAndRunSupportedModels | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            model_type_1 = ThreadAndRunSupportedModels.from_value(data)

            return model_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | str | ThreadAndRunSupportedModels | Unset, data)


def _parse_tools(
    data: object,
) -> list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise TypeError(
            f"expected list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool] | None | Unset, got {type(data).__name__}"
        )
    _tools_type_0 = data
    if not isinstance(_tools_type_0, list):
        raise TypeError(f"expected an array, got {type(_tools_type_0).__name__}")
    tools_type_0 = []
    try:
        for tools_type_0_item_data in _tools_type_0:
            tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

            tools_type_0.append(tools_type_0_item)
    except (TypeError, ValueError, AttributeError, KeyError) as _exc:
        raise InvalidPayloadError.wrap(_exc, f"[{len(tools_type_0)}]") from _exc

    return tools_type_0


def _parse_tools_type_0_item(
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


def _parse_tool_resources(data: object) -> None | ThreadAndRunToolResources | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected None | ThreadAndRunToolResources | Unset, got {type(data).__name__}")
    tool_resources_type_0 = ThreadAndRunToolResources.from_dict(data)

    return tool_resources_type_0


def _parse_metadata(data: object) -> Metadata | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected Metadata | None | Unset, got {type(data).__name__}")
    componentsschemas_nullable_metadata_type_0 = Metadata.from_dict(data)

    return componentsschemas_nullable_metadata_type_0


def _parse_truncation_strategy(data: object) -> None | TruncationObject | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected None | TruncationObject | Unset, got {type(data).__name__}")
    truncation_strategy_type_0 = TruncationObject.from_dict(data)

    return truncation_strategy_type_0


def _parse_tool_choice(data: object) -> AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            componentsschemas_assistants_api_tool_choice_option_type_0 = AssistantsApiToolChoiceMode.from_value(data)

            return componentsschemas_assistants_api_tool_choice_option_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError(
            f"expected AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset, got {type(data).__name__}"
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
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
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
            f"expected AssistantsApiResponseFormatAuto | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | UnknownAssistantsApiResponseFormatOption | Unset, got {type(data).__name__}"
        )
    componentsschemas_assistants_api_response_format_option_type_4 = UnknownAssistantsApiResponseFormatOption.from_dict(
        data
    )

    return componentsschemas_assistants_api_response_format_option_type_4


@_attrs_define
class CreateThreadAndRunRequest:
    """A new thread and what to run on it.

    Attributes:
        assistant_id (str): Assistant to run.
        thread (CreateThreadRequest | Unset): A thread to create.
        model (None | str | ThreadAndRunSupportedModels | Unset): Model to use instead of the assistant's.
        instructions (None | str | Unset): Instructions that replace the assistant's for this run.
        tools (list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool] |
            None | Unset): Tools that replace the assistant's for this run.
        tool_resources (None | ThreadAndRunToolResources | Unset): Files and vector stores for the tools of this run.
        metadata (Metadata | None | Unset): Metadata, or `null`.
        temperature (float | None | Unset): Sampling temperature, 0 to 2. Default: 1.0.
        top_p (float | None | Unset): Nucleus sampling mass, 0 to 1. Default: 1.0.
        stream (bool | None | Unset): Stream server-sent events (not supported by this client's parser).
        max_prompt_tokens (int | None | Unset): Most prompt tokens the run may use.
        max_completion_tokens (int | None | Unset): Most completion tokens the run may use.
        truncation_strategy (None | TruncationObject | Unset): How to truncate the thread before the run.
        tool_choice (AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset): Which tool, if any, the
            model must call.
        parallel_tool_calls (bool | Unset): Whether the model may call several tools at once.
        response_format (AssistantsApiResponseFormatAuto | None | ResponseFormatJsonObject | ResponseFormatJsonSchema |
            ResponseFormatText | UnknownAssistantsApiResponseFormatOption | Unset): Format the model must answer in.
    """

    assistant_id: str
    thread: CreateThreadRequest | Unset = UNSET
    model: None | str | ThreadAndRunSupportedModels | Unset = UNSET
    instructions: None | str | Unset = UNSET
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool]
        | None
        | Unset
    ) = UNSET
    tool_resources: None | ThreadAndRunToolResources | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    max_prompt_tokens: int | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    truncation_strategy: None | TruncationObject | Unset = UNSET
    tool_choice: AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    response_format: (
        AssistantsApiResponseFormatAuto
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | UnknownAssistantsApiResponseFormatOption
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        assistant_id = self.assistant_id

        thread: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thread, Unset):
            thread = self.thread.to_dict()

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, ThreadAndRunSupportedModels):
            model = self.model.value
        else:
            model = self.model

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if (
                    isinstance(tools_type_0_item_data, AssistantToolsCode)
                    or isinstance(tools_type_0_item_data, AssistantToolsFileSearch)
                    or isinstance(tools_type_0_item_data, AssistantToolsFunction)
                ):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, ThreadAndRunToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        max_prompt_tokens: int | None | Unset
        if isinstance(self.max_prompt_tokens, Unset):
            max_prompt_tokens = UNSET
        else:
            max_prompt_tokens = self.max_prompt_tokens

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        truncation_strategy: dict[str, Any] | None | Unset
        if isinstance(self.truncation_strategy, Unset):
            truncation_strategy = UNSET
        elif isinstance(self.truncation_strategy, TruncationObject):
            truncation_strategy = self.truncation_strategy.to_dict()
        else:
            truncation_strategy = self.truncation_strategy

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, AssistantsApiToolChoiceMode):
            tool_choice = self.tool_choice.value
        elif isinstance(self.tool_choice, AssistantsNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        parallel_tool_calls = self.parallel_tool_calls

        response_format: dict[str, Any] | None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, AssistantsApiResponseFormatAuto):
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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assistant_id": assistant_id,
            }
        )
        if thread is not UNSET:
            field_dict["thread"] = thread
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if stream is not UNSET:
            field_dict["stream"] = stream
        if max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if truncation_strategy is not UNSET:
            field_dict["truncation_strategy"] = truncation_strategy
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build a CreateThreadAndRunRequest from decoded JSON.

        Raises:
            InvalidPayloadError: `src_dict` is not an object, lacks a required field, or a
                field does not have the declared shape. Its `path` names the field.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise InvalidPayloadError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            assistant_id = d.pop("assistant_id")

            try:
                _thread = d.pop("thread", UNSET)
                thread: CreateThreadRequest | Unset
                if isinstance(_thread, Unset):
                    thread = UNSET
                else:
                    thread = CreateThreadRequest.from_dict(_thread)

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "thread") from _exc

            try:
                model = _parse_model(d.pop("model", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "model") from _exc

            instructions: None | str | Unset = d.pop("instructions", UNSET)

            try:
                tools = _parse_tools(d.pop("tools", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "tools") from _exc

            try:
                tool_resources = _parse_tool_resources(d.pop("tool_resources", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "tool_resources") from _exc

            try:
                metadata = _parse_metadata(d.pop("metadata", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "metadata") from _exc

            temperature: float | None | Unset = d.pop("temperature", UNSET)

            top_p: float | None | Unset = d.pop("top_p", UNSET)

            stream: bool | None | Unset = d.pop("stream", UNSET)

            max_prompt_tokens: int | None | Unset = d.pop("max_prompt_tokens", UNSET)

            max_completion_tokens: int | None | Unset = d.pop("max_completion_tokens", UNSET)

            try:
                truncation_strategy = _parse_truncation_strategy(d.pop("truncation_strategy", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "truncation_strategy") from _exc

            try:
                tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "tool_choice") from _exc

            parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

            try:
                response_format = _parse_response_format(d.pop("response_format", UNSET))

            except (TypeError, ValueError, AttributeError) as _exc:
                raise InvalidPayloadError.wrap(_exc, "response_format") from _exc

        except KeyError as _exc:
            raise InvalidPayloadError("required field is missing", str(_exc.args[0])) from None
        create_thread_and_run_request = cls(
            assistant_id=assistant_id,
            thread=thread,
            model=model,
            instructions=instructions,
            tools=tools,
            tool_resources=tool_resources,
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            stream=stream,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
        )

        return create_thread_and_run_request


from ..models.assistant_tools_code import AssistantToolsCode
from ..models.assistant_tools_file_search import AssistantToolsFileSearch
from ..models.assistant_tools_function import AssistantToolsFunction
from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
from ..models.create_thread_request import CreateThreadRequest
from ..models.metadata import Metadata
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.thread_and_run_tool_resources import ThreadAndRunToolResources
from ..models.truncation_object import TruncationObject
from ..models.unknown_assistant_tool import UnknownAssistantTool
from ..models.unknown_assistants_api_response_format_option import UnknownAssistantsApiResponseFormatOption
