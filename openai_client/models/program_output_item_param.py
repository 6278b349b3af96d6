from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    enum_of,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields
from ..models.program_output_item_status import ProgramOutputItemStatus

if TYPE_CHECKING:
    from ..models.program_output_item_status import ProgramOutputItemStatusLiteral


def _convert_status(value: ProgramOutputItemStatus | ProgramOutputItemStatusLiteral) -> ProgramOutputItemStatus:
    return ProgramOutputItemParam.__table__.convert("status", value)  # type: ignore[no-any-return]


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ProgramOutputItemParam(ExtraFields["Any"]):
    """ProgramOutputItemParam

    Attributes:
        id (str)
        type (Literal['program_output'])
        call_id (str)
        result (str)
        status (ProgramOutputItemStatus)
    """

    id: str
    call_id: str
    result: str
    status: ProgramOutputItemStatus = _attrs_field(converter=_convert_status)
    type: Literal["program_output"] = "program_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["program_output"]]("type")


class ProgramOutputItemParamParam(TypedDict, total=False):
    """The dict form of ProgramOutputItemParam: what a request takes in its place (checked before sending)."""

    id: Required[str]
    type: Required[Literal["program_output"]]
    call_id: Required[str]
    result: Required[str]
    status: Required[ProgramOutputItemStatus | ProgramOutputItemStatusLiteral]


table_of(
    ProgramOutputItemParam,
    field("id", STRING, required=True),
    field("type", const("program_output"), required=True),
    field("call_id", STRING, required=True),
    field("result", STRING, required=True),
    field("status", enum_of(ProgramOutputItemStatus), required=True),
    extra=ANY,
)
