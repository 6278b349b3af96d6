from __future__ import annotations

from typing import Any, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    const,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Program(ExtraFields["Any"]):
    """Program

    Attributes:
        type (Literal['program'])
        id (str)
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


table_of(
    Program,
    field("type", const("program"), required=True),
    field("id", STRING, required=True),
    field("call_id", STRING, required=True),
    field("code", STRING, required=True),
    field("fingerprint", STRING, required=True),
    extra=ANY,
)
