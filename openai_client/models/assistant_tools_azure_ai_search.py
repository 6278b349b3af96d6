from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsAzureAISearch(ExtraFields["Any"]):
    """Foundry: searches an Azure AI Search index (the index is given in `tool_resources.azure_ai_search`).

    Attributes:
        type (Literal['azure_ai_search']): Always `azure_ai_search`.
    """

    type: Literal["azure_ai_search"] = "azure_ai_search"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["azure_ai_search"]]("type")


class AssistantToolsAzureAISearchParam(TypedDict, total=False):
    """The dict form of AssistantToolsAzureAISearch: what a request takes in its place (checked before sending)."""

    type: Required[Literal["azure_ai_search"]]


table_of(
    AssistantToolsAzureAISearch,
    field("type", const("azure_ai_search"), required=True),
    extra=ANY,
)
