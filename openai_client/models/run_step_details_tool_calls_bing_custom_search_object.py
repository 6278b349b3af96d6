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
class RunStepDetailsToolCallsBingCustomSearchObject(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): a call of the Bing Custom Search tool.

    Attributes:
        id (str): Call ID.
        type (Literal['bing_custom_search']): Always `bing_custom_search`.
        bing_custom_search (ToolCallStringMap): What the service records of a call to one of its own tools, as string pairs (requests, URLs, results); a value
            not known yet is `null` while streaming.
    """

    id: str
    bing_custom_search: ToolCallStringMap
    type: Literal["bing_custom_search"] = "bing_custom_search"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["bing_custom_search"]]("type")


from ..models.tool_call_string_map import ToolCallStringMap

table_of(
    RunStepDetailsToolCallsBingCustomSearchObject,
    field("id", STRING, required=True),
    field("type", const("bing_custom_search"), required=True),
    field("bing_custom_search", model_of(ToolCallStringMap), required=True),
    extra=ANY,
)
