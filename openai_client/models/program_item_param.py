from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ProgramItemParam(ExtraFields["Any"]):
    """ProgramItemParam

    Attributes:
        id (str)
        type (Literal['program'])
        call_id (str)
        code (str)
        fingerprint (str)
    """

    id: str
    call_id: str
    code: str
    fingerprint: str
    type: Literal["program"] = "program"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[Literal["program"]]("type")


class ProgramItemParamParam(TypedDict, total=False):
    """The dict form of ProgramItemParam: what a request takes in its place (checked before sending)."""

    id: Required[str]
    type: Required[Literal["program"]]
    call_id: Required[str]
    code: Required[str]
    fingerprint: Required[str]


table_of(
    ProgramItemParam,
    field("id", STRING, required=True),
    field("type", const("program"), required=True),
    field("call_id", STRING, required=True),
    field("code", STRING, required=True),
    field("fingerprint", STRING, required=True),
    extra=ANY,
)
