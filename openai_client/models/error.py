from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._fields import (  # the combinators a table is built from (the formatter drops those unused)
    ANY,
    STRING,
    field,
    table_of,
)
from .._model import DeprecatedAlias, ExtraFields


@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Error(ExtraFields["Any"]):
    """What went wrong with a request.

    Attributes:
        code (None | str): Machine-readable code, when there is one.
        message (str): Human-readable explanation.
        param (None | str): The request parameter at fault, when there is one.
        type (str): Error category.
    """

    code: None | str
    message: str
    param: None | str
    type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    type_ = DeprecatedAlias[str]("type")


table_of(
    Error,
    field("code", STRING, required=True, nullable=True),
    field("message", STRING, required=True),
    field("param", STRING, required=True, nullable=True),
    field("type", STRING, required=True),
    extra=ANY,
)
