from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    model_of,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepActivityFunction(ExtraFields["Any"]):
    """Foundry (2025-05-15-preview): one tool an MCP server offered, as an activity step lists it.

    Attributes:
        parameters (RunStepActivityFunctionParameters): The arguments an MCP server's tool takes, as a JSON Schema object.
        description (str | Unset): What the tool does, as the server put it.
    """

    parameters: RunStepActivityFunctionParameters
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


from ..models.run_step_activity_function_parameters import RunStepActivityFunctionParameters

table_of(
    RunStepActivityFunction,
    field("parameters", model_of(RunStepActivityFunctionParameters), required=True),
    field("description", STRING),
    extra=ANY,
)
