from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool_annotations import MCPListToolsToolAnnotationsParam
    from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchemaParam


def _convert_input_schema(
    value: MCPListToolsToolInputSchema | MCPListToolsToolInputSchemaParam,
) -> MCPListToolsToolInputSchema:
    return MCPListToolsTool.__table__.convert("input_schema", value)  # type: ignore[no-any-return]


def _convert_annotations(
    value: MCPListToolsToolAnnotations | MCPListToolsToolAnnotationsParam | None | Unset,
) -> MCPListToolsToolAnnotations | None | Unset:
    return MCPListToolsTool.__table__.convert("annotations", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class MCPListToolsTool(ExtraFields["Any"]):
    """MCPListToolsTool

    Attributes:
        name (str)
        input_schema (MCPListToolsToolInputSchema)
        description (None | str | Unset)
        annotations (MCPListToolsToolAnnotations | None | Unset)
    """

    name: str
    input_schema: MCPListToolsToolInputSchema = _attrs_field(converter=_convert_input_schema)
    description: None | str | Unset = UNSET
    annotations: MCPListToolsToolAnnotations | None | Unset = _attrs_field(
        default=UNSET, converter=_convert_annotations
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class MCPListToolsToolParam(TypedDict, total=False):
    """The dict form of MCPListToolsTool: what a request takes in its place (checked before sending)."""

    name: Required[str]
    input_schema: Required[MCPListToolsToolInputSchema | MCPListToolsToolInputSchemaParam]
    description: str | None
    annotations: MCPListToolsToolAnnotations | MCPListToolsToolAnnotationsParam | None


from ..models.mcp_list_tools_tool_annotations import MCPListToolsToolAnnotations
from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema

table_of(
    MCPListToolsTool,
    field("name", STRING, required=True),
    field("input_schema", model_of(MCPListToolsToolInputSchema), required=True),
    field("description", STRING, nullable=True),
    field("annotations", model_of(MCPListToolsToolAnnotations), nullable=True),
    extra=ANY,
)
