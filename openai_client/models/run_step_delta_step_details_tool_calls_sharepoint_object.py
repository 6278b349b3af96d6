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
class RunStepDeltaStepDetailsToolCallsSharepointObject(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): a SharePoint grounding call, while streaming.

    Attributes:
        index (int): Which tool call this changes, counted from 0.
        type (Literal['sharepoint_grounding']): Always `sharepoint_grounding`.
        id (str | Unset): Call ID.
        sharepoint_grounding (ToolCallStringMap | Unset): What the service records of a call to one of its own tools, as string pairs (requests, URLs, results); a value
            not known yet is `null` while streaming.
    """

    index: int
    type: Literal["sharepoint_grounding"] = "sharepoint_grounding"
    id: str | Unset = UNSET
    sharepoint_grounding: ToolCallStringMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["sharepoint_grounding"]]("type")


from ..models.tool_call_string_map import ToolCallStringMap

table_of(
    RunStepDeltaStepDetailsToolCallsSharepointObject,
    field("index", INTEGER, required=True),
    field("type", const("sharepoint_grounding"), required=True),
    field("id", STRING),
    field("sharepoint_grounding", model_of(ToolCallStringMap)),
    extra=ANY,
)
