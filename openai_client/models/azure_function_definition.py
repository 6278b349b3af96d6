from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields

if TYPE_CHECKING:
    from ..models.azure_function_binding import AzureFunctionBindingParam
    from ..models.function_object import FunctionObjectParam


def _convert_function(value: FunctionObject | FunctionObjectParam) -> FunctionObject:
    return AzureFunctionDefinition.__table__.convert("function", value)  # type: ignore[no-any-return]


def _convert_input_binding(value: AzureFunctionBinding | AzureFunctionBindingParam) -> AzureFunctionBinding:
    return AzureFunctionDefinition.__table__.convert("input_binding", value)  # type: ignore[no-any-return]


def _convert_output_binding(value: AzureFunctionBinding | AzureFunctionBindingParam) -> AzureFunctionBinding:
    return AzureFunctionDefinition.__table__.convert("output_binding", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class AzureFunctionDefinition(ExtraFields["Any"]):
    """The function, and the queues its calls and answers travel through.

    Attributes:
        function (FunctionObject): A function the model may call.
        input_binding (AzureFunctionBinding): A storage queue an Azure Function tool reads or writes.
        output_binding (AzureFunctionBinding): A storage queue an Azure Function tool reads or writes.
    """

    function: FunctionObject = _attrs_field(converter=_convert_function)
    input_binding: AzureFunctionBinding = _attrs_field(converter=_convert_input_binding)
    output_binding: AzureFunctionBinding = _attrs_field(converter=_convert_output_binding)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class AzureFunctionDefinitionParam(TypedDict, total=False):
    """The dict form of AzureFunctionDefinition: what a request takes in its place (checked before sending)."""

    function: Required[FunctionObject | FunctionObjectParam]
    input_binding: Required[AzureFunctionBinding | AzureFunctionBindingParam]
    output_binding: Required[AzureFunctionBinding | AzureFunctionBindingParam]


from ..models.azure_function_binding import AzureFunctionBinding
from ..models.function_object import FunctionObject

table_of(
    AzureFunctionDefinition,
    field("function", model_of(FunctionObject), required=True),
    field("input_binding", model_of(AzureFunctionBinding), required=True),
    field("output_binding", model_of(AzureFunctionBinding), required=True),
    extra=ANY,
)
