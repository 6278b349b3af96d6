from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    list_of,
    table_of,
    union_of,
)
from .._model import DeprecatedAlias, ExtraFields

if TYPE_CHECKING:
    from ..models.custom_tool_param import CustomToolParamParam
    from ..models.function_tool_param import FunctionToolParamParam


def _convert_tools(
    value: Sequence[
        FunctionToolParam
        | FunctionToolParamParam
        | CustomToolParam
        | CustomToolParamParam
        | UnknownNamespaceToolParamTools
    ],
) -> list[CustomToolParam | FunctionToolParam | UnknownNamespaceToolParamTools]:
    return NamespaceToolParam.__table__.convert("tools", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class NamespaceToolParam(ExtraFields["Any"]):
    """NamespaceToolParam

    Attributes:
        type (Literal['namespace'])
        name (str)
        description (str)
        tools (list[CustomToolParam | FunctionToolParam | UnknownNamespaceToolParamTools])
    """

    name: str
    description: str
    tools: list[CustomToolParam | FunctionToolParam | UnknownNamespaceToolParamTools] = _attrs_field(
        converter=_convert_tools
    )
    type: Literal["namespace"] = "namespace"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["namespace"]]("type")


class NamespaceToolParamParam(TypedDict, total=False):
    """The dict form of NamespaceToolParam: what a request takes in its place (checked before sending)."""

    type: Required[Literal["namespace"]]
    name: Required[str]
    description: Required[str]
    tools: Required[
        Sequence[
            FunctionToolParam
            | FunctionToolParamParam
            | CustomToolParam
            | CustomToolParamParam
            | UnknownNamespaceToolParamTools
        ]
    ]


from ..models.custom_tool_param import CustomToolParam
from ..models.function_tool_param import FunctionToolParam
from ..models.unknown_namespace_tool_param_tools import UnknownNamespaceToolParamTools

table_of(
    NamespaceToolParam,
    field("type", const("namespace"), required=True),
    field("name", STRING, required=True),
    field("description", STRING, required=True),
    field(
        "tools",
        list_of(
            union_of(
                "type",
                {"function": FunctionToolParam, "custom": CustomToolParam},
                fallback=UnknownNamespaceToolParamTools,
            )
        ),
        required=True,
    ),
    extra=ANY,
)
