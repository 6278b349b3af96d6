from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import ExtraFields
from ..types import UNSET, Unset


@_attrs_define(eq=False, repr=False, getstate_setstate=False, on_setattr=_attrs_setters.NO_OP)
class ComputerCallSafetyCheckParam(ExtraFields["Any"]):
    """ComputerCallSafetyCheckParam

    Attributes:
        id (str)
        code (None | str | Unset)
        message (None | str | Unset)
    """

    id: str
    code: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ComputerCallSafetyCheckParamParam(TypedDict, total=False):
    """The dict form of ComputerCallSafetyCheckParam: what a request takes in its place (checked before sending)."""

    id: Required[str]
    code: str | None
    message: str | None


table_of(
    ComputerCallSafetyCheckParam,
    field("id", STRING, required=True),
    field("code", STRING, nullable=True),
    field("message", STRING, nullable=True),
    extra=ANY,
)
