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
from ..models.run_last_error_code import RunLastErrorCode


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class RunLastError(ExtraFields["Any"]):
    """What went wrong in a run.

    Attributes:
        code (RunLastErrorCode): Error category.
        message (str): Human-readable explanation.
    """

    code: RunLastErrorCode
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


table_of(
    RunLastError,
    field("code", enum_of(RunLastErrorCode), required=True),
    field("message", STRING, required=True),
    extra=ANY,
)
