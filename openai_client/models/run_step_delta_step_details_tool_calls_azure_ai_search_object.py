from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    INTEGER,
    STRING,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsAzureAISearchObject(ExtraFields["Any"]):
    """Foundry: an Azure AI Search call, while streaming.

    Attributes:
        index (int): Which tool call this changes, counted from 0.
        type (Literal['azure_ai_search']): Always `azure_ai_search`.
        id (str | Unset): Call ID.
        azure_ai_search (ToolCallStringMap | Unset): What the service records of a call to one of its own tools, as string pairs (requests, URLs, results); a value
            not known yet is `null` while streaming.
    """

    index: int
    type: Literal["azure_ai_search"] = "azure_ai_search"
    id: str | Unset = UNSET
    azure_ai_search: ToolCallStringMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["azure_ai_search"]]("type")


from ..models.tool_call_string_map import ToolCallStringMap

table_of(
    RunStepDeltaStepDetailsToolCallsAzureAISearchObject,
    field("index", INTEGER, required=True),
    field("type", const("azure_ai_search"), required=True),
    field("id", STRING),
    field("azure_ai_search", model_of(ToolCallStringMap)),
    extra=ANY,
)
