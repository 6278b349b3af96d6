from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    list_of,
    model_of,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepActivityFunctionParameters(ExtraFields["Any"]):
    """The arguments an MCP server's tool takes, as a JSON Schema object.

    Attributes:
        type (Literal['object']): Always `object`.
        properties (RunStepActivityFunctionParametersProperties): Each argument, by name.
        required (list[str]): The names of the arguments a call must give.
    """

    properties: RunStepActivityFunctionParametersProperties
    required: list[str]
    type: Literal["object"] = "object"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["object"]]("type")


from ..models.run_step_activity_function_parameters_properties import RunStepActivityFunctionParametersProperties

table_of(
    RunStepActivityFunctionParameters,
    field("type", const("object"), required=True),
    field("properties", model_of(RunStepActivityFunctionParametersProperties), required=True),
    field("required", list_of(STRING), required=True),
    extra=ANY,
)
