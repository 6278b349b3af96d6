from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    const,
    field,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields

if TYPE_CHECKING:
    from ..models.open_api_function_definition import OpenApiFunctionDefinitionParam


def _convert_openapi(value: OpenApiFunctionDefinition | OpenApiFunctionDefinitionParam) -> OpenApiFunctionDefinition:
    return AssistantToolsOpenApi.__table__.convert("openapi", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsOpenApi(ExtraFields["Any"]):
    """Foundry: calls the operations of a web API described by an OpenAPI document.

    Attributes:
        type (Literal['openapi']): Always `openapi`.
        openapi (OpenApiFunctionDefinition): The web API an OpenAPI tool calls, and how it authenticates.
    """

    openapi: OpenApiFunctionDefinition = _attrs_field(converter=_convert_openapi)
    type: Literal["openapi"] = "openapi"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["openapi"]]("type")


class AssistantToolsOpenApiParam(TypedDict, total=False):
    """The dict form of AssistantToolsOpenApi: what a request takes in its place (checked before sending)."""

    type: Required[Literal["openapi"]]
    openapi: Required[OpenApiFunctionDefinition | OpenApiFunctionDefinitionParam]


from ..models.open_api_function_definition import OpenApiFunctionDefinition

table_of(
    AssistantToolsOpenApi,
    field("type", const("openapi"), required=True),
    field("openapi", model_of(OpenApiFunctionDefinition), required=True),
    extra=ANY,
)
