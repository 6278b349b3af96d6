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
class RunStepDetailsToolCallsBingGroundingObject(ExtraFields["Any"]):
    """Foundry: a call of the Bing grounding tool (its request URL, and what came back).

    Attributes:
        id (str): Call ID.
        type (Literal['bing_grounding']): Always `bing_grounding`.
        bing_grounding (ToolCallStringMap): What the service records of a call to one of its own tools, as string pairs (requests, URLs, results); a value
            not known yet is `null` while streaming.
    """

    id: str
    bing_grounding: ToolCallStringMap
    type: Literal["bing_grounding"] = "bing_grounding"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["bing_grounding"]]("type")


from ..models.tool_call_string_map import ToolCallStringMap

table_of(
    RunStepDetailsToolCallsBingGroundingObject,
    field("id", STRING, required=True),
    field("type", const("bing_grounding"), required=True),
    field("bing_grounding", model_of(ToolCallStringMap), required=True),
    extra=ANY,
)
