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
class RunStepDeltaStepDetailsToolCallsOpenApiObject(ExtraFields["Any"]):
    """Foundry: an OpenAPI tool call, while streaming.

    Attributes:
        index (int): Which tool call this changes, counted from 0.
        type (Literal['openapi']): Always `openapi`.
        id (str | Unset): Call ID.
        openapi (ToolCallStringMap | Unset): What the service records of a call to one of its own tools, as string pairs (requests, URLs, results); a value
            not known yet is `null` while streaming.
    """

    index: int
    type: Literal["openapi"] = "openapi"
    id: str | Unset = UNSET
    openapi: ToolCallStringMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["openapi"]]("type")


from ..models.tool_call_string_map import ToolCallStringMap

table_of(
    RunStepDeltaStepDetailsToolCallsOpenApiObject,
    field("index", INTEGER, required=True),
    field("type", const("openapi"), required=True),
    field("id", STRING),
    field("openapi", model_of(ToolCallStringMap)),
    extra=ANY,
)
