from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    enum_of,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.program_output_status import ProgramOutputStatus


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ProgramOutput(ExtraFields["Any"]):
    """ProgramOutput

    Attributes:
        type (Literal['program_output'])
        id (str)
        call_id (str)
        result (str)
        status (ProgramOutputStatus)
    """

    id: str
    call_id: str
    result: str
    status: ProgramOutputStatus
    type: Literal["program_output"] = "program_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["program_output"]]("type")


table_of(
    ProgramOutput,
    field("type", const("program_output"), required=True),
    field("id", STRING, required=True),
    field("call_id", STRING, required=True),
    field("result", STRING, required=True),
    field("status", enum_of(ProgramOutputStatus), required=True),
    extra=ANY,
)
