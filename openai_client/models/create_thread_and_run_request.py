from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._payload import FieldSpec, as_object, check_strict, drop_absent_nulls
from ..errors import InvalidPayloadError
from ..models.assistants_api_response_format_auto import AssistantsApiResponseFormatAuto
from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from ..models.thread_and_run_supported_models import ThreadAndRunSupportedModels
from ..types import UNSET, Unset

_FIELDS = (
    FieldSpec("assistant_id", (str,), required=True),
    FieldSpec("thread", (dict,)),
    FieldSpec("model", (str,), nullable=True),
    FieldSpec("instructions", (str,), nullable=True),
    FieldSpec("tools", (list,), nullable=True),
    FieldSpec("tool_resources", (dict,), nullable=True),
    FieldSpec("metadata", (dict,), nullable=True),
    FieldSpec("temperature", (float, int), nullable=True),
    FieldSpec("top_p", (float, int), nullable=True),
    FieldSpec("stream", (bool,), nullable=True),
    FieldSpec("max_prompt_tokens", (int,), nullable=True),
    FieldSpec("max_completion_tokens", (int,), nullable=True),
    FieldSpec("truncation_strategy", (dict,), nullable=True),
    FieldSpec("tool_choice", (str, dict), nullable=True),
    FieldSpec("parallel_tool_calls", (bool,)),
    FieldSpec("response_format", (str, dict), nullable=True),
)


def _parse_thread(data: Any, strict: bool) -> CreateThreadRequest | Unset:
    if isinstance(data, Unset):
        return data
    return CreateThreadRequest.from_dict(data, strict)


def _dump_model(value: None | str | ThreadAndRunSupportedModels) -> Any:
    if isinstance(value, ThreadAndRunSupportedModels):
        return value.value
    return value


def _parse_model(data: Any, strict: bool) -> None | str | ThreadAndRunSupportedModels | Unset:
    if isinstance(data, Unset):
        return data
    if data is None:
        return None
    if type(data) is str:
        return data
    raise TypeError(f"expected string or null, got {type(data).__name__}")


def _dump_tools_type_0_item(
    value: AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool,
) -> Any:
    if isinstance(value, (AssistantToolsCode, AssistantToolsFileSearch, AssistantToolsFunction, UnknownAssistantTool)):
        return value.to_dict()
    return value


def _parse_tools_type_0_item(
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


def _parse_tools_type_0(
    data: Any, strict: bool
) -> list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool]:
    if type(data) is not list:
        raise TypeError(f"expected an array, got {type(data).__name__}")
    items: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool] = []
    try:
        for item in data:
            items.append(_parse_tools_type_0_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tools(
    value: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool] | None,
) -> Any:
    if isinstance(value, list):
        return [_dump_tools_type_0_item(item) for item in value]
    return value


def _parse_tools(
    data: Any, strict: bool
) -> list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownAssistantTool] | None | Unset:
    if isinstance(data, Unset):
        return data
    if data is None:
        return None
    if type(data) is list:
        return _parse_tools_type_0(data, strict)
    raise TypeError(f"expected array or null, got {type(data).__name__}")


def _dump_tool_resources(value: None | ThreadAndRunToolResources) -> Any:
    if isinstance(value, ThreadAndRunToolResources):
        return value.to_dict()
    return value


def _parse_tool_resources(data: Any, strict: bool) -> None | ThreadAndRunToolResources | Unset:
    if isinstance(data, Unset):
        return data
    if data is None:
        return None
    if type(data) is dict:
        return ThreadAndRunToolResources.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_metadata(value: Metadata | None) -> Any:
    if isinstance(value, Metadata):
        return value.to_dict()
    return value


def _parse_metadata(data: Any, strict: bool) -> Metadata | None | Unset:
    if isinstance(data, Unset):
        return data
    if data is None:
        return None
    if type(data) is dict:
        return Metadata.from_dict(data, strict)
    raise TypeError(f"expected object or null, got {type(data).__name__}")


def _dump_truncation_strategy(value: None | TruncationObject) -> Any:
    if isinstance(value, TruncationObject):
        return value.to_dict()
    return value


def _parse_truncation_strategy(data: Any, strict: bool) -> None | TruncationObject | Unset:
    if isinstance(data, Unset):
        return data
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


def _parse_tool_choice(
    data: Any, strict: bool
) -> AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset:
    if isinstance(data, Unset):
        return data
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
    | Unset
):
    if isinstance(data, Unset):
        return data
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
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        field_dict: dict[str, Any] = {
            "assistant_id": self.assistant_id,
        }
        if not isinstance(thread := self.thread, Unset):
            field_dict["thread"] = thread.to_dict()
        if not isinstance(model := self.model, Unset):
            field_dict["model"] = _dump_model(model)
        if not isinstance(instructions := self.instructions, Unset):
            field_dict["instructions"] = instructions
        if not isinstance(tools := self.tools, Unset):
            field_dict["tools"] = _dump_tools(tools)
        if not isinstance(tool_resources := self.tool_resources, Unset):
            field_dict["tool_resources"] = _dump_tool_resources(tool_resources)
        if not isinstance(metadata := self.metadata, Unset):
            field_dict["metadata"] = _dump_metadata(metadata)
        if not isinstance(temperature := self.temperature, Unset):
            field_dict["temperature"] = temperature
        if not isinstance(top_p := self.top_p, Unset):
            field_dict["top_p"] = top_p
        if not isinstance(stream := self.stream, Unset):
            field_dict["stream"] = stream
        if not isinstance(max_prompt_tokens := self.max_prompt_tokens, Unset):
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if not isinstance(max_completion_tokens := self.max_completion_tokens, Unset):
            field_dict["max_completion_tokens"] = max_completion_tokens
        if not isinstance(truncation_strategy := self.truncation_strategy, Unset):
            field_dict["truncation_strategy"] = _dump_truncation_strategy(truncation_strategy)
        if not isinstance(tool_choice := self.tool_choice, Unset):
            field_dict["tool_choice"] = _dump_tool_choice(tool_choice)
        if not isinstance(parallel_tool_calls := self.parallel_tool_calls, Unset):
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if not isinstance(response_format := self.response_format, Unset):
            field_dict["response_format"] = _dump_response_format(response_format)
        if self._absent:
            drop_absent_nulls(field_dict, self._absent)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a CreateThreadAndRunRequest from decoded JSON.

        With `strict`, a value of the wrong JSON type, a null where none is allowed, or a
        missing required field raises, at any depth; without it, only what cannot be read.

        Raises:
            InvalidPayloadError: `src_dict` is not an object of this shape; its `path` names
                the field at fault.
        """
        d = src_dict.copy() if type(src_dict) is dict else as_object(src_dict)
        if strict:
            check_strict(d, _FIELDS)
        at = ""
        try:
            v_assistant_id = d.pop("assistant_id")
            at = "thread"
            v_thread = _parse_thread(d.pop("thread", UNSET), strict)
            at = "model"
            v_model = _parse_model(d.pop("model", UNSET), strict)
            v_instructions = d.pop("instructions", UNSET)
            at = "tools"
            v_tools = _parse_tools(d.pop("tools", UNSET), strict)
            at = "tool_resources"
            v_tool_resources = _parse_tool_resources(d.pop("tool_resources", UNSET), strict)
            at = "metadata"
            v_metadata = _parse_metadata(d.pop("metadata", UNSET), strict)
            v_temperature = d.pop("temperature", UNSET)
            v_top_p = d.pop("top_p", UNSET)
            v_stream = d.pop("stream", UNSET)
            v_max_prompt_tokens = d.pop("max_prompt_tokens", UNSET)
            v_max_completion_tokens = d.pop("max_completion_tokens", UNSET)
            at = "truncation_strategy"
            v_truncation_strategy = _parse_truncation_strategy(d.pop("truncation_strategy", UNSET), strict)
            at = "tool_choice"
            v_tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET), strict)
            v_parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)
            at = "response_format"
            v_response_format = _parse_response_format(d.pop("response_format", UNSET), strict)
        except KeyError as exc:
            raise InvalidPayloadError("required field is missing", str(exc.args[0])) from None
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        obj = cls(
            assistant_id=v_assistant_id,
            thread=v_thread,
            model=v_model,
            instructions=v_instructions,
            tools=v_tools,
            tool_resources=v_tool_resources,
            metadata=v_metadata,
            temperature=v_temperature,
            top_p=v_top_p,
            stream=v_stream,
            max_prompt_tokens=v_max_prompt_tokens,
            max_completion_tokens=v_max_completion_tokens,
            truncation_strategy=v_truncation_strategy,
            tool_choice=v_tool_choice,
            parallel_tool_calls=v_parallel_tool_calls,
            response_format=v_response_format,
        )
        return obj


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
