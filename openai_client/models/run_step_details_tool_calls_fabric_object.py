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
class RunStepDetailsToolCallsFabricObject(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): a call of a Microsoft Fabric data agent.

    Attributes:
        id (str): Call ID.
        type (Literal['fabric_dataagent']): Always `fabric_dataagent`.
        fabric_dataagent (ToolCallStringMap): What the service records of a call to one of its own tools, as string pairs (requests, URLs, results); a value
            not known yet is `null` while streaming.
    """

    id: str
    fabric_dataagent: ToolCallStringMap
    type: Literal["fabric_dataagent"] = "fabric_dataagent"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["fabric_dataagent"]]("type")


from ..models.tool_call_string_map import ToolCallStringMap

table_of(
    RunStepDetailsToolCallsFabricObject,
    field("id", STRING, required=True),
    field("type", const("fabric_dataagent"), required=True),
    field("fabric_dataagent", model_of(ToolCallStringMap), required=True),
    extra=ANY,
)
