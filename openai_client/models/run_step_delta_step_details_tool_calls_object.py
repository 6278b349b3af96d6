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
from ..types import UNSET, Unset


def _parse_tool_calls_item(
    data: Any, strict: bool
) -> (
    RunStepDeltaStepDetailsToolCallsAzureAISearchObject
    | RunStepDeltaStepDetailsToolCallsAzureFunctionObject
    | RunStepDeltaStepDetailsToolCallsBingCustomSearchObject
    | RunStepDeltaStepDetailsToolCallsBingGroundingObject
    | RunStepDeltaStepDetailsToolCallsCodeObject
    | RunStepDeltaStepDetailsToolCallsConnectedAgentObject
    | RunStepDeltaStepDetailsToolCallsDeepResearchObject
    | RunStepDeltaStepDetailsToolCallsFabricObject
    | RunStepDeltaStepDetailsToolCallsFileSearchObject
    | RunStepDeltaStepDetailsToolCallsFunctionObject
    | RunStepDeltaStepDetailsToolCallsMcpObject
    | RunStepDeltaStepDetailsToolCallsOpenApiObject
    | RunStepDeltaStepDetailsToolCallsSharepointObject
    | UnknownRunStepDeltaStepDetailsToolCall
):
    if type(data) is dict:
        tag = data.get("type")
        if tag == "code_interpreter":
            return RunStepDeltaStepDetailsToolCallsCodeObject.from_dict(data, strict)
        if tag == "file_search":
            return RunStepDeltaStepDetailsToolCallsFileSearchObject.from_dict(data, strict)
        if tag == "function":
            return RunStepDeltaStepDetailsToolCallsFunctionObject.from_dict(data, strict)
        if tag == "azure_ai_search":
            return RunStepDeltaStepDetailsToolCallsAzureAISearchObject.from_dict(data, strict)
        if tag == "bing_grounding":
            return RunStepDeltaStepDetailsToolCallsBingGroundingObject.from_dict(data, strict)
        if tag == "bing_custom_search":
            return RunStepDeltaStepDetailsToolCallsBingCustomSearchObject.from_dict(data, strict)
        if tag == "openapi":
            return RunStepDeltaStepDetailsToolCallsOpenApiObject.from_dict(data, strict)
        if tag == "azure_function":
            return RunStepDeltaStepDetailsToolCallsAzureFunctionObject.from_dict(data, strict)
        if tag == "connected_agent":
            return RunStepDeltaStepDetailsToolCallsConnectedAgentObject.from_dict(data, strict)
        if tag == "mcp":
            return RunStepDeltaStepDetailsToolCallsMcpObject.from_dict(data, strict)
        if tag == "deep_research":
            return RunStepDeltaStepDetailsToolCallsDeepResearchObject.from_dict(data, strict)
        if tag == "fabric_dataagent":
            return RunStepDeltaStepDetailsToolCallsFabricObject.from_dict(data, strict)
        if tag == "sharepoint_grounding":
            return RunStepDeltaStepDetailsToolCallsSharepointObject.from_dict(data, strict)
        return UnknownRunStepDeltaStepDetailsToolCall.from_dict(data, strict)
    if isinstance(
        data,
        (
            RunStepDeltaStepDetailsToolCallsCodeObject,
            RunStepDeltaStepDetailsToolCallsFileSearchObject,
            RunStepDeltaStepDetailsToolCallsFunctionObject,
            RunStepDeltaStepDetailsToolCallsAzureAISearchObject,
            RunStepDeltaStepDetailsToolCallsBingGroundingObject,
            RunStepDeltaStepDetailsToolCallsBingCustomSearchObject,
            RunStepDeltaStepDetailsToolCallsOpenApiObject,
            RunStepDeltaStepDetailsToolCallsAzureFunctionObject,
            RunStepDeltaStepDetailsToolCallsConnectedAgentObject,
            RunStepDeltaStepDetailsToolCallsMcpObject,
            RunStepDeltaStepDetailsToolCallsDeepResearchObject,
            RunStepDeltaStepDetailsToolCallsFabricObject,
            RunStepDeltaStepDetailsToolCallsSharepointObject,
            UnknownRunStepDeltaStepDetailsToolCall,
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
            RunStepDeltaStepDetailsToolCallsCodeObject,
            RunStepDeltaStepDetailsToolCallsFileSearchObject,
            RunStepDeltaStepDetailsToolCallsFunctionObject,
            RunStepDeltaStepDetailsToolCallsAzureAISearchObject,
            RunStepDeltaStepDetailsToolCallsBingGroundingObject,
            RunStepDeltaStepDetailsToolCallsBingCustomSearchObject,
            RunStepDeltaStepDetailsToolCallsOpenApiObject,
            RunStepDeltaStepDetailsToolCallsAzureFunctionObject,
            RunStepDeltaStepDetailsToolCallsConnectedAgentObject,
            RunStepDeltaStepDetailsToolCallsMcpObject,
            RunStepDeltaStepDetailsToolCallsDeepResearchObject,
            RunStepDeltaStepDetailsToolCallsFabricObject,
            RunStepDeltaStepDetailsToolCallsSharepointObject,
            UnknownRunStepDeltaStepDetailsToolCall,
        ),
    ):
        return value.to_dict()
    return value


def _parse_tool_calls(
    data: Any, strict: bool
) -> (
    list[
        RunStepDeltaStepDetailsToolCallsAzureAISearchObject
        | RunStepDeltaStepDetailsToolCallsAzureFunctionObject
        | RunStepDeltaStepDetailsToolCallsBingCustomSearchObject
        | RunStepDeltaStepDetailsToolCallsBingGroundingObject
        | RunStepDeltaStepDetailsToolCallsCodeObject
        | RunStepDeltaStepDetailsToolCallsConnectedAgentObject
        | RunStepDeltaStepDetailsToolCallsDeepResearchObject
        | RunStepDeltaStepDetailsToolCallsFabricObject
        | RunStepDeltaStepDetailsToolCallsFileSearchObject
        | RunStepDeltaStepDetailsToolCallsFunctionObject
        | RunStepDeltaStepDetailsToolCallsMcpObject
        | RunStepDeltaStepDetailsToolCallsOpenApiObject
        | RunStepDeltaStepDetailsToolCallsSharepointObject
        | UnknownRunStepDeltaStepDetailsToolCall
    ]
    | Unset
):
    if data is UNSET:
        return Unset.UNSET
    listed = data if type(data) is list else as_list(data)
    items: list[
        RunStepDeltaStepDetailsToolCallsAzureAISearchObject
        | RunStepDeltaStepDetailsToolCallsAzureFunctionObject
        | RunStepDeltaStepDetailsToolCallsBingCustomSearchObject
        | RunStepDeltaStepDetailsToolCallsBingGroundingObject
        | RunStepDeltaStepDetailsToolCallsCodeObject
        | RunStepDeltaStepDetailsToolCallsConnectedAgentObject
        | RunStepDeltaStepDetailsToolCallsDeepResearchObject
        | RunStepDeltaStepDetailsToolCallsFabricObject
        | RunStepDeltaStepDetailsToolCallsFileSearchObject
        | RunStepDeltaStepDetailsToolCallsFunctionObject
        | RunStepDeltaStepDetailsToolCallsMcpObject
        | RunStepDeltaStepDetailsToolCallsOpenApiObject
        | RunStepDeltaStepDetailsToolCallsSharepointObject
        | UnknownRunStepDeltaStepDetailsToolCall
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
    FieldSpec("tool_calls", "tool_calls", (list,), read=_parse_tool_calls, dump=_dump_tool_calls),
)
_KNOWN = frozenset({"type", "tool_calls"})
_new = object.__new__


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsObject(ExtraFields[Any]):
    """Changes to the tool calls of a tool-calls step.

    Attributes:
        type_ (Literal['tool_calls']): Always `tool_calls`.
        tool_calls (list[RunStepDeltaStepDetailsToolCallsAzureAISearchObject |
            RunStepDeltaStepDetailsToolCallsAzureFunctionObject | RunStepDeltaStepDetailsToolCallsBingCustomSearchObject |
            RunStepDeltaStepDetailsToolCallsBingGroundingObject | RunStepDeltaStepDetailsToolCallsCodeObject |
            RunStepDeltaStepDetailsToolCallsConnectedAgentObject | RunStepDeltaStepDetailsToolCallsDeepResearchObject |
            RunStepDeltaStepDetailsToolCallsFabricObject | RunStepDeltaStepDetailsToolCallsFileSearchObject |
            RunStepDeltaStepDetailsToolCallsFunctionObject | RunStepDeltaStepDetailsToolCallsMcpObject |
            RunStepDeltaStepDetailsToolCallsOpenApiObject | RunStepDeltaStepDetailsToolCallsSharepointObject |
            UnknownRunStepDeltaStepDetailsToolCall] | Unset): Changes to tool calls.
    """

    _FIELDS: ClassVar[tuple[FieldSpec, ...]] = _FIELD_SPECS
    type_: Literal["tool_calls"] = "tool_calls"
    tool_calls: (
        list[
            RunStepDeltaStepDetailsToolCallsAzureAISearchObject
            | RunStepDeltaStepDetailsToolCallsAzureFunctionObject
            | RunStepDeltaStepDetailsToolCallsBingCustomSearchObject
            | RunStepDeltaStepDetailsToolCallsBingGroundingObject
            | RunStepDeltaStepDetailsToolCallsCodeObject
            | RunStepDeltaStepDetailsToolCallsConnectedAgentObject
            | RunStepDeltaStepDetailsToolCallsDeepResearchObject
            | RunStepDeltaStepDetailsToolCallsFabricObject
            | RunStepDeltaStepDetailsToolCallsFileSearchObject
            | RunStepDeltaStepDetailsToolCallsFunctionObject
            | RunStepDeltaStepDetailsToolCallsMcpObject
            | RunStepDeltaStepDetailsToolCallsOpenApiObject
            | RunStepDeltaStepDetailsToolCallsSharepointObject
            | UnknownRunStepDeltaStepDetailsToolCall
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data: what was read, written back unchanged."""
        try:
            field_dict: dict[str, Any] = {
                **self.additional_properties,
                "type": self.type_,
            }
        except AttributeError:  # a field the server did not send: write those it did
            return dump_sent(self, self.additional_properties)
        if (tool_calls := self.tool_calls) is not UNSET:
            field_dict["tool_calls"] = [_dump_tool_calls_item(item) for item in tool_calls]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Read a RunStepDeltaStepDetailsToolCallsObject from decoded JSON.

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
            obj.tool_calls = _parse_tool_calls(d.get("tool_calls", UNSET), strict)
        except KeyError:  # a required field the server left out: the generic path keeps it absent
            return read_sent(cls, dict(d), strict, True)
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError.wrap(exc, at) from exc
        # The fields the spec does not name, kept as received; none (the common case) costs a count.
        present = 1 + (obj.tool_calls is not UNSET)
        obj.additional_properties = {} if len(d) == present else {k: v for k, v in d.items() if k not in _KNOWN}
        return obj


from ..models.run_step_delta_step_details_tool_calls_azure_ai_search_object import (
    RunStepDeltaStepDetailsToolCallsAzureAISearchObject,
)
from ..models.run_step_delta_step_details_tool_calls_azure_function_object import (
    RunStepDeltaStepDetailsToolCallsAzureFunctionObject,
)
from ..models.run_step_delta_step_details_tool_calls_bing_custom_search_object import (
    RunStepDeltaStepDetailsToolCallsBingCustomSearchObject,
)
from ..models.run_step_delta_step_details_tool_calls_bing_grounding_object import (
    RunStepDeltaStepDetailsToolCallsBingGroundingObject,
)
from ..models.run_step_delta_step_details_tool_calls_code_object import RunStepDeltaStepDetailsToolCallsCodeObject
from ..models.run_step_delta_step_details_tool_calls_connected_agent_object import (
    RunStepDeltaStepDetailsToolCallsConnectedAgentObject,
)
from ..models.run_step_delta_step_details_tool_calls_deep_research_object import (
    RunStepDeltaStepDetailsToolCallsDeepResearchObject,
)
from ..models.run_step_delta_step_details_tool_calls_fabric_object import RunStepDeltaStepDetailsToolCallsFabricObject
from ..models.run_step_delta_step_details_tool_calls_file_search_object import (
    RunStepDeltaStepDetailsToolCallsFileSearchObject,
)
from ..models.run_step_delta_step_details_tool_calls_function_object import (
    RunStepDeltaStepDetailsToolCallsFunctionObject,
)
from ..models.run_step_delta_step_details_tool_calls_mcp_object import RunStepDeltaStepDetailsToolCallsMcpObject
from ..models.run_step_delta_step_details_tool_calls_open_api_object import (
    RunStepDeltaStepDetailsToolCallsOpenApiObject,
)
from ..models.run_step_delta_step_details_tool_calls_sharepoint_object import (
    RunStepDeltaStepDetailsToolCallsSharepointObject,
)
from ..models.unknown_run_step_delta_step_details_tool_call import UnknownRunStepDeltaStepDetailsToolCall
