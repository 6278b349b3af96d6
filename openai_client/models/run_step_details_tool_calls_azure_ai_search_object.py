from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDetailsToolCallsAzureAISearchObject(ExtraFields["Any"]):
    """Foundry: a call of the Azure AI Search tool.

    Attributes:
        id (str): Call ID.
        type (Literal['azure_ai_search']): Always `azure_ai_search`.
        azure_ai_search (ToolCallStringMap): What the service records of a call to one of its own tools, as string pairs (requests, URLs, results); a value
            not known yet is `null` while streaming.
    """

    id: str
    azure_ai_search: ToolCallStringMap
    type: Literal["azure_ai_search"] = "azure_ai_search"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["azure_ai_search"]]("type")


from ..models.tool_call_string_map import ToolCallStringMap

table_of(
    RunStepDetailsToolCallsAzureAISearchObject,
    field("id", STRING, required=True),
    field("type", const("azure_ai_search"), required=True),
    field("azure_ai_search", model_of(ToolCallStringMap), required=True),
    extra=ANY,
)
