from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    enum_of,
    field,
    table_of,
)
from .._model import ExtraFields
from ..models.run_step_last_error_code import RunStepLastErrorCode


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunStepLastError(ExtraFields["Any"]):
    """What went wrong in a step.

    Attributes:
        code (RunStepLastErrorCode): Error category.
        message (str): Human-readable explanation.
    """

    code: RunStepLastErrorCode
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    RunStepLastError,
    field("code", enum_of(RunStepLastErrorCode), required=True),
    field("message", STRING, required=True),
    extra=ANY,
)
