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
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepDeltaStepDetailsToolCallsMcpObject(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): an MCP tool call, while streaming: its arguments as they are written.

    Attributes:
        index (int): Which tool call this changes, counted from 0.
        type (Literal['mcp']): Always `mcp`.
        id (str | Unset): Call ID.
        arguments (str | Unset): Arguments, the JSON text written so far.
    """

    index: int
    type: Literal["mcp"] = "mcp"
    id: str | Unset = UNSET
    arguments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["mcp"]]("type")


table_of(
    RunStepDeltaStepDetailsToolCallsMcpObject,
    field("index", INTEGER, required=True),
    field("type", const("mcp"), required=True),
    field("id", STRING),
    field("arguments", STRING),
    extra=ANY,
)
