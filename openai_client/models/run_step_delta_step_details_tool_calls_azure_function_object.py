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
class RunStepDeltaStepDetailsToolCallsAzureFunctionObject(ExtraFields["Any"]):
    """Foundry: an Azure Function call, while streaming.

    Attributes:
        index (int): Which tool call this changes, counted from 0.
        type (Literal['azure_function']): Always `azure_function`.
        id (str | Unset): Call ID.
        azure_function (AzureFunctionToolCallDetails | Unset): The Azure Function called, its arguments and output (a delta carries some of them).
    """

    index: int
    type: Literal["azure_function"] = "azure_function"
    id: str | Unset = UNSET
    azure_function: AzureFunctionToolCallDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["azure_function"]]("type")


from ..models.azure_function_tool_call_details import AzureFunctionToolCallDetails

table_of(
    RunStepDeltaStepDetailsToolCallsAzureFunctionObject,
    field("index", INTEGER, required=True),
    field("type", const("azure_function"), required=True),
    field("id", STRING),
    field("azure_function", model_of(AzureFunctionToolCallDetails)),
    extra=ANY,
)
