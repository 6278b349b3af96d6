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
    from ..models.azure_function_definition import AzureFunctionDefinitionParam


def _convert_azure_function(value: AzureFunctionDefinition | AzureFunctionDefinitionParam) -> AzureFunctionDefinition:
    return AssistantToolsAzureFunction.__table__.convert("azure_function", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AssistantToolsAzureFunction(ExtraFields["Any"]):
    """Foundry: an Azure Function the service calls through storage queues.

    Attributes:
        type (Literal['azure_function']): Always `azure_function`.
        azure_function (AzureFunctionDefinition): The function, and the queues its calls and answers travel through.
    """

    azure_function: AzureFunctionDefinition = _attrs_field(converter=_convert_azure_function)
    type: Literal["azure_function"] = "azure_function"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["azure_function"]]("type")


class AssistantToolsAzureFunctionParam(TypedDict, total=False):
    """The dict form of AssistantToolsAzureFunction: what a request takes in its place (checked before sending)."""

    type: Required[Literal["azure_function"]]
    azure_function: Required[AzureFunctionDefinition | AzureFunctionDefinitionParam]


from ..models.azure_function_definition import AzureFunctionDefinition

table_of(
    AssistantToolsAzureFunction,
    field("type", const("azure_function"), required=True),
    field("azure_function", model_of(AzureFunctionDefinition), required=True),
    extra=ANY,
)
