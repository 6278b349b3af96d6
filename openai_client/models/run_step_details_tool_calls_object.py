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


def _parse_tool_calls_item(
    data: Any, strict: bool
) -> (
    RunStepDetailsToolCallsAzureAISearchObject
    | RunStepDetailsToolCallsAzureFunctionObject
    | RunStepDetailsToolCallsBingCustomSearchObject
    | RunStepDetailsToolCallsBingGroundingObject
    | RunStepDetailsToolCallsBrowserAutomationObject
    | RunStepDetailsToolCallsCodeObject
    | RunStepDetailsToolCallsConnectedAgentObject
    | RunStepDetailsToolCallsDeepResearchObject
    | RunStepDetailsToolCallsFabricObject
    | RunStepDetailsToolCallsFileSearchObject
    | RunStepDetailsToolCallsFunctionObject
    | RunStepDetailsToolCallsMcpObject
    | RunStepDetailsToolCallsOpenApiObject
    | RunStepDetailsToolCallsSharepointObject
    | UnknownRunStepDetailsToolCall
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "code_interpreter":
            return RunStepDetailsToolCallsCodeObject.from_dict(data, strict)
        if tag == "file_search":
            return RunStepDetailsToolCallsFileSearchObject.from_dict(data, strict)
        if tag == "function":
            return RunStepDetailsToolCallsFunctionObject.from_dict(data, strict)
        if tag == "azure_ai_search":
            return RunStepDetailsToolCallsAzureAISearchObject.from_dict(data, strict)
        if tag == "bing_grounding":
            return RunStepDetailsToolCallsBingGroundingObject.from_dict(data, strict)
        if tag == "bing_custom_search":
            return RunStepDetailsToolCallsBingCustomSearchObject.from_dict(data, strict)
        if tag == "openapi":
            return RunStepDetailsToolCallsOpenApiObject.from_dict(data, strict)
        if tag == "azure_function":
            return RunStepDetailsToolCallsAzureFunctionObject.from_dict(data, strict)
        if tag == "connected_agent":
            return RunStepDetailsToolCallsConnectedAgentObject.from_dict(data, strict)
        if tag == "mcp":
            return RunStepDetailsToolCallsMcpObject.from_dict(data, strict)
        if tag == "deep_research":
            return RunStepDetailsToolCallsDeepResearchObject.from_dict(data, strict)
        if tag == "fabric_dataagent":
            return RunStepDetailsToolCallsFabricObject.from_dict(data, strict)
        if tag == "sharepoint_grounding":
            return RunStepDetailsToolCallsSharepointObject.from_dict(data, strict)
        if tag == "browser_automation":
            return RunStepDetailsToolCallsBrowserAutomationObject.from_dict(data, strict)
        return UnknownRunStepDetailsToolCall.from_dict(data, strict)
    if isinstance(
        data,
        (
            RunStepDetailsToolCallsCodeObject,
            RunStepDetailsToolCallsFileSearchObject,
            RunStepDetailsToolCallsFunctionObject,
            RunStepDetailsToolCallsAzureAISearchObject,
            RunStepDetailsToolCallsBingGroundingObject,
            RunStepDetailsToolCallsBingCustomSearchObject,
            RunStepDetailsToolCallsOpenApiObject,
            RunStepDetailsToolCallsAzureFunctionObject,
            RunStepDetailsToolCallsConnectedAgentObject,
            RunStepDetailsToolCallsMcpObject,
            RunStepDetailsToolCallsDeepResearchObject,
            RunStepDetailsToolCallsFabricObject,
            RunStepDetailsToolCallsSharepointObject,
            RunStepDetailsToolCallsBrowserAutomationObject,
            UnknownRunStepDetailsToolCall,
        ),
    ):
        return data
    if isinstance(data, Mapping):
        return _parse_tool_calls_item(dict(data), strict)
    raise TypeError(f"expected object, got {type(data).__name__}")


def _dump_tool_calls_item(value: Any) -> Any:
    if isinstance(
        value,
        (
            RunStepDetailsToolCallsCodeObject,
            RunStepDetailsToolCallsFileSearchObject,
            RunStepDetailsToolCallsFunctionObject,
            RunStepDetailsToolCallsAzureAISearchObject,
            RunStepDetailsToolCallsBingGroundingObject,
            RunStepDetailsToolCallsBingCustomSearchObject,
            RunStepDetailsToolCallsOpenApiObject,
            RunStepDetailsToolCallsAzureFunctionObject,
            RunStepDetailsToolCallsConnectedAgentObject,
            RunStepDetailsToolCallsMcpObject,
            RunStepDetailsToolCallsDeepResearchObject,
            RunStepDetailsToolCallsFabricObject,
            RunStepDetailsToolCallsSharepointObject,
            RunStepDetailsToolCallsBrowserAutomationObject,
            UnknownRunStepDetailsToolCall,
        ),
    ):
        return value.to_dict()
    return value


def _parse_tool_calls(
    data: Any, strict: bool
) -> list[
    RunStepDetailsToolCallsAzureAISearchObject
    | RunStepDetailsToolCallsAzureFunctionObject
    | RunStepDetailsToolCallsBingCustomSearchObject
    | RunStepDetailsToolCallsBingGroundingObject
    | RunStepDetailsToolCallsBrowserAutomationObject
    | RunStepDetailsToolCallsCodeObject
    | RunStepDetailsToolCallsConnectedAgentObject
    | RunStepDetailsToolCallsDeepResearchObject
    | RunStepDetailsToolCallsFabricObject
    | RunStepDetailsToolCallsFileSearchObject
    | RunStepDetailsToolCallsFunctionObject
    | RunStepDetailsToolCallsMcpObject
    | RunStepDetailsToolCallsOpenApiObject
    | RunStepDetailsToolCallsSharepointObject
    | UnknownRunStepDetailsToolCall
]:
    listed = data if type(data) is list else as_list(data)
    items: list[
        RunStepDetailsToolCallsAzureAISearchObject
        | RunStepDetailsToolCallsAzureFunctionObject
        | RunStepDetailsToolCallsBingCustomSearchObject
        | RunStepDetailsToolCallsBingGroundingObject
        | RunStepDetailsToolCallsBrowserAutomationObject
        | RunStepDetailsToolCallsCodeObject
        | RunStepDetailsToolCallsConnectedAgentObject
        | RunStepDetailsToolCallsDeepResearchObject
        | RunStepDetailsToolCallsFabricObject
        | RunStepDetailsToolCallsFileSearchObject
        | RunStepDetailsToolCallsFunctionObject
        | RunStepDetailsToolCallsMcpObject
        | RunStepDetailsToolCallsOpenApiObject
        | RunStepDetailsToolCallsSharepointObject
        | UnknownRunStepDetailsToolCall
    ] = []
    try:
        for item in listed:
            items.append(_parse_tool_calls_item(item, strict))
    except (TypeError, ValueError) as exc:
        raise InvalidPayloadError.wrap(exc, f"[{len(items)}]") from exc
    return items


def _dump_tool_calls(value: Any) -> Any:
    return [_dump_tool_calls_item(item) for item in value]


_FIELD_SPECS = (
    FieldSpec("type", "type_", (str,), required=True, const="tool_calls"),
    FieldSpec("tool_calls", "tool_calls", (list,), required=True, read=_parse_tool_calls, dump=_dump_tool_calls),
)
_KNOWN = frozenset({"type", "tool_calls"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsObject(ExtraFields[Any]):
    """The step called tools.

    Attributes:
        type_ (Literal['tool_calls']): Always `tool_calls`.
        tool_calls (list[RunStepDetailsToolCallsAzureAISearchObject | RunStepDetailsToolCallsAzureFunctionObject |
            RunStepDetailsToolCallsBingCustomSearchObject | RunStepDetailsToolCallsBingGroundingObject |
            RunStepDetailsToolCallsBrowserAutomationObject | RunStepDetailsToolCallsCodeObject |
            RunStepDetailsToolCallsConnectedAgentObject | RunStepDetailsToolCallsDeepResearchObject |
            RunStepDetailsToolCallsFabricObject | RunStepDetailsToolCallsFileSearchObject |
            RunStepDetailsToolCallsFunctionObject | RunStepDetailsToolCallsMcpObject | RunStepDetailsToolCallsOpenApiObject
            | RunStepDetailsToolCallsSharepointObject | UnknownRunStepDetailsToolCall]): The calls, one per tool use.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    tool_calls: list[
        RunStepDetailsToolCallsAzureAISearchObject
        | RunStepDetailsToolCallsAzureFunctionObject
        | RunStepDetailsToolCallsBingCustomSearchObject
        | RunStepDetailsToolCallsBingGroundingObject
        | RunStepDetailsToolCallsBrowserAutomationObject
        | RunStepDetailsToolCallsCodeObject
        | RunStepDetailsToolCallsConnectedAgentObject
        | RunStepDetailsToolCallsDeepResearchObject
        | RunStepDetailsToolCallsFabricObject
        | RunStepDetailsToolCallsFileSearchObject
        | RunStepDetailsToolCallsFunctionObject
        | RunStepDetailsToolCallsMcpObject
        | RunStepDetailsToolCallsOpenApiObject
        | RunStepDetailsToolCallsSharepointObject
        | UnknownRunStepDetailsToolCall
    ]
    type_: Literal["tool_calls"] = "tool_calls"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
                "tool_calls": [_dump_tool_calls_item(item) for item in self.tool_calls],
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDetailsToolCallsObject from decoded JSON.

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
            obj.type_ = d["type"]
            at = "tool_calls"
            obj.tool_calls = _parse_tool_calls(d["tool_calls"], strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 2
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.run_step_details_tool_calls_azure_ai_search_object import RunStepDetailsToolCallsAzureAISearchObject
from ..models.run_step_details_tool_calls_azure_function_object import RunStepDetailsToolCallsAzureFunctionObject
from ..models.run_step_details_tool_calls_bing_custom_search_object import RunStepDetailsToolCallsBingCustomSearchObject
from ..models.run_step_details_tool_calls_bing_grounding_object import RunStepDetailsToolCallsBingGroundingObject
from ..models.run_step_details_tool_calls_browser_automation_object import (
    RunStepDetailsToolCallsBrowserAutomationObject,
)
from ..models.run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
from ..models.run_step_details_tool_calls_connected_agent_object import RunStepDetailsToolCallsConnectedAgentObject
from ..models.run_step_details_tool_calls_deep_research_object import RunStepDetailsToolCallsDeepResearchObject
from ..models.run_step_details_tool_calls_fabric_object import RunStepDetailsToolCallsFabricObject
from ..models.run_step_details_tool_calls_file_search_object import RunStepDetailsToolCallsFileSearchObject
from ..models.run_step_details_tool_calls_function_object import RunStepDetailsToolCallsFunctionObject
from ..models.run_step_details_tool_calls_mcp_object import RunStepDetailsToolCallsMcpObject
from ..models.run_step_details_tool_calls_open_api_object import RunStepDetailsToolCallsOpenApiObject
from ..models.run_step_details_tool_calls_sharepoint_object import RunStepDetailsToolCallsSharepointObject
from ..models.unknown_run_step_details_tool_call import UnknownRunStepDetailsToolCall
