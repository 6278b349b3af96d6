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
class RunStepDetailsToolCallsAzureFunctionObject(ExtraFields["Any"]):
    """Foundry: a call of an Azure Function tool.

    Attributes:
        id (str): Call ID.
        type (Literal['azure_function']): Always `azure_function`.
        azure_function (AzureFunctionToolCallDetails): The Azure Function called, its arguments and output (a delta carries some of them).
    """

    id: str
    azure_function: AzureFunctionToolCallDetails
    type: Literal["azure_function"] = "azure_function"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["azure_function"]]("type")


from ..models.azure_function_tool_call_details import AzureFunctionToolCallDetails

table_of(
    RunStepDetailsToolCallsAzureFunctionObject,
    field("id", STRING, required=True),
    field("type", const("azure_function"), required=True),
    field("azure_function", model_of(AzureFunctionToolCallDetails), required=True),
    extra=ANY,
)
